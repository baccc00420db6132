import { ConsentsModule } from '../planning/consents/consents.module';
import { Module } from '@nestjs/common';
import { CalendarModule } from './calendar/calendar.module';
import { CheckInsModule } from './check-ins/check-ins.module';
import { MilestonesModule } from './milestones/milestones.module';
import { PhaseMovesModule } from './phase-moves/phase-moves.module';
import { VisitsModule } from './visits/visits.module';
import { CommitmentSources } from './commitment-sources';
import { HardDaySources } from './hard-day-sources';
import { TrackRecordReader } from './track-record.reader';
import { TrackRecordResolver } from './track-record.resolver';
import { TrackRecordService } from './track-record.service';

/**
 * The track record domain: check-ins, visits, the calendar feed, milestones and phase moves, and
 * the record they make together (read for charts, within consent).
 */
@Module({
  imports: [
    CheckInsModule,
    VisitsModule,
    CalendarModule,
    MilestonesModule,
    PhaseMovesModule,
    ConsentsModule,
  ],
  providers: [
    TrackRecordService,
    TrackRecordReader,
    TrackRecordResolver,
    CommitmentSources,
    HardDaySources,
  ],
  exports: [CommitmentSources, HardDaySources],
})
export class TrackRecordModule {}
