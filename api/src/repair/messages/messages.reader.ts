import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PlanPerson } from './message-rules';

interface PersonRow {
  membership_id: string;
  user_id: string;
  member_id: string | null;
  kind: PlanPerson['kind'];
  name: string;
  restricted: boolean;
}

/**
 * Who is on a plan now, with their account names: the active patient and family members, the
 * primary counselor and active staff (a read model across planning's and identity's tables).
 */
@Injectable()
export class MessagesReader {
  async people(manager: EntityManager, planId: string): Promise<PlanPerson[]> {
    const rows: PersonRow[] = await manager.query(
      `SELECT m.membership_id, s.user_id, m.id AS member_id, m.kind::text AS kind, u.display_name AS name, m.contact_restricted AS restricted
         FROM plan_member m JOIN membership s ON s.id = m.membership_id JOIN app_user u ON u.id = s.user_id
        WHERE m.plan_id = $1 AND m.status = 'ACTIVE' AND m.kind IN ('PATIENT', 'FAMILY')
       UNION
       SELECT s.id, s.user_id, NULL, 'STAFF', u.display_name, false
         FROM membership s JOIN app_user u ON u.id = s.user_id
        WHERE s.id IN (SELECT primary_counselor_id FROM plan WHERE id = $1
                       UNION SELECT membership_id FROM plan_member WHERE plan_id = $1 AND kind = 'STAFF' AND status = 'ACTIVE' AND membership_id IS NOT NULL)
          AND u.disabled_at IS NULL`,
      [planId],
    );
    return rows.map((r) => ({
      membershipId: r.membership_id,
      userId: r.user_id,
      memberId: r.member_id,
      kind: r.kind,
      name: r.name,
      restricted: r.restricted,
    }));
  }

  /** Account names of memberships (people who have left the plan keep theirs in a thread). */
  async names(manager: EntityManager, membershipIds: string[]): Promise<Map<string, string>> {
    if (membershipIds.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(
      'SELECT s.id, u.display_name AS name FROM membership s JOIN app_user u ON u.id = s.user_id WHERE s.id = ANY($1)',
      [membershipIds],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
