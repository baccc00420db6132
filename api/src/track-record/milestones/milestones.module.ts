import { MilestoneProgress, milestoneProgressOver } from '../../planning/plans/milestone-progress';
import { Module } from '@nestjs/common';
import { CheckInScheduleModule } from '../check-in-schedule/check-in-schedule.module';
import { MilestonesReader } from './milestones.reader';
import { MilestonesRepository } from './milestones.repository';
import { MilestonesService } from './milestones.service';

/**
 * Milestones measured from the record. Plans read their progress through MilestoneProgress,
 * which planning declares and this module provides, so planning never imports the track record.
 */
@Module({
  imports: [CheckInScheduleModule],
  providers: [
    MilestonesService,
    MilestonesReader,
    MilestonesRepository,
    { provide: MilestoneProgress, useFactory: milestoneProgressOver, inject: [MilestonesService] },
  ],
  exports: [MilestonesService, MilestoneProgress],
})
export class MilestonesModule {}
