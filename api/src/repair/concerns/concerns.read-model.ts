import { Injectable } from '@nestjs/common';
import { ConcernSubject } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { Actor } from '../../platform/actor';
import { ConcernQueueItemModel } from './dto/concern.model';

export interface PlanPerson {
  memberId: string;
  userId: string | null;
  displayName: string;
  kind: 'PATIENT' | 'FAMILY';
  active: boolean;
}

/**
 * What concerns read of other features' records (read-only, across tables): the plan's people,
 * whether a boundary, expectation or visit named by a concern belongs to the plan and involves
 * its raiser, and the staff's queue across their caseload.
 */
@Injectable()
export class ConcernsReadModel {
  people(manager: EntityManager, planId: string): Promise<PlanPerson[]> {
    return manager.query(
      `SELECT pm.id AS "memberId", s.user_id AS "userId", pm.display_name AS "displayName", pm.kind::text AS kind,
              pm.status = 'ACTIVE' AS active
         FROM plan_member pm LEFT JOIN membership s ON s.id = pm.membership_id
        WHERE pm.plan_id = $1 AND pm.kind IN ('PATIENT', 'FAMILY') ORDER BY pm.added_at, pm.id`,
      [planId],
    );
  }

  async displayName(manager: EntityManager, userId: string): Promise<string> {
    const [row] = await manager.query('SELECT display_name FROM app_user WHERE id = $1', [userId]);
    return (row?.display_name as string | undefined) ?? '';
  }

  /**
   * The record belongs to the plan and, for a member (not staff), involves them: a boundary they
   * own or that applies to them now, an expectation from or to them, a visit they take part in.
   */
  async subjectInvolves(
    manager: EntityManager,
    planId: string,
    subject: Exclude<ConcernSubject, 'SAFETY'>,
    recordId: string,
    memberId: string | null,
  ): Promise<boolean> {
    const sql = {
      BOUNDARY: `SELECT 1 FROM boundary b JOIN boundary_version v ON v.boundary_id = b.id AND v.version = b.current_version
                  WHERE b.id = $1 AND b.plan_id = $2 AND ($3::uuid IS NULL OR b.owner_member_id = $3 OR $3 = ANY(v.applies_to_member_ids))`,
      EXPECTATION: `SELECT 1 FROM expectation e
                  WHERE e.id = $1 AND e.plan_id = $2 AND ($3::uuid IS NULL OR e.from_member_id = $3 OR e.to_member_id = $3)`,
      VISIT: `SELECT 1 FROM visit v
                  WHERE v.id = $1 AND v.plan_id = $2 AND ($3::uuid IS NULL OR EXISTS
                        (SELECT 1 FROM visit_participant p WHERE p.visit_id = v.id AND p.member_id = $3))`,
    }[subject];
    const rows: unknown[] = await manager.query(sql, [recordId, planId, memberId]);
    return rows.length > 0;
  }

  /** Open concerns on the plans the staff member looks after (an admin: the organization's), SAFETY first, then oldest. */
  queue(manager: EntityManager, actor: Actor, first: number): Promise<ConcernQueueItemModel[]> {
    return manager.query(
      `SELECT c.id AS "concernId", c.plan_id AS "planId", u.display_name AS "patientName", c.severity, c.status,
              c.subject, c.reviewed_at IS NOT NULL AS reviewed, c.created_at AS "createdAt"
         FROM concern c
         JOIN plan p ON p.id = c.plan_id AND p.organization_id = $1
         JOIN membership pm ON pm.id = p.patient_membership_id
         JOIN app_user u ON u.id = pm.user_id
        WHERE c.status IN ('OPEN', 'IN_DISCUSSION')
          AND ($2 OR p.primary_counselor_id = $3 OR EXISTS (
                SELECT 1 FROM plan_member s WHERE s.plan_id = p.id AND s.kind = 'STAFF' AND s.status = 'ACTIVE' AND s.membership_id = $3))
        ORDER BY (c.severity = 'SAFETY') DESC, c.created_at, c.id
        LIMIT $4`,
      [actor.organizationId, actor.role === 'ADMIN', actor.membershipId, first],
    );
  }
}
