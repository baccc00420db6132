import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessService, PlanPermission } from '../../access/access.service';
import { normalizeEmail } from '../../identity/auth/auth.service';
import { InvitationsService } from '../../identity/invitations/invitations.service';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { planHistoryEvent } from '../plan-history-event';
import { PlanMemberModel, StaffPlanMemberModel } from './dto/plan-member.model';
import {
  AddedFamilyMember,
  AddFamilyMemberInput,
  RemovePlanMemberInput,
  RespondToFamilyInvitationInput,
  SetContactRestrictionInput,
} from './dto/plan-member.inputs';
import { FamilyAccountsReader } from './family-accounts.reader';
import { toMemberModel, toStaffMemberModel } from './member-model';
import { PlanMember } from './plan-member.entity';
import { PlanMembersRepository } from './plan-members.repository';

/**
 * Who is on a plan. Every change takes the plan-change road; the home contract follows member
 * changes through the agreement's own follower (`plan.member_*`), never called from here.
 */
@Injectable()
export class PlanMembersService {
  constructor(
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly members: PlanMembersRepository,
    private readonly accounts: FamilyAccountsReader,
    private readonly invitations: InvitationsService,
  ) {}

  /**
   * The counselor proposes a family member; nothing reaches them until the patient approves.
   * Someone already in the organization is linked to their account; anyone else gets a link.
   */
  addFamily(ctx: RequestContext, input: AddFamilyMemberInput): Promise<AddedFamilyMember> {
    return this.planChanges.run(
      ctx,
      input.planId,
      async ({ ctx: tx, manager, actor, now }) => {
        const email = normalizeEmail(input.email);
        const displayName = input.displayName.trim();
        const account = await this.accounts.byEmail(manager, actor.organizationId, email);
        if (account && account.role !== 'FAMILY') {
          throw new DomainError('PLAN_MEMBER_EMAIL_HAS_OTHER_ROLE', {}, { field: 'email' });
        }
        const membershipId = account?.membershipId ?? null;
        if (await this.members.hasOpenPlace(manager, input.planId, email, membershipId)) {
          throw new DomainError('PLAN_MEMBER_ALREADY_ON_PLAN', { name: displayName });
        }
        const member = await this.members.proposeFamily(manager, {
          planId: input.planId,
          membershipId,
          relationship: input.relationship,
          displayName,
          email,
          addedAt: now,
        });
        let acceptUrl: string | null = null;
        if (!account) {
          const issued = await this.invitations.issue(
            manager,
            actor,
            { email, role: 'FAMILY', displayName, planMemberId: member.id },
            tx.origin,
          );
          await this.members.linkInvitation(manager, member.id, issued.invitation.id);
          acceptUrl = issued.acceptUrl;
        }
        return {
          event: planHistoryEvent('MEMBER_PROPOSED', input.planId, {
            memberId: member.id,
            relationship: input.relationship,
          }),
          answer: async () => ({ member: toStaffMemberModel(member), acceptUrl }),
        };
      },
      { whenClosed: 'PLAN_MEMBER_PLAN_CLOSED' },
    );
  }

  /** The patient welcomes or declines a proposed family member; declining asks for no reason. */
  async respond(
    ctx: RequestContext,
    input: RespondToFamilyInvitationInput,
  ): Promise<PlanMemberModel> {
    const planId = await this.planOfMember(ctx, input.memberId);
    return this.planChanges.run(
      ctx,
      planId,
      async ({ manager, now }) => {
        const member = await this.members.byId(manager, input.memberId);
        const status = !input.approve ? 'DECLINED' : member.membershipId ? 'ACTIVE' : 'INVITED';
        if (!(await this.members.answer(manager, member.id, status))) {
          throw new DomainError('PLAN_MEMBER_ALREADY_ANSWERED');
        }
        if (!input.approve && member.invitationId) {
          await this.invitations.revokePending(manager, member.invitationId, now);
        }
        return {
          event: planHistoryEvent(input.approve ? 'MEMBER_APPROVED' : 'MEMBER_DECLINED', planId, {
            memberId: member.id,
          }),
          answer: async () => toMemberModel({ ...member, status }),
        };
      },
      // As always, the patient's answer is theirs to give whatever the plan's state.
      { whenClosed: null },
    );
  }

