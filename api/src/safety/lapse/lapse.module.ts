import { Module } from '@nestjs/common';
import { ConsentsModule } from '../../planning/consents/consents.module';
import { PlansModule } from '../../planning/plans/plans.module';
import { MilestonesModule } from '../../track-record/milestones/milestones.module';
import { TrackRecordModule } from '../../track-record/track-record.module';
import { LapseReadModel } from './lapse.read-model';
import { LapseRepository } from './lapse.repository';
import { LapseResolver } from './lapse.resolver';
import { LapseService } from './lapse.service';

/** The lapse-response plan, agreed in advance, and "something happened" (issue 13, item 2). */
@Module({
  imports: [PlansModule, ConsentsModule, MilestonesModule, TrackRecordModule],
  providers: [LapseService, LapseRepository, LapseReadModel, LapseResolver],
  exports: [LapseService],
})
export class LapseModule {}
