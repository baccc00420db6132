import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface FirstWeeksMember {
  memberId: string;
  name: string;
  kind: 'PATIENT' | 'FAMILY';
  active: boolean;
  /** A family member under a contact restriction toward the patient. */
  restricted: boolean;
}

/**
 * A contact restriction names the patient: the restricted family member and the patient neither
 * write hopes to nor read hopes from each other (as with messages, DESIGN §4 rule 3).
 */
export function keptApart(a: FirstWeeksMember, b: FirstWeeksMember): boolean {
  return (
    (a.kind === 'PATIENT' && b.kind === 'FAMILY' && b.restricted) ||
    (b.kind === 'PATIENT' && a.kind === 'FAMILY' && a.restricted)
  );
}

/** Names the first weeks' view shows (a read model across planning's and identity's tables). */
@Injectable()
export class FirstWeeksReader {
  /** Everyone who has had a place on the plan as patient or family, and whether they still do. */
  members(manager: EntityManager, planId: string): Promise<FirstWeeksMember[]> {
    return manager.query(
      `SELECT m.id AS "memberId", m.display_name AS name, m.kind::text AS kind,
              (m.status = 'ACTIVE') AS active, m.contact_restricted AS restricted
         FROM plan_member m
        WHERE m.plan_id = $1 AND m.kind IN ('PATIENT', 'FAMILY')
        ORDER BY (m.kind = 'PATIENT') DESC, m.display_name`,
      [planId],
    );
  }

  /** The names of the people who wrote suggestions. */
  async writers(manager: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(
      'SELECT id, display_name AS name FROM app_user WHERE id = ANY($1)',
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
