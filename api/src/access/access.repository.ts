import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** How a membership stands to a plan of its organization, as one row. */
export interface PlanRelationRow {
  id: string;
  status: string;
  /** The primary counselor, or active staff on the plan. */
  counselor: boolean;
  patient: boolean;
  /** The membership's own active place on the plan as patient or family, if any. */
  member_id: string | null;
}

/**
 * What access reads to decide (a read model across identity's and planning's tables: it never
 * writes). Every lookup is filtered by the actor's organization, so other programs' records
 * read as missing.
 */
@Injectable()
export class AccessRepository {
  async invitationInOrganization(
    manager: EntityManager,
    invitationId: string,
    organizationId: string,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM invitation WHERE id = $1 AND organization_id = $2',
      [invitationId, organizationId],
    );
    return rows.length > 0;
  }

  /** The membership's id as stored, when it is the organization's. */
  async membershipInOrganization(
    manager: EntityManager,
    membershipId: string,
    organizationId: string,
  ): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      'SELECT id FROM membership WHERE id = $1 AND organization_id = $2',
      [membershipId, organizationId],
    );
    return row?.id ?? null;
  }

  /** The plan a plan member belongs to, when the plan is the organization's. */
  async planOfMember(
    manager: EntityManager,
    memberId: string,
    organizationId: string,
  ): Promise<string | null> {
    const [row]: { plan_id: string }[] = await manager.query(
      'SELECT m.plan_id FROM plan_member m JOIN plan p ON p.id = m.plan_id WHERE m.id = $1 AND p.organization_id = $2',
      [memberId, organizationId],
    );
    return row?.plan_id ?? null;
  }

  async planRelation(
    manager: EntityManager,
    planId: string,
    organizationId: string,
    membershipId: string,
  ): Promise<PlanRelationRow | null> {
    const [row]: PlanRelationRow[] = await manager.query(
      `SELECT p.id, p.status,
              p.primary_counselor_id = $3 OR EXISTS (
                SELECT 1 FROM plan_member s WHERE s.plan_id = p.id AND s.membership_id = $3 AND s.kind = 'STAFF' AND s.status = 'ACTIVE'
              ) AS counselor,
              p.patient_membership_id = $3 AS patient,
              (SELECT f.id FROM plan_member f
                WHERE f.plan_id = p.id AND f.membership_id = $3 AND f.kind IN ('PATIENT', 'FAMILY') AND f.status = 'ACTIVE') AS member_id
         FROM plan p WHERE p.id = $1 AND p.organization_id = $2`,
      [planId, organizationId, membershipId],
    );
    return row ?? null;
  }
}
