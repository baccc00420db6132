import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface FamilyOnPlan {
  memberId: string;
  name: string;
}

/** Names the safety plan shows (a read model across planning's and identity's tables). */
@Injectable()
export class SafetyPlansReader {
  /** The patient's name and their primary counselor's, as people read them. */
  async names(
    manager: EntityManager,
    planId: string,
  ): Promise<{ patientName: string; counselorName: string | null }> {
    const [row]: { patient: string; counselor: string | null }[] = await manager.query(
      `SELECT pu.display_name AS patient, cu.display_name AS counselor
         FROM plan p
         JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user pu ON pu.id = pm.user_id
         LEFT JOIN membership cm ON cm.id = p.primary_counselor_id
         LEFT JOIN app_user cu ON cu.id = cm.user_id AND cu.disabled_at IS NULL
        WHERE p.id = $1`,
      [planId],
    );
    return { patientName: row?.patient ?? '', counselorName: row?.counselor ?? null };
  }

  /** The plan's active family members, for "who can read it". */
  family(manager: EntityManager, planId: string): Promise<FamilyOnPlan[]> {
    return manager.query(
      `SELECT m.id AS "memberId", m.display_name AS name FROM plan_member m
        WHERE m.plan_id = $1 AND m.kind = 'FAMILY' AND m.status = 'ACTIVE' ORDER BY m.display_name`,
      [planId],
    );
  }

  /** The written versions' authors' names. */
  async authors(manager: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(
      'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1)',
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
