import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { InvitationsService } from '../../identity/invitations/invitations.service';
import { PlanSeats, PlanSeatState } from '../../identity/invitations/plan-seats';
import { PlanMember } from './plan-member.entity';

/**
 * The places on plans that family invitations lead to, registered with identity's invitations
 * at start-up (identity never imports planning). Planning owns the plan_member rows it reads and
 * writes here.
 */
@Injectable()
export class InvitedPlanSeats extends PlanSeats implements OnModuleInit {
  constructor(private readonly invitations: InvitationsService) {
    super();
  }

  onModuleInit(): void {
    this.invitations.seatPlansWith(this);
  }

  async stateOf(manager: EntityManager, planMemberId: string): Promise<PlanSeatState> {
    const member = await manager.findOneBy(PlanMember, { id: planMemberId });
    if (!member || member.status === 'DECLINED' || member.status === 'REMOVED') return 'GONE';
    return member.status === 'AWAITING_PATIENT' ? 'AWAITING_PATIENT' : 'OPEN';
  }

  async take(
    manager: EntityManager,
    planMemberId: string,
    membershipId: string,
    displayName: string,
  ): Promise<void> {
    await manager.update(
      PlanMember,
      { id: planMemberId },
      { membershipId, status: 'ACTIVE', displayName },
    );
  }
}
