import { Injectable } from '@nestjs/common';
import { Permission, roleMay } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { Actor } from '../platform/actor';
import { DomainError } from '../platform/domain-error';
import { forbidden, notFound } from '../platform/errors';
import { Invitation } from '../identity/invitations/invitation.entity';
import { Membership } from '../identity/people/membership.entity';

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
  | 'plan.askPause';

/**
 * "May this person do this to that record?" — the one place that decides (STYLE 6).
 * One case per permission, default deny. A record of another organization, or a plan the
 * person is not on, answers NOT_FOUND, exactly as a record that does not exist.
 */
@Injectable()
export class AccessService {
  async require(
    manager: EntityManager,
    actor: Actor,
    permission: Permission,
    recordId: string,
  ): Promise<void> {
    if (!roleMay(actor.role, permission)) throw forbidden();
    switch (permission) {
      case 'invitation.revoke': {
        const found = await manager.existsBy(Invitation, {
          id: recordId,
          organizationId: actor.organizationId,
        });
        if (!found) throw notFound('invitation');
        return;
      }
      case 'person.disable': {
        const member = await manager.findOneBy(Membership, {
          id: recordId,
          organizationId: actor.organizationId,
        });
        if (!member) throw notFound('person');
        if (member.id === actor.membershipId) throw forbidden();
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
    }
  }

  /** The plan a plan member belongs to, when the actor may act on it with this permission. */
  async requireMember(
    manager: EntityManager,
    actor: Actor,
    permission: PlanPermission,
    memberId: string,
  ): Promise<PlanRelation> {
    const [row] = (await manager.query(
      `SELECT m.plan_id FROM plan_member m JOIN plan p ON p.id = m.plan_id WHERE m.id = $1 AND p.organization_id = $2`,
      [memberId, actor.organizationId],
    )) as { plan_id: string }[];
    if (!row) throw notFound('person on this plan');
    return this.requirePlan(manager, actor, permission, row.plan_id).catch(
      (error: { extensions?: { code?: string } }) => {
        throw error instanceof DomainError && error.reason === 'NOT_FOUND'
          ? notFound('person on this plan')
          : error;
      },
    );
  }

  async planRelation(
    manager: EntityManager,
    actor: Actor,
    planId: string,
  ): Promise<PlanRelation | null> {
    const [row] = (await manager.query(
      `SELECT p.id, p.status,
              p.primary_counselor_id = $3 OR EXISTS (
                SELECT 1 FROM plan_member s WHERE s.plan_id = p.id AND s.membership_id = $3 AND s.kind = 'STAFF' AND s.status = 'ACTIVE'
              ) AS counselor,
              p.patient_membership_id = $3 AS patient,
              (SELECT f.id FROM plan_member f
                WHERE f.plan_id = p.id AND f.membership_id = $3 AND f.kind IN ('PATIENT', 'FAMILY') AND f.status = 'ACTIVE') AS member_id
         FROM plan p WHERE p.id = $1 AND p.organization_id = $2`,
      [planId, actor.organizationId, actor.membershipId],
    )) as {
      id: string;
      status: string;
      counselor: boolean;
      patient: boolean;
      member_id: string | null;
    }[];
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
