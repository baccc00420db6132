import { Injectable } from '@nestjs/common';
import { QUIET_DAYS } from '@homeward/domain';
import { EntityManager } from 'typeorm';

export interface ReminderCandidate {
  userId: string;
  memberId: string;
  planId: string;
  organizationId: string;
  /** HH:MM in their own time zone. */
  remindAt: string;
  timeZone: string;
  /** Their latest check-in's day (YYYY-MM-DD), if any. */
  lastDay: string | null;
}

export interface DueVisit {
  id: string;
  planId: string;
  organizationId: string;
}

export interface QuietMember {
  memberId: string;
  planId: string;
  organizationId: string;
  /** Their latest check-in, or when they joined: the start of the quiet stretch. */
  quietSince: Date;
  /** The day of their latest check-in, or the day before they joined, in the program's time zone. */
  lastDay: string;
}

export interface DueSafetyPlanReview {
  versionId: string;
  planId: string;
  organizationId: string;
}

export interface CaseloadDigestCandidate {
  userId: string;
  email: string;
  language: string;
  timeZone: string;
  digestTime: string;
}

/** What the schedules look for (read-only, across people, plans, check-ins and visits). */
@Injectable()
export class RemindersReadModel {
  checkInReminders(manager: EntityManager): Promise<ReminderCandidate[]> {
    return manager.query(
      `SELECT u.id AS "userId", pm.id AS "memberId", pm.plan_id AS "planId", p.organization_id AS "organizationId",
              np.check_in_reminder_at AS "remindAt", COALESCE(u.time_zone, o.time_zone) AS "timeZone",
              (SELECT to_char(max(c.day), 'YYYY-MM-DD') FROM check_in c WHERE c.member_id = pm.id) AS "lastDay"
         FROM notification_preference np
         JOIN app_user u ON u.id = np.user_id AND u.disabled_at IS NULL
         JOIN membership m ON m.user_id = u.id AND m.status = 'ACTIVE'
         JOIN plan_member pm ON pm.membership_id = m.id AND pm.status = 'ACTIVE' AND pm.kind IN ('PATIENT', 'FAMILY')
         JOIN plan p ON p.id = pm.plan_id AND p.status = 'ACTIVE'
         JOIN organization o ON o.id = p.organization_id
        WHERE np.check_in_reminder_at IS NOT NULL AND NOT np.all_paused`,
    );
  }

  /** Confirmed visits that start within the next day. */
  visitsWithin(manager: EntityManager, now: Date, until: Date): Promise<DueVisit[]> {
    return manager.query(
      `SELECT v.id, v.plan_id AS "planId", p.organization_id AS "organizationId"
         FROM visit v JOIN plan p ON p.id = v.plan_id AND p.status = 'ACTIVE'
        WHERE v.status = 'APPROVED' AND v.starts_at > $1 AND v.starts_at <= $2`,
      [now, until],
    );
  }

  /**
   * Members of a plan under way with no check-in for at least QUIET_DAYS: the ones who may have
   * missed that many due check-ins (the schedule decides, see RemindersService.quietMembers).
   */
  quietMembers(manager: EntityManager, now: Date): Promise<QuietMember[]> {
    return manager.query(
      `SELECT pm.id AS "memberId", pm.plan_id AS "planId", p.organization_id AS "organizationId",
              COALESCE(max(c.created_at), pm.added_at) AS "quietSince",
              to_char(COALESCE(max(c.day), (pm.added_at AT TIME ZONE o.time_zone)::date - 1), 'YYYY-MM-DD') AS "lastDay"
         FROM plan_member pm JOIN plan p ON p.id = pm.plan_id AND p.status = 'ACTIVE'
         JOIN organization o ON o.id = p.organization_id
         LEFT JOIN check_in c ON c.member_id = pm.id
        WHERE pm.status = 'ACTIVE' AND pm.kind IN ('PATIENT', 'FAMILY')
        GROUP BY pm.id, p.organization_id, o.time_zone
       HAVING COALESCE(max(c.created_at), pm.added_at) < $1::timestamptz - make_interval(days => $2)`,
      [now, QUIET_DAYS],
    );
  }

  /**
   * Safety plans whose current version's review day has come in the program's time zone, on
   * plans not closed (the reminder is made once per version: see its dedupe key).
   */
  safetyPlanReviews(manager: EntityManager, now: Date): Promise<DueSafetyPlanReview[]> {
    return manager
      .query(
        `SELECT DISTINCT ON (v.plan_id) v.id AS "versionId", v.plan_id AS "planId", p.organization_id AS "organizationId",
              v.review_on <= ($1::timestamptz AT TIME ZONE o.time_zone)::date AS due
         FROM safety_plan_version v
         JOIN plan p ON p.id = v.plan_id AND p.status NOT IN ('CLOSED', 'COMPLETED')
         JOIN organization o ON o.id = p.organization_id
        ORDER BY v.plan_id, v.version DESC`,
        [now],
      )
      .then((rows: (DueSafetyPlanReview & { due: boolean | null })[]) =>
        rows
          .filter((r) => r.due === true)
          .map(({ versionId, planId, organizationId }) => ({ versionId, planId, organizationId })),
      );
  }

  caseloadDigests(manager: EntityManager): Promise<CaseloadDigestCandidate[]> {
    return manager.query(
      `SELECT DISTINCT ON (u.id) u.id AS "userId", u.email, u.language, COALESCE(u.time_zone, o.time_zone) AS "timeZone",
              np.digest_time AS "digestTime"
         FROM notification_preference np
         JOIN app_user u ON u.id = np.user_id AND u.disabled_at IS NULL
         JOIN membership m ON m.user_id = u.id AND m.status = 'ACTIVE' AND m.role IN ('ADMIN', 'COUNSELOR')
         JOIN organization o ON o.id = m.organization_id
        WHERE np.caseload_digest AND NOT np.all_paused
        ORDER BY u.id`,
    );
  }

  /** How many of each staff notification reached this person since then. */
  caseloadSince(
    manager: EntityManager,
    userId: string,
    since: Date,
  ): Promise<{ kind: string; count: number }[]> {
    return manager.query(
      `SELECT kind, count(*)::int AS count FROM notification
        WHERE user_id = $1 AND created_at >= $2 AND kind LIKE 'STAFF\\_%' GROUP BY kind ORDER BY kind`,
      [userId, since],
    );
  }
}
