import { Module } from '@nestjs/common';
import { ConsentsModule } from '../../planning/consents/consents.module';
import { PlansModule } from '../../planning/plans/plans.module';
import { SupportNetworkRepository } from './support-network.repository';
import { SupportNetworkResolver } from './support-network.resolver';
import { SupportNetworkService } from './support-network.service';

/** The people around the patient beyond the plan (issue 13). */
@Module({
  imports: [PlansModule, ConsentsModule],
  providers: [SupportNetworkService, SupportNetworkRepository, SupportNetworkResolver],
})
export class SupportNetworkModule {}
