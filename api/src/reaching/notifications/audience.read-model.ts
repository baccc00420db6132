import { Injectable } from '@nestjs/common';
import { ConsentCategory, Language, Role } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** A person who may be told about a plan, with what decides what and how they are told. */
export interface Listener {
  userId: string;
  role: Role;
  /** Their place on the plan as patient or family member; null for staff. */
  memberId: string | null;
  kind: 'PATIENT' | 'FAMILY' | 'STAFF';
  email: string;
  language: Language;
  timeZone: string;
  /** For a family member: what the patient's live consent shares with them right now. */
  categories: ConsentCategory[];
  preferences: ListenerPreferences | null;
}

export interface ListenerPreferences {
  emailGroups: string[];
  digest: boolean;
  digestTime: string;
  quietFrom: string | null;
  quietUntil: string | null;
  allPaused: boolean;
}

/**
 * Who is on a plan right now (a read model across identity, planning and consent): the patient
 * and the active family members with the categories their consent shares, and the plan's
 * counselors. Removed, declined and disabled people are not listeners. One statement.
 */
@Injectable()
export class AudienceReadModel {
  async ofPlan(manager: EntityManager, planId: string, now: Date): Promise<Listener[]> {
    return manager.query(
      `WITH people AS (
         SELECT pm.id AS member_id, pm.kind::text AS kind, pm.membership_id
           FROM plan_member pm
          WHERE pm.plan_id = $1 AND pm.status = 'ACTIVE' AND pm.membership_id IS NOT NULL
         UNION
         SELECT NULL, 'STAFF', p.primary_counselor_id FROM plan p WHERE p.id = $1)
       SELECT DISTINCT ON (u.id)
              u.id AS "userId", m.role, CASE WHEN people.kind = 'STAFF' THEN NULL ELSE people.member_id END AS "memberId",
              people.kind, u.email, u.language, COALESCE(u.time_zone, o.time_zone) AS "timeZone",
              COALESCE((SELECT c.categories::text[] FROM consent c
                         WHERE c.recipient_member_id = people.member_id AND c.revoked_at IS NULL AND c.expires_at > $2
                         ORDER BY c.signed_at DESC LIMIT 1), '{}') AS categories,
              CASE WHEN np.user_id IS NULL THEN NULL ELSE json_build_object(
                'emailGroups', np.email_groups, 'digest', np.digest, 'digestTime', np.digest_time,
                'quietFrom', np.quiet_from, 'quietUntil', np.quiet_until, 'allPaused', np.all_paused) END AS preferences
         FROM people
         JOIN membership m ON m.id = people.membership_id AND m.status = 'ACTIVE'
         JOIN app_user u ON u.id = m.user_id AND u.disabled_at IS NULL
         JOIN organization o ON o.id = m.organization_id
         LEFT JOIN notification_preference np ON np.user_id = u.id
        ORDER BY u.id, people.kind DESC`,
      [planId, now],
    );
  }

  /**
   * Whether someone told about a plan may still be, as a mail goes out: their account and their
   * place in the plan's organization are active and, for a patient or family member, they are
   * still on the plan.
   */
  async stillListening(
    manager: EntityManager,
    planId: string,
    userId: string,
    memberId: string | null,
  ): Promise<boolean> {
    const [row]: { listening: boolean }[] = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM app_user u
           JOIN membership m ON m.user_id = u.id AND m.status = 'ACTIVE'
           JOIN plan p ON p.id = $1 AND p.organization_id = m.organization_id
          WHERE u.id = $2 AND u.disabled_at IS NULL
            AND ($3::uuid IS NULL OR EXISTS (
                  SELECT 1 FROM plan_member pm
                   WHERE pm.id = $3 AND pm.plan_id = $1 AND pm.membership_id = m.id AND pm.status = 'ACTIVE'))
       ) AS listening`,
      [planId, userId, memberId],
    );
    return row.listening;
  }
}
