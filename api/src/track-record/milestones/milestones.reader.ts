import { Injectable } from '@nestjs/common';
import {
  ContactType,
  localDay,
  MilestoneParty,
  shiftDay,
  TrackRecord,
  visitWentWell,
  VisitStatus,
} from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { MILESTONE_COLUMNS, MilestoneRow } from './milestones.repository';

/** How far back the record is read for milestones: the longest window a template allows. */
const RECORD_DAYS = 366;

/** A plan's time zone (its program's), the day it is there now, and the day the plan began. */
export interface PlanDay {
  timeZone: string;
  today: string;
  planStartedOn: string;
}

/** The plan's "today" and the record its milestones are measured from. */
export interface PlanRecord {
  today: string;
  timeZone: string;
  record: TrackRecord;
}

/** An open milestone of the current phase, with when the phase began. */
export interface OpenMilestoneRow extends MilestoneRow {
  phaseStartedAt: Date | null;
}

interface CheckInDayRow {
  day: string;
  kind: MilestoneParty;
  attended_meeting: boolean;
}

interface EndedVisitRow {
  contact_type: ContactType;
  status: VisitStatus;
  day: string;
  parties: MilestoneParty[];
  debriefs: { rating: number; boundariesRespected: boolean }[];
  yet_to_reflect: number;
}

/**
 * The milestones' record (a read model): what happened on a plan — check-ins, visits and their
 * reflections — read across the tables that keep it, in a fixed number of statements.
 */
@Injectable()
export class MilestonesReader {
  async planDay(manager: EntityManager, planId: string, now: Date): Promise<PlanDay> {
    const [row]: { time_zone: string; created_at: Date }[] = await manager.query(
      'SELECT o.time_zone, p.created_at FROM plan p JOIN organization o ON o.id = p.organization_id WHERE p.id = $1',
      [planId],
    );
    return {
      timeZone: row.time_zone,
      today: localDay(now, row.time_zone),
      planStartedOn: localDay(row.created_at, row.time_zone),
    };
  }

  /** The plan's record, in four statements whatever its size. */
  async record(manager: EntityManager, planId: string, now: Date): Promise<PlanRecord> {
    const { timeZone, today } = await this.planDay(manager, planId, now);
    const since = shiftDay(today, RECORD_DAYS);
    const checkIns: CheckInDayRow[] = await manager.query(
      // The latest check-in of each person each day is the one that counts.
      `SELECT DISTINCT ON (c.member_id, c.day) to_char(c.day, 'YYYY-MM-DD') AS day, m.kind, c.attended_meeting
         FROM check_in c JOIN plan_member m ON m.id = c.member_id
        WHERE c.plan_id = $1 AND c.day >= $2
        ORDER BY c.member_id, c.day, c.created_at DESC`,
      [planId, since],
    );
    const visits: EndedVisitRow[] = await manager.query(
      `SELECT v.contact_type, v.status, to_char(v.starts_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day,
              COALESCE((SELECT array_agg(DISTINCT m.kind::text) FROM visit_participant vp JOIN plan_member m ON m.id = vp.member_id
                         WHERE vp.visit_id = v.id AND vp.willingness = 'WILLING'), '{}') AS parties,
              COALESCE((SELECT json_agg(json_build_object('rating', d.rating, 'boundariesRespected', d.boundaries_respected))
                          FROM visit_debrief d WHERE d.visit_id = v.id), '[]') AS debriefs,
              (SELECT count(*)::int FROM visit_participant vp WHERE vp.visit_id = v.id AND vp.willingness = 'WILLING'
                  AND NOT EXISTS (SELECT 1 FROM visit_debrief d WHERE d.visit_id = v.id AND d.member_id = vp.member_id)) AS yet_to_reflect
         FROM visit v
        WHERE v.plan_id = $1 AND v.status IN ('COMPLETED', 'ENDED_EARLY') AND v.starts_at >= $2::date`,
      [planId, since, timeZone],
    );
    // Family track sessions attended and modules completed (FAMILY_TRACK milestones).
    const familyTrack: { day: string }[] = await manager.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM family_track_mark WHERE plan_id = $1 AND day >= $2`,
      [planId, since],
    );
    return {
      today,
      timeZone,
      record: {
        familyTrackDays: familyTrack.map((m) => m.day),
        checkInDays: checkIns.map((c) => ({ party: c.kind, day: c.day })),
        supportMeetingDays: checkIns
          .filter((c) => c.kind === 'FAMILY' && c.attended_meeting)
          .map((c) => c.day),
        familySessions: visits
          .filter((v) => v.contact_type === 'FAMILY_SESSION' && v.status === 'COMPLETED')
          .map((v) => ({ day: v.day, parties: v.parties })),
        visitsWentWell: visits
          .filter((v) => visitWentWell(v.status, v.debriefs, v.yet_to_reflect))
          .map((v) => ({ day: v.day, contactType: v.contact_type })),
      },
    };
  }

  /** Milestones of the current phase the record may still reach (manual ones wait for a verifier). */
  openInCurrentPhase(manager: EntityManager, planId: string): Promise<OpenMilestoneRow[]> {
    return manager.query(
      `SELECT ${MILESTONE_COLUMNS}, ph.started_at AS "phaseStartedAt"
         FROM plan_milestone m JOIN plan_phase ph ON ph.id = m.phase_id
        WHERE ph.plan_id = $1 AND ph.status = 'CURRENT' AND m.achieved_at IS NULL AND m.kind <> 'MANUAL'
        ORDER BY m.position`,
      [planId],
    );
  }

  /** The plan a milestone belongs to (through its phase), or null when there is no such milestone. */
  async planOfMilestone(manager: EntityManager, milestoneId: string): Promise<string | null> {
    const rows: { plan_id: string }[] = await manager.query(
      'SELECT ph.plan_id FROM plan_milestone m JOIN plan_phase ph ON ph.id = m.phase_id WHERE m.id = $1',
      [milestoneId],
    );
    return rows[0]?.plan_id ?? null;
  }
}
