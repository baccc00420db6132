import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface TrialPerson {
  memberId: string;
  displayName: string;
  kind: 'PATIENT' | 'FAMILY';
  active: boolean;
}

export interface DueTrialReview {
  trialId: string;
  planId: string;
  organizationId: string;
  /** The review days not reviewed yet that have come, in the program's time zone. */
  day: string;
}

/** What the trial homecoming shows and the reminders look for (read-only, across people and plans). */
@Injectable()
export class TrialReadModel {
  /** The patient and family members of a plan, the patient first. */
  people(manager: EntityManager, planId: string): Promise<TrialPerson[]> {
    return manager.query(
      `SELECT id AS "memberId", display_name AS "displayName", kind, status = 'ACTIVE' AS active
         FROM plan_member WHERE plan_id = $1 AND kind IN ('PATIENT', 'FAMILY')
        ORDER BY kind = 'PATIENT' DESC, added_at, id`,
      [planId],
    );
  }

  /** Display names of people by user id (who published, who reviewed). */
  async userNames(manager: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; displayName: string }[] = await manager.query(
      'SELECT id, display_name AS "displayName" FROM app_user WHERE id = ANY($1)',
      [userIds],
    );
    return new Map(rows.map((r) => [r.id, r.displayName]));
  }

  /** Open trials of active plans whose earliest unreviewed review day has come in the program's time zone. */
  reviewsDue(manager: EntityManager, now: Date): Promise<DueTrialReview[]> {
    return manager.query(
      `SELECT t.id AS "trialId", t.plan_id AS "planId", p.organization_id AS "organizationId", to_char(d.day, 'YYYY-MM-DD') AS day
         FROM homecoming_trial t
         JOIN plan p ON p.id = t.plan_id AND p.status = 'ACTIVE'
         JOIN organization o ON o.id = p.organization_id
         CROSS JOIN LATERAL (
           SELECT min(rd::date) AS day FROM jsonb_array_elements_text(t.review_days) rd
            WHERE NOT EXISTS (SELECT 1 FROM trial_review r WHERE r.trial_id = t.id AND r.review_day = rd::date)
         ) d
        WHERE t.status = 'OPEN' AND d.day IS NOT NULL AND d.day <= ($1::timestamptz AT TIME ZONE o.time_zone)::date`,
      [now],
    );
  }
}
