import { AgreementReaderModule } from '../../agreement/reader/agreement-reader.module';
import { PlansModule } from '../../planning/plans/plans.module';
import { Module } from '@nestjs/common';
import { MilestonesModule } from '../milestones/milestones.module';
import { PhaseMovesReader } from './phase-moves.reader';
import { PhaseProposalsRepository } from './phase-moves.repository';
import { PhaseMovesResolver } from './phase-moves.resolver';
import { PhaseMovesService } from './phase-moves.service';

/** Moving between phases: proposals and answers, stepping back, a pause asked for, milestones decided. */
@Module({
  imports: [MilestonesModule, PlansModule, AgreementReaderModule],
  providers: [PhaseMovesService, PhaseProposalsRepository, PhaseMovesReader, PhaseMovesResolver],
  // The trial homecoming steps a plan back inside its own review, and asks which stage it is on.
  exports: [PhaseMovesService],
})
export class PhaseMovesModule {}
