import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

const TIMELINE_KINDS = [
  'PLAN_CREATED',
  'PHASE_ADVANCED',
  'PHASE_STEPPED_BACK',
  'PLAN_PAUSED',
  'PLAN_RESUMED',
];

/** The patient's check-in that counts for a day (the latest that day). */
export interface PatientDayRow {
  id: string;
  day: string;
  mood: number;
  craving: number;
  attendedMeeting: boolean;
  note: string | null;
  noteVisibility: string | null;
}

export interface TimelineRow {
  id: string;
  kind: string;
  occurredAt: Date;
  actorName: string | null;
  details: Record<string, unknown>;
}

export interface FamilyDayRow {
  displayName: string;
  day: string;
  stress: number;
  wantsSupport: boolean;
  attendedMeeting: boolean;
}

/**
 * The track record of a plan (a read model): check-ins, visits kept and the phase timeline, read
 * across the tables that keep them. Who may read which part is decided before it is read
 * (access/visibility/track-record.ts).
 */
@Injectable()
export class TrackRecordReader {
  /** The patient's days from `since` (YYYY-MM-DD) on: the latest check-in of each day. */
  patientDays(manager: EntityManager, planId: string, since: string): Promise<PatientDayRow[]> {
    return manager.query(
      `SELECT DISTINCT ON (c.day) c.id, to_char(c.day, 'YYYY-MM-DD') AS day, c.mood, c.craving, c.attended_meeting AS "attendedMeeting",
              c.note, c.note_visibility AS "noteVisibility"
         FROM check_in c JOIN plan_member m ON m.id = c.member_id
        WHERE c.plan_id = $1 AND m.kind = 'PATIENT' AND c.day >= $2
        ORDER BY c.day, c.created_at DESC`,
      [planId, since],
    );
  }

  /** Days of the visits the patient took part in, from `since` on, in the plan's time zone. */
  async patientVisitDays(
    manager: EntityManager,
    planId: string,
    since: string,
    timeZone: string,
  ): Promise<string[]> {
    const rows: { day: string }[] = await manager.query(
      `SELECT to_char(v.starts_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day
         FROM visit v JOIN visit_participant vp ON vp.visit_id = v.id JOIN plan_member m ON m.id = vp.member_id
        WHERE v.plan_id = $1 AND m.kind = 'PATIENT' AND vp.willingness = 'WILLING' AND v.status IN ('COMPLETED', 'ENDED_EARLY') AND v.starts_at >= $2::date`,
      [planId, since, timeZone],
    );
    return rows.map((r) => r.day);
  }

  /** Phase changes, pauses and resumptions, newest first (at most 200). */
  timeline(manager: EntityManager, planId: string): Promise<TimelineRow[]> {
    return manager.query(
      `SELECT e.id, e.kind, e.occurred_at AS "occurredAt", u.display_name AS "actorName", e.details
         FROM plan_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.plan_id = $1 AND e.kind = ANY($2) ORDER BY e.id DESC LIMIT 200`,
      [planId, TIMELINE_KINDS],
    );
  }

  /** Family members' own check-ins from `since` on: the latest of each person each day. */
  familyDays(manager: EntityManager, planId: string, since: string): Promise<FamilyDayRow[]> {
    return manager.query(
      `SELECT DISTINCT ON (c.member_id, c.day) m.display_name AS "displayName", to_char(c.day, 'YYYY-MM-DD') AS day,
              c.stress, c.wants_support AS "wantsSupport", c.attended_meeting AS "attendedMeeting"
         FROM check_in c JOIN plan_member m ON m.id = c.member_id
        WHERE c.plan_id = $1 AND m.kind = 'FAMILY' AND c.day >= $2
        ORDER BY c.member_id, c.day, c.created_at DESC`,
      [planId, since],
    );
  }
}
