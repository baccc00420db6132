import { Module } from '@nestjs/common';
import { ConsentsModule } from './consents/consents.module';
import { PlanMembersModule } from './plan-members/plan-members.module';
import { PlansModule } from './plans/plans.module';
import { TemplatesModule } from './templates/templates.module';

/**
 * The planning domain: templates, plans (with the caseload), who is on them, and consents.
 * Exports what the domains above it use: plans (their state, phases), consents (what is shared
 * with family, disclosures), templates (an organization's first ladder).
 */
@Module({
  imports: [TemplatesModule, PlansModule, PlanMembersModule, ConsentsModule],
  exports: [TemplatesModule, PlansModule, PlanMembersModule, ConsentsModule],
})
export class PlanningModule {}
