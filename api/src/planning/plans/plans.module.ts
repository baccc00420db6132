import { Module } from '@nestjs/common';
import { PlanMembersModule } from '../plan-members/plan-members.module';
import { TemplatesModule } from '../templates/templates.module';
import { CaseloadReadModel } from './caseload.read-model';
import { LadderRepository } from './ladder.repository';
import { PlanReader } from './plan.reader';
import { PlanSummaries } from './plan-summaries.service';
import { PlanSummaryRepository } from './plan-summary.repository';
import { PlansRepository } from './plans.repository';
import { PlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';

/**
 * Plans, their ladder of phases and milestones, their history, and the caseload. Milestone
 * progress comes from the track record, which provides MilestoneProgress (see milestone-progress.ts).
 */
@Module({
  imports: [TemplatesModule, PlanMembersModule],
  providers: [
    PlansService,
    PlansRepository,
    LadderRepository,
    PlanReader,
    CaseloadReadModel,
    PlanSummaryRepository,
    PlanSummaries,
    PlansResolver,
  ],
  exports: [PlansService, PlanSummaries],
})
export class PlansModule {}
