import { Injectable } from '@nestjs/common';
import { Role } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { PlanStatus } from './plan.entity';

/** A person in the organization, as a plan names them. */
export interface PersonRow {
  id: string;
  role: Role;
  status: string;
  displayName: string;
}

/** A plan's own fields with the names of its people and its template's version. */
export interface PlanHeaderRow {
  id: string;
  status: PlanStatus;
  statusReason: string | null;
  /** A day, not a moment: read as text, never through a time zone. */
  targetDay: string | null;
  templateVersion: number;
  patientId: string;
  patientName: string;
  counselorId: string;
  counselorName: string;
  createdAt: Date;
  lastActivityAt: Date;
}

export interface HistoryRow {
  id: string;
  kind: string;
  reason: string | null;
  occurredAt: Date;
  actorName: string | null;
}

/**
 * A read model (read-only, across tables): a plan as its views show it, with the names of the
 * people on it, and the people of the organization a plan is made for and led by.
 */
@Injectable()
export class PlanReader {
  async person(
    manager: EntityManager,
    organizationId: string,
    membershipId: string,
  ): Promise<PersonRow | null> {
    const rows: PersonRow[] = await manager.query(
      `SELECT m.id, m.role, m.status, u.display_name AS "displayName"
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.id = $1 AND m.organization_id = $2`,
      [membershipId, organizationId],
    );
    return rows[0] ?? null;
  }

  async header(manager: EntityManager, planId: string): Promise<PlanHeaderRow> {
    const rows: PlanHeaderRow[] = await manager.query(
      `SELECT p.id, p.status, p.status_reason AS "statusReason", to_char(p.target_date, 'YYYY-MM-DD') AS "targetDay",
              t.version AS "templateVersion", p.created_at AS "createdAt", p.last_activity_at AS "lastActivityAt",
              pm.id AS "patientId", pu.display_name AS "patientName", cm.id AS "counselorId", cu.display_name AS "counselorName"
         FROM plan p
         JOIN plan_template t ON t.id = p.template_id
         JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user pu ON pu.id = pm.user_id
         JOIN membership cm ON cm.id = p.primary_counselor_id JOIN app_user cu ON cu.id = cm.user_id
        WHERE p.id = $1`,
      [planId],
    );
    if (!rows[0]) throw new Error(`No plan ${planId}`);
    return rows[0];
  }

  /** The plan's history, newest first, with who made each change. */
  history(manager: EntityManager, planId: string): Promise<HistoryRow[]> {
    return manager.query(
      `SELECT e.id, e.kind, e.details->>'reason' AS reason, e.occurred_at AS "occurredAt", u.display_name AS "actorName"
         FROM plan_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.plan_id = $1 ORDER BY e.id DESC LIMIT 200`,
      [planId],
    );
  }
}
