import { Injectable } from '@nestjs/common';
import { Permission, roleMay } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { Actor } from '../platform/actor';
import { DomainError } from '../platform/domain-error';
import { forbidden, notFound } from '../platform/domain-error';
import { AccessRepository } from './access.repository';

/** How the actor stands to a plan, read in one query. */
export interface PlanRelation {
  planId: string;
  status: string;
  isAdmin: boolean;
  /** The primary counselor, or staff added to the plan. */
  isCounselorOfPlan: boolean;
  isPatient: boolean;
  /** The actor's own ACTIVE family membership on the plan, if any. */
  familyMemberId: string | null;
  /** The actor's own ACTIVE place on the plan as its patient or a family member, if any. */
  memberId: string | null;
}

/** The actor's own place on the plan; every member-only permission has made sure there is one. */
export function ownPlace(relation: PlanRelation): string {
  if (!relation.memberId)
    throw new Error('A member-only permission passed without a place on the plan');
  return relation.memberId;
}

/** Permissions checked against a plan; the record id given is the plan's. */
export type PlanPermission =
  | 'plan.manage'
  | 'plan.patientView'
  | 'plan.familyView'
  | 'member.approve'
  | 'consent.manage'
  | 'agreement.read'
  | 'agreement.takePart'
  | 'agreement.coach'
  | 'checkIn.patient'
  | 'checkIn.family'
  | 'checkIn.own'
  | 'trackRecord.read'
  | 'visit.request'
  | 'visit.manage'
  | 'visit.respond'
  | 'visit.debrief'
  | 'calendar.manage'
  | 'milestone.decide'
  | 'phase.move'
  | 'phase.answer'
  | 'plan.askPause'
  | 'message.read'
  | 'message.write'
  | 'message.join'
  | 'amends.read'
  | 'amends.prepare'
  | 'amends.review'
  | 'amends.answer'
  | 'concern.raise'
  | 'concern.read'
  | 'concern.takePart'
  | 'concern.manage'
  | 'repair.takePart'
  | 'safetyPlan.read'
  | 'safetyPlan.write'
  | 'lapse.read'
  | 'lapse.manage'
  | 'lapse.takePart'
  | 'lapse.record'
  | 'supportNetwork.read'
  | 'supportNetwork.keep'
  | 'familyTrack.read'
  | 'familyTrack.mark'
  | 'trial.read'
  | 'trial.manage'
  | 'trial.takePart';

/**
 * "May this person do this to that record?" — the one place that decides (STYLE 6).
 * One case per permission, default deny. A record of another organization, or a plan the
 * person is not on, answers NOT_FOUND, exactly as a record that does not exist.
 */
@Injectable()
export class AccessService {
  constructor(private readonly records: AccessRepository) {}

  async require(
    manager: EntityManager,
    actor: Actor,
    permission: Permission,
    recordId: string,
  ): Promise<void> {
    if (!roleMay(actor.role, permission)) throw forbidden();
    switch (permission) {
      case 'invitation.revoke': {
        if (!(await this.records.invitationInOrganization(manager, recordId, actor.organizationId)))
          throw notFound('invitation');
        return;
      }
      case 'person.disable': {
        const id = await this.records.membershipInOrganization(
          manager,
          recordId,
          actor.organizationId,
        );
        if (!id) throw notFound('person');
        if (id === actor.membershipId) throw new DomainError('PERSON_OWN_ACCESS');
        return;
      }
      case 'plan.manage':
      case 'plan.patientView':
      case 'plan.familyView':
      case 'member.approve':
      case 'consent.manage':
      case 'agreement.read':
      case 'agreement.takePart':
      case 'agreement.coach':
      case 'checkIn.patient':
      case 'checkIn.family':
      case 'checkIn.own':
      case 'trackRecord.read':
      case 'visit.request':
      case 'visit.manage':
      case 'visit.respond':
      case 'visit.debrief':
      case 'calendar.manage':
      case 'milestone.decide':
      case 'phase.move':
      case 'phase.answer':
      case 'plan.askPause':
      case 'message.read':
      case 'message.write':
      case 'message.join':
      case 'amends.read':
      case 'amends.prepare':
      case 'amends.review':
      case 'amends.answer':
      case 'concern.raise':
      case 'concern.read':
      case 'concern.takePart':
      case 'concern.manage':
      case 'repair.takePart':
      case 'safetyPlan.read':
      case 'safetyPlan.write':
      case 'lapse.read':
      case 'lapse.manage':
      case 'lapse.takePart':
      case 'lapse.record':
      case 'supportNetwork.read':
      case 'supportNetwork.keep':
      case 'familyTrack.read':
      case 'familyTrack.mark':
      case 'trial.read':
      case 'trial.manage':
      case 'trial.takePart':
        await this.requirePlan(manager, actor, permission, recordId);
        return;
      default:
        throw forbidden();
    }
  }

