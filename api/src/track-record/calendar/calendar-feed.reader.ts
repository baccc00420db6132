import { Injectable } from '@nestjs/common';
import { ContactType, Language } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** Whose a calendar link is, and the language on their account. */
export interface FeedOwnerRow {
  memberId: string;
  language: Language;
}

export interface FeedVisitRow {
  id: string;
  contactType: ContactType;
  startsAt: Date;
  endsAt: Date;
  status: string;
}

/**
 * What a calendar link shows (a read model): read without a session, so it checks everything the
 * link depends on — not revoked, its member still on the plan, the plan still open.
 */
@Injectable()
export class CalendarFeedReader {
  async owner(manager: EntityManager, tokenHash: string): Promise<FeedOwnerRow | null> {
    const rows: FeedOwnerRow[] = await manager.query(
      `SELECT f.member_id AS "memberId", u.language
         FROM calendar_feed f JOIN plan_member m ON m.id = f.member_id
         JOIN membership s ON s.id = m.membership_id JOIN app_user u ON u.id = s.user_id JOIN plan p ON p.id = m.plan_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND m.status = 'ACTIVE' AND s.status = 'ACTIVE' AND p.status IN ('ACTIVE', 'PAUSED')`,
      [tokenHash],
    );
    return rows[0] ?? null;
  }

  /** The member's visits between two moments that they have not opted out of (at most 500). */
  visits(manager: EntityManager, memberId: string, from: Date, to: Date): Promise<FeedVisitRow[]> {
    return manager.query(
      `SELECT v.id, v.contact_type AS "contactType", v.starts_at AS "startsAt", v.ends_at AS "endsAt", v.status
         FROM visit v JOIN visit_participant vp ON vp.visit_id = v.id
        WHERE vp.member_id = $1 AND vp.willingness <> 'OPTED_OUT' AND v.status IN ('REQUESTED', 'APPROVED', 'COMPLETED')
          AND v.starts_at BETWEEN $2 AND $3
        ORDER BY v.starts_at LIMIT 500`,
      [memberId, from, to],
    );
  }
}
