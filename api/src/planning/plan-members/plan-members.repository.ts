import { Injectable } from '@nestjs/common';
import { Relationship } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { MemberStatus, PlanMember } from './plan-member.entity';

/** Where a member's place is still open: proposed, invited, or on the plan. */
const OPEN: MemberStatus[] = ['AWAITING_PATIENT', 'INVITED', 'ACTIVE'];

export interface NewFamilyMember {
  planId: string;
  membershipId: string | null;
  relationship: Relationship;
  displayName: string;
  email: string;
  addedAt: Date;
}

/** The plan_member table: the only place its SQL is written (STYLE 31). */
@Injectable()
export class PlanMembersRepository {
  byId(manager: EntityManager, id: string): Promise<PlanMember> {
    return manager.findOneByOrFail(PlanMember, { id });
  }

  /** Everyone on the plan, in the plan's order of people. */
  ofPlan(manager: EntityManager, planId: string): Promise<PlanMember[]> {
    return manager.find(PlanMember, { where: { planId }, order: { addedAt: 'ASC', id: 'ASC' } });
  }

  /** Whether this email or account already has an open place on the plan. */
  hasOpenPlace(
    manager: EntityManager,
    planId: string,
    email: string,
    membershipId: string | null,
  ): Promise<boolean> {
    return manager
      .createQueryBuilder(PlanMember, 'm')
      .where('m.plan_id = :planId AND m.status IN (:...open)', { planId, open: OPEN })
      .andWhere('(m.email = :email OR m.membership_id = :membershipId)', { email, membershipId })
      .getExists();
  }

  addPatient(
    manager: EntityManager,
    planId: string,
    membershipId: string,
    displayName: string,
    addedAt: Date,
  ): Promise<void> {
    return manager
      .insert(PlanMember, {
        planId,
        membershipId,
        kind: 'PATIENT',
        displayName,
        status: 'ACTIVE',
        addedAt,
      })
      .then(() => undefined);
  }

  /** A family member the counselor proposed: waiting for the patient's yes. */
  proposeFamily(manager: EntityManager, member: NewFamilyMember): Promise<PlanMember> {
    return manager.save(
      manager.create(PlanMember, { ...member, kind: 'FAMILY', status: 'AWAITING_PATIENT' }),
    );
  }

  linkInvitation(manager: EntityManager, id: string, invitationId: string): Promise<void> {
    return manager.update(PlanMember, { id }, { invitationId }).then(() => undefined);
  }

  /** The patient's answer; true only for the first answer, even when two arrive at once. */
  async answer(manager: EntityManager, id: string, status: MemberStatus): Promise<boolean> {
    const answered = await manager.update(
      PlanMember,
      { id, status: 'AWAITING_PATIENT' },
      { status },
    );
    return answered.affected === 1;
  }

  setRestriction(
    manager: EntityManager,
    id: string,
    contactRestricted: boolean,
    restrictionNote: string | null,
  ): Promise<void> {
    return manager
      .update(PlanMember, { id }, { contactRestricted, restrictionNote })
      .then(() => undefined);
  }

  remove(manager: EntityManager, id: string, removedAt: Date): Promise<void> {
    return manager
      .update(PlanMember, { id }, { status: 'REMOVED', removedAt })
      .then(() => undefined);
  }
}
