import { Global, Module } from '@nestjs/common';
import { CaseloadService } from './caseload.service';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';
import { MilestonesModule } from '../../track-record/milestones/milestones.module';

@Global()
@Module({
  // Milestones are track-record's: provided by its module, re-exported here for consents until planning declares MilestoneProgress.
  imports: [MilestonesModule],
  providers: [PlansService, CaseloadService, PlansResolver],
  exports: [PlansService, MilestonesModule],
})
export class PlansModule {}
