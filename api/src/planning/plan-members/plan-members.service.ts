import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { Actor, RequestOrigin } from '../../platform/actor';
import { normalizeEmail } from '../../identity/auth/auth.service';
import { CLOCK, Clock } from '../../platform/clock';
import { badInput, conflict } from '../../platform/errors';
import { Invitation } from '../../identity/invitations/invitation.entity';
import { InvitationsService } from '../../identity/invitations/invitations.service';
import { PlanMemberModel, StaffPlanMemberModel } from '../plans/dto/plan.model';
import { PlansService } from '../plans/plans.service';
import {
  AddedFamilyMember,
  AddFamilyMemberInput,
  RemovePlanMemberInput,
  RespondToFamilyInvitationInput,
  SetContactRestrictionInput,
} from './dto/plan-member.inputs';
import { toMemberModel, toStaffMemberModel } from './member-model';
import { PlanMember } from './plan-member.entity';
import { lockPlan, settleAfterPlanChange } from '../plans/plan-state';

@Injectable()
export class PlanMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly plans: PlansService,
    private readonly invitations: InvitationsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The counselor proposes a family member; nothing reaches them until the patient approves.
   * Someone already in the organization is linked to their account; anyone else gets a link.
   */
  addFamily(
    actor: Actor,
    input: AddFamilyMemberInput,
    origin: RequestOrigin,
  ): Promise<AddedFamilyMember> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requirePlan(manager, actor, 'plan.manage', input.planId);
      if (relation.status === 'CLOSED' || relation.status === 'COMPLETED')
        throw conflict('This plan is closed.');
      const email = normalizeEmail(input.email);
      const [account] = (await manager.query(
        `SELECT m.id, m.role FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.organization_id = $1 AND u.email = $2`,
        [actor.organizationId, email],
      )) as { id: string; role: string }[];
      if (account && account.role !== 'FAMILY') {
        throw badInput(
          'That email belongs to someone with another role in this program. Use the email they use as family.',
          'email',
        );
      }
      const onPlan = await manager
        .createQueryBuilder(PlanMember, 'm')
        .where('m.plan_id = :planId AND m.status IN (:...open)', {
          planId: input.planId,
          open: ['AWAITING_PATIENT', 'INVITED', 'ACTIVE'],
        })
        .andWhere('(m.email = :email OR m.membership_id = :membershipId)', {
          email,
          membershipId: account?.id ?? null,
        })
        .getExists();
      if (onPlan)
        throw conflict(
          `${input.displayName.trim()} is already on this plan or waiting to join it.`,
        );

      const member = await manager.save(
        manager.create(PlanMember, {
          planId: input.planId,
          membershipId: account?.id ?? null,
          kind: 'FAMILY',
          relationship: input.relationship,
          displayName: input.displayName.trim(),
          email,
          status: 'AWAITING_PATIENT',
          addedAt: this.clock.now(),
        }),
      );
      let acceptUrl: string | null = null;
      if (!account) {
        const issued = await this.invitations.issue(
          manager,
          actor,
          { email, role: 'FAMILY', displayName: member.displayName, planMemberId: member.id },
          origin,
        );
        await manager.update(PlanMember, { id: member.id }, { invitationId: issued.invitation.id });
        acceptUrl = issued.acceptUrl;
      }
      await this.plans.recordChange(
        manager,
        actor,
        input.planId,
        'MEMBER_PROPOSED',
        { memberId: member.id, relationship: input.relationship },
        origin,
      );
      return { member: toStaffMemberModel(member), acceptUrl };
    });
  }

  /** The patient welcomes or declines a proposed family member; declining asks for no reason. */
  respond(
    actor: Actor,
    input: RespondToFamilyInvitationInput,
    origin: RequestOrigin,
  ): Promise<PlanMemberModel> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requireMember(
        manager,
        actor,
        'member.approve',
        input.memberId,
      );
      const member = await manager.findOneByOrFail(PlanMember, { id: input.memberId });
      const status = !input.approve ? 'DECLINED' : member.membershipId ? 'ACTIVE' : 'INVITED';
      // Only the first answer counts, even when two arrive at once.
      const answered = await manager.update(
        PlanMember,
        { id: member.id, status: 'AWAITING_PATIENT' },
        { status },
      );
      if (answered.affected !== 1) throw conflict('You have already answered this invitation.');
      if (!input.approve && member.invitationId) {
        await manager.update(
          Invitation,
          { id: member.invitationId, acceptedAt: IsNull() },
          { revokedAt: this.clock.now() },
        );
      }
      await this.plans.recordChange(
        manager,
        actor,
        relation.planId,
        input.approve ? 'MEMBER_APPROVED' : 'MEMBER_DECLINED',
        { memberId: member.id },
        origin,
      );
      return toMemberModel({ ...member, status });
    });
  }

  setRestriction(
    actor: Actor,
    input: SetContactRestrictionInput,
    origin: RequestOrigin,
  ): Promise<StaffPlanMemberModel> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requireMember(
        manager,
        actor,
        'plan.manage',
        input.memberId,
      );
      const member = await manager.findOneByOrFail(PlanMember, { id: input.memberId });
      if (member.kind === 'STAFF')
        throw badInput('Contact restrictions apply to the patient and family.', 'memberId');
      const note = input.restricted ? (input.note ?? '').trim() : null;
      await lockPlan(manager, relation.planId);
      await manager.update(
        PlanMember,
        { id: member.id },
        { contactRestricted: input.restricted, restrictionNote: note },
      );
      // Upcoming visits with someone now restricted do not go ahead.
      const settled = await settleAfterPlanChange(manager, relation.planId, this.clock.now());
      await this.plans.recordChange(
        manager,
        actor,
        relation.planId,
        input.restricted ? 'MEMBER_RESTRICTED' : 'MEMBER_UNRESTRICTED',
        { memberId: member.id, reason: note, ...settled },
        origin,
      );
      return toStaffMemberModel({
        ...member,
        contactRestricted: input.restricted,
        restrictionNote: note,
      });
    });
  }

  /** Off the plan at once; their history and what they wrote stay. */
  remove(
    actor: Actor,
    input: RemovePlanMemberInput,
    origin: RequestOrigin,
  ): Promise<StaffPlanMemberModel> {
    return this.dataSource.transaction(async (manager) => {
      const relation = await this.access.requireMember(
        manager,
        actor,
        'plan.manage',
        input.memberId,
      );
      const member = await manager.findOneByOrFail(PlanMember, { id: input.memberId });
      if (member.kind === 'PATIENT')
        throw badInput('The patient stays on their plan; close the plan instead.', 'memberId');
      if (member.status === 'REMOVED') throw conflict('This person is already off the plan.');
      const now = this.clock.now();
      await manager.update(PlanMember, { id: member.id }, { status: 'REMOVED', removedAt: now });
      if (member.invitationId) await this.revokePending(manager, member.invitationId, now);
      // The home contract follows the runner's `plan.member_removed` event (agreement's follower).
      await lockPlan(manager, relation.planId);
      const settled = await settleAfterPlanChange(manager, relation.planId, now);
      await this.plans.recordChange(
        manager,
        actor,
        relation.planId,
        'MEMBER_REMOVED',
        { memberId: member.id, reason: input.reason.trim(), ...settled },
        origin,
      );
      return toStaffMemberModel({ ...member, status: 'REMOVED', removedAt: now });
    });
  }

  private async revokePending(
    manager: EntityManager,
    invitationId: string,
    now: Date,
  ): Promise<void> {
    await manager.update(
      Invitation,
      { id: invitationId, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: now },
    );
  }
}
