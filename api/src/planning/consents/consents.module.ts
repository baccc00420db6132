import { Global, Module } from '@nestjs/common';
import { ConsentsResolver, PatientPlanConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';

@Global()
@Module({
  providers: [ConsentsService, ConsentsResolver, PatientPlanConsentsResolver],
  exports: [ConsentsService],
})
export class ConsentsModule {}
