import { Injectable } from '@nestjs/common';
import { ConsentCategory } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** One person who can see a plan, and how. */
export interface LiveAudienceRow {
  userId: string;
  seat: 'PATIENT' | 'FAMILY' | 'STAFF';
  /** A family member's place on the plan. */
  memberId: string | null;
  /** A family member's newest unrevoked consent (it may have expired). */
  categories: ConsentCategory[] | null;
  expiresAt: Date | null;
}

/**
 * Who can see a plan right now, in one statement (a read model across identity's and planning's
 * tables: it never writes): the patient, its active family members with their consent, the
 * plan's counselors and the organization's admins. Disabled people and people removed from the
 * plan are not in it.
 */
@Injectable()
export class LiveAudienceReader {
  ofPlan(manager: EntityManager, planId: string): Promise<LiveAudienceRow[]> {
    return manager.query(
      `WITH p AS (SELECT id, organization_id, patient_membership_id, primary_counselor_id FROM plan WHERE id = $1),
            seat AS (
              SELECT p.patient_membership_id AS membership_id, 'PATIENT' AS seat, NULL::uuid AS member_id FROM p
              UNION ALL SELECT p.primary_counselor_id, 'STAFF', NULL FROM p
              UNION ALL SELECT s.membership_id, 'STAFF', NULL FROM p
                JOIN plan_member s ON s.plan_id = p.id AND s.kind = 'STAFF' AND s.status = 'ACTIVE'
              UNION ALL SELECT a.id, 'STAFF', NULL FROM p
                JOIN membership a ON a.organization_id = p.organization_id AND a.role = 'ADMIN'
              UNION ALL SELECT f.membership_id, 'FAMILY', f.id FROM p
                JOIN plan_member f ON f.plan_id = p.id AND f.kind = 'FAMILY' AND f.status = 'ACTIVE'
            )
       SELECT DISTINCT ON (m.user_id, seat.seat) m.user_id AS "userId", seat.seat, seat.member_id AS "memberId",
              c.categories, c.expires_at AS "expiresAt"
         FROM seat
         JOIN membership m ON m.id = seat.membership_id AND m.status = 'ACTIVE'
         JOIN app_user u ON u.id = m.user_id AND u.disabled_at IS NULL
         LEFT JOIN LATERAL (
           SELECT categories, expires_at FROM consent
            WHERE recipient_member_id = seat.member_id AND revoked_at IS NULL
            ORDER BY signed_at DESC LIMIT 1
         ) c ON true
        ORDER BY m.user_id, seat.seat`,
      [planId],
    );
  }
}
