import { Module } from '@nestjs/common';
import { AgreementReaderModule } from '../../agreement/reader/agreement-reader.module';
import { ConsentsModule } from '../../planning/consents/consents.module';
import { PlansModule } from '../../planning/plans/plans.module';
import { ClosingSummaryReadModel } from './closing-summary.read-model';
import { ClosingSummaryRepository } from './closing-summary.repository';
import { ClosingSummaryResolver } from './closing-summary.resolver';
import { ClosingSummaryService } from './closing-summary.service';

/** Completing a plan and its closing summary (issue 15). */
@Module({
  imports: [AgreementReaderModule, ConsentsModule, PlansModule],
  providers: [
    ClosingSummaryService,
    ClosingSummaryRepository,
    ClosingSummaryReadModel,
    ClosingSummaryResolver,
  ],
})
export class ClosingSummaryModule {}
