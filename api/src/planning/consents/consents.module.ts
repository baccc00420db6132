import { Module } from '@nestjs/common';
import { PlanMembersModule } from '../plan-members/plan-members.module';
import { PlansModule } from '../plans/plans.module';
import { ConsentsReader } from './consents.reader';
import { ConsentsRepository } from './consents.repository';
import { ConsentsResolver, PatientPlanConsentsResolver } from './consents.resolver';
import { ConsentsService } from './consents.service';
import { FamilySights } from './family-sights';

/** What a patient shares with each family member (42 CFR part 2), and every showing of it. */
@Module({
  imports: [PlansModule, PlanMembersModule],
  providers: [
    ConsentsService,
    ConsentsRepository,
    ConsentsReader,
    ConsentsResolver,
    PatientPlanConsentsResolver,
    FamilySights,
  ],
  exports: [ConsentsService, FamilySights],
})
export class ConsentsModule {}
