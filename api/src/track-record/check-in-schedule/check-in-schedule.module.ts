import { Module } from '@nestjs/common';
import { ConsentsModule } from '../../planning/consents/consents.module';
import { CheckInScheduleReader } from './check-in-schedule.reader';
import { CheckInScheduleRepository } from './check-in-schedule.repository';
import { CheckInScheduleResolver } from './check-in-schedule.resolver';
import { CheckInScheduleService } from './check-in-schedule.service';

/** A plan's check-in schedule from Homecoming on (issue 15): reminders and milestones follow it. */
@Module({
  imports: [ConsentsModule],
  providers: [
    CheckInScheduleService,
    CheckInScheduleReader,
    CheckInScheduleRepository,
    CheckInScheduleResolver,
  ],
  exports: [CheckInScheduleService],
})
export class CheckInScheduleModule {}
