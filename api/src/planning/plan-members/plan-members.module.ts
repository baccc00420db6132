import { Module } from '@nestjs/common';
import { InvitationsModule } from '../../identity/invitations/invitations.module';
import { InvitedPlanSeats } from './invited-plan-seats';
import { FamilyAccountsReader } from './family-accounts.reader';
import { PlanMembersRepository } from './plan-members.repository';
import { PlanMembersResolver } from './plan-members.resolver';
import { PlanMembersService } from './plan-members.service';

/** Who is on a plan: the patient, family (proposed, invited, on it) and staff. */
@Module({
  imports: [InvitationsModule],
  providers: [
    PlanMembersService,
    PlanMembersRepository,
    FamilyAccountsReader,
    PlanMembersResolver,
    InvitedPlanSeats,
  ],
  exports: [PlanMembersService],
})
export class PlanMembersModule {}
