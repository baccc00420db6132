import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface LapsePlanPerson {
  memberId: string;
  userId: string | null;
  displayName: string;
  kind: 'PATIENT' | 'FAMILY';
  active: boolean;
}

/** What the lapse plan reads of other features' records (read-only): the plan's people and names. */
@Injectable()
export class LapseReadModel {
  people(manager: EntityManager, planId: string): Promise<LapsePlanPerson[]> {
    return manager.query(
      `SELECT pm.id AS "memberId", s.user_id AS "userId", pm.display_name AS "displayName", pm.kind::text AS kind,
              pm.status = 'ACTIVE' AS active
         FROM plan_member pm LEFT JOIN membership s ON s.id = pm.membership_id
        WHERE pm.plan_id = $1 AND pm.kind IN ('PATIENT', 'FAMILY') ORDER BY pm.added_at, pm.id`,
      [planId],
    );
  }

  async names(manager: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(
      'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1)',
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