  /** Checks a plan permission and returns how the actor stands to the plan. */
  async requirePlan(
    manager: EntityManager,
    actor: Actor,
    permission: PlanPermission,
    planId: string,
  ): Promise<PlanRelation> {
    if (!roleMay(actor.role, permission)) throw forbidden();
    const relation = await this.planRelation(manager, actor, planId);
    if (!relation || !this.planAllows(relation, permission)) throw notFound('plan');
    return relation;
  }

  private planAllows(relation: PlanRelation, permission: PlanPermission): boolean {
    const staff = relation.isAdmin || relation.isCounselorOfPlan;
    switch (permission) {
      case 'plan.manage':
      case 'agreement.coach':
      case 'visit.manage':
      case 'milestone.decide':
      case 'phase.move':
        return staff;
      case 'plan.familyView':
      case 'checkIn.family':
        return relation.familyMemberId !== null;
      case 'plan.patientView':
      case 'member.approve':
      case 'consent.manage':
      case 'checkIn.patient':
        return relation.isPatient;
      case 'agreement.takePart':
      case 'checkIn.own':
      case 'visit.respond':
      case 'calendar.manage':
      case 'phase.answer':
      case 'plan.askPause':
        return relation.memberId !== null;
      case 'agreement.read':
      case 'trackRecord.read':
      case 'visit.request':
      case 'visit.debrief':
        return staff || relation.memberId !== null;
      case 'message.read':
      case 'message.write':
      case 'amends.read':
        return staff || relation.memberId !== null;
      case 'message.join':
      case 'amends.review':
        return staff;
      case 'amends.prepare':
        return relation.isPatient && relation.memberId !== null;
      case 'amends.answer':
        return relation.familyMemberId !== null;
      case 'concern.manage':
        return staff;
      case 'repair.takePart':
        return relation.memberId !== null;
      case 'concern.raise':
      case 'concern.read':
      case 'concern.takePart':
        return staff || relation.memberId !== null;
      // A family member passes here; the safety plan's service then asks for their consent.
      case 'safetyPlan.read':
        return staff || relation.memberId !== null;
      case 'safetyPlan.write':
        return relation.isPatient && relation.memberId !== null;
      // The lapse plan: every member reads it as a party to it; staff draft it, members accept it.
      case 'lapse.read':
        return staff || relation.memberId !== null;
      case 'lapse.manage':
        return staff;
      case 'lapse.takePart':
        return relation.memberId !== null;
      case 'lapse.record':
        return staff || relation.isPatient;
      // A family member reads it only under consent: the support network's service checks that.
      case 'supportNetwork.read':
        return staff || relation.memberId !== null;
      case 'supportNetwork.keep':
        return staff || relation.isPatient;
      case 'familyTrack.read':
        return staff || relation.familyMemberId !== null;
      case 'familyTrack.mark':
        return relation.familyMemberId !== null;
      case 'trial.read':
        return staff || relation.memberId !== null;
      case 'trial.manage':
        return staff;
      case 'trial.takePart':
        return relation.memberId !== null;
    }
  }

  /** The plan a plan member belongs to, when the actor may act on it with this permission. */
  async requireMember(
    manager: EntityManager,
    actor: Actor,
    permission: PlanPermission,
    memberId: string,
  ): Promise<PlanRelation> {
    const planId = await this.records.planOfMember(manager, memberId, actor.organizationId);
    if (!planId) throw notFound('person on this plan');
    return this.requirePlan(manager, actor, permission, planId).catch((error: unknown) => {
      // The member's plan is not theirs to see: the member is what they asked for, so name it.
      throw error instanceof DomainError && error.reason === 'NOT_FOUND'
        ? notFound('person on this plan')
        : error;
    });
  }

  async planRelation(
    manager: EntityManager,
    actor: Actor,
    planId: string,
  ): Promise<PlanRelation | null> {
    const row = await this.records.planRelation(
      manager,
      planId,
      actor.organizationId,
      actor.membershipId,
    );
    if (!row) return null;
    return {
      planId: row.id,
      status: row.status,
      isAdmin: actor.role === 'ADMIN',
      isCounselorOfPlan: actor.role === 'COUNSELOR' && row.counselor,
      isPatient: actor.role === 'PATIENT' && row.patient,
      familyMemberId: actor.role === 'FAMILY' ? row.member_id : null,
      memberId:
        actor.role === 'FAMILY' || (actor.role === 'PATIENT' && row.patient) ? row.member_id : null,
    };
  }
}