  async setRestriction(
    ctx: RequestContext,
    input: SetContactRestrictionInput,
  ): Promise<StaffPlanMemberModel> {
    const planId = await this.planOfMember(ctx, input.memberId);
    return this.planChanges.run(
      ctx,
      planId,
      async ({ manager }) => {
        const member = await this.members.byId(manager, input.memberId);
        if (member.kind === 'STAFF') {
          throw new DomainError('PLAN_MEMBER_RESTRICTION_NOT_STAFF', {}, { field: 'memberId' });
        }
        const note = input.restricted ? (input.note ?? '').trim() : null;
        await this.members.setRestriction(manager, member.id, input.restricted, note);
        return {
          event: planHistoryEvent(
            input.restricted ? 'MEMBER_RESTRICTED' : 'MEMBER_UNRESTRICTED',
            planId,
            { memberId: member.id, reason: note },
          ),
          answer: async () =>
            toStaffMemberModel({
              ...member,
              contactRestricted: input.restricted,
              restrictionNote: note,
            }),
        };
      },
      // A restriction keeps someone safe: it can be set on any plan, closed ones too.
      { whenClosed: null },
    );
  }

  /** Off the plan at once; their history and what they wrote stay. */
  async remove(ctx: RequestContext, input: RemovePlanMemberInput): Promise<StaffPlanMemberModel> {
    const planId = await this.planOfMember(ctx, input.memberId);
    return this.planChanges.run(
      ctx,
      planId,
      async ({ manager, now }) => {
        // Read under the plan's lock: of removals racing for one person, only the first finds them on it.
        const member = await this.members.byId(manager, input.memberId);
        if (member.kind === 'PATIENT') {
          throw new DomainError('PLAN_MEMBER_PATIENT_STAYS', {}, { field: 'memberId' });
        }
        if (member.status === 'REMOVED') throw new DomainError('PLAN_MEMBER_ALREADY_REMOVED');
        await this.members.remove(manager, member.id, now);
        if (member.invitationId) {
          await this.invitations.revokePending(manager, member.invitationId, now);
        }
        return {
          event: planHistoryEvent('MEMBER_REMOVED', planId, {
            memberId: member.id,
            reason: input.reason.trim(),
          }),
          answer: async () => toStaffMemberModel({ ...member, status: 'REMOVED', removedAt: now }),
        };
      },
      // Taking someone off a plan must always be possible, closed plans included.
      { whenClosed: null },
    );
  }

  /** Everyone on the plan, in the plan's order of people (for the plan's own views). */
  ofPlan(manager: EntityManager, planId: string): Promise<PlanMember[]> {
    return this.members.ofPlan(manager, planId);
  }

  /** One place on a plan; the caller has checked access to its plan. */
  member(manager: EntityManager, memberId: string): Promise<PlanMember> {
    return this.members.byId(manager, memberId);
  }

  /** A new plan's patient, on it from the start. */
  addPatient(
    manager: EntityManager,
    planId: string,
    membershipId: string,
    displayName: string,
    now: Date,
  ): Promise<void> {
    return this.members.addPatient(manager, planId, membershipId, displayName, now);
  }

  /**
   * The plan a member is on, decided with the operation's permission before the change starts,
   * so a refusal names the person (as it always has) rather than their plan.
   */
  private async planOfMember(ctx: RequestContext, memberId: string): Promise<string> {
    const permission = ctx.permission as PlanPermission | null;
    if (!permission) throw new Error('A change to a plan member needs its declared permission');
    const relation = await this.access.requireMember(
      ctx.manager,
      ctx.signedIn,
      permission,
      memberId,
    );
    return relation.planId;
  }
}
