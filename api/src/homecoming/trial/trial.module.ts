import { Module } from '@nestjs/common';
import { HomeContractModule } from '../../agreement/home-contract/home-contract.module';
import { AgreementReaderModule } from '../../agreement/reader/agreement-reader.module';
import { MilestonesModule } from '../../track-record/milestones/milestones.module';
import { PhaseMovesModule } from '../../track-record/phase-moves/phase-moves.module';
import { TrialReadModel } from './trial.read-model';
import { TrialRepository } from './trial.repository';
import { TrialResolver } from './trial.resolver';
import { TrialService } from './trial.service';

/** The trial homecoming (issue 15, item 1); the reminders ask it which reviews are due. */
@Module({
  imports: [AgreementReaderModule, HomeContractModule, MilestonesModule, PhaseMovesModule],
  providers: [TrialService, TrialRepository, TrialReadModel, TrialResolver],
  exports: [TrialService],
})
export class TrialModule {}
