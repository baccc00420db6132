import { Global, Module } from '@nestjs/common';
import { CaseloadService } from './caseload.service';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';
import { MilestonesService } from '../../track-record/milestones/milestones.service';

@Global()
@Module({
  providers: [PlansService, CaseloadService, PlansResolver, MilestonesService],
  exports: [PlansService, MilestonesService],
})
export class PlansModule {}
