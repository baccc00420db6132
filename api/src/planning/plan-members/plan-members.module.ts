import { Module } from '@nestjs/common';
import { InvitationsModule } from '../../identity/invitations/invitations.module';
import { InvitedPlanSeats } from './invited-plan-seats';
import { PlanMembersResolver } from './plan-members.resolver';
import { PlanMembersService } from './plan-members.service';

@Module({
  imports: [InvitationsModule],
  providers: [PlanMembersService, PlanMembersResolver, InvitedPlanSeats],
})
export class PlanMembersModule {}
