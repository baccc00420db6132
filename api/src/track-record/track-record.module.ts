import { Module } from '@nestjs/common';
import { AgreementModule } from '../agreement/agreement.module';
import { AuthModule } from '../identity/auth/auth.module';
import { milestoneProgressOver, MilestoneProgress } from '../planning/plans/milestone-progress';
import { PlanningModule } from '../planning/planning.module';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarService } from './calendar/calendar.service';
import { CheckInsResolver } from './check-ins/check-ins.resolver';
import { CheckInsRepository } from './check-ins/check-ins.repository';
import { CheckInsService } from './check-ins/check-ins.service';
import { MilestonesService } from './milestones/milestones.service';
import { PhaseMovesResolver } from './phase-moves/phase-moves.resolver';
import { PhaseMovesService } from './phase-moves/phase-moves.service';
import { VisitsResolver } from './visits/visits.resolver';
import { VisitsService } from './visits/visits.service';
import { TrackRecordResolver } from './track-record.resolver';
import { TrackRecordService } from './track-record.service';

/** Check-ins, visits, the calendar feed, phase moves and the record they make (milestones live with plans). */
@Module({
  imports: [AuthModule, PlanningModule, AgreementModule],
  controllers: [CalendarController],
  providers: [
    MilestonesService,
    // Until merge; then `useExisting: MilestonesService` once it implements MilestoneProgress itself.
    { provide: MilestoneProgress, useFactory: milestoneProgressOver, inject: [MilestonesService] },
    CheckInsService,
    CheckInsRepository,
    CheckInsResolver,
    VisitsService,
    VisitsResolver,
    CalendarService,
    CalendarResolver,
    PhaseMovesService,
    PhaseMovesResolver,
    TrackRecordService,
    TrackRecordResolver,
  ],
})
export class TrackRecordModule {}
