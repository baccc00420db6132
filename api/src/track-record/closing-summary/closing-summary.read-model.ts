import { Injectable } from '@nestjs/common';
import {
  ContactType,
  MilestoneMeasure,
  MilestoneParty,
  visitWentWell,
  VisitStatus,
} from '@homeward/domain';
import { EntityManager } from 'typeorm';

export interface ClosingWordsRow {
  version: number;
  words: string;
  writtenByName: string;
  createdAt: Date;
}

export interface WalkedPhaseRow {
  /** Which record was shown (a disclosure names the phases a family member read). */
  id: string;
  position: number;
  name: string;
  startedAt: Date;
}

export interface ReachedMilestoneRow {
  title: string;
  party: MilestoneParty;
  measure: MilestoneMeasure | null;
  achievedAt: Date;
}

export interface WellVisitRow {
  id: string;
  contactType: ContactType;
  day: string;
  participantIds: string[];
}

export interface ClosingHeader {
  patientName: string;
  counselorName: string;
  status: string;
  completedAt: Date | null;
}

interface EndedVisitRow {
  id: string;
  contact_type: ContactType;
  status: VisitStatus;
  day: string;
  participants: string[];
  debriefs: { rating: number; boundariesRespected: boolean }[];
  yet_to_reflect: number;
}

/**
 * What a plan's closing summary is drawn from (a read model across the plan, its phases,
 * milestones, visits, the family track and the closing words): what actually happened.
 */
@Injectable()
export class ClosingSummaryReadModel {
  async header(manager: EntityManager, planId: string): Promise<ClosingHeader> {
    const [row]: ClosingHeader[] = await manager.query(
      `SELECT pu.display_name AS "patientName", cu.display_name AS "counselorName", p.status,
              (SELECT max(e.occurred_at) FROM plan_event e WHERE e.plan_id = p.id AND e.kind = 'PLAN_COMPLETED') AS "completedAt"
         FROM plan p
         JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user pu ON pu.id = pm.user_id
         JOIN membership cm ON cm.id = p.primary_counselor_id JOIN app_user cu ON cu.id = cm.user_id
        WHERE p.id = $1`,
      [planId],
    );
    return row;
  }

  async closingWords(manager: EntityManager, planId: string): Promise<ClosingWordsRow | null> {
    const [row]: ClosingWordsRow[] = await manager.query(
      `SELECT v.version, v.words, u.display_name AS "writtenByName", v.created_at AS "createdAt"
         FROM closing_words_version v JOIN app_user u ON u.id = v.written_by_user_id
        WHERE v.plan_id = $1 ORDER BY v.version DESC LIMIT 1`,
      [planId],
    );
    return row ?? null;
  }

  async nextWordsVersion(manager: EntityManager, planId: string): Promise<number> {
    const [row]: { next: number }[] = await manager.query(
      'SELECT COALESCE(max(version), 0) + 1 AS next FROM closing_words_version WHERE plan_id = $1',
      [planId],
    );
    return row.next;
  }

  /** Every phase the plan reached (done, or the one it ended in), in ladder order. */
  phasesWalked(manager: EntityManager, planId: string): Promise<WalkedPhaseRow[]> {
    return manager.query(
      `SELECT id, position, name, started_at AS "startedAt" FROM plan_phase
        WHERE plan_id = $1 AND status <> 'LOCKED' ORDER BY position`,
      [planId],
    );
  }

  milestonesReached(manager: EntityManager, planId: string): Promise<ReachedMilestoneRow[]> {
    return manager.query(
      `SELECT m.title, m.party, m.measure, m.achieved_at AS "achievedAt"
         FROM plan_milestone m JOIN plan_phase ph ON ph.id = m.phase_id
        WHERE ph.plan_id = $1 AND m.achieved_at IS NOT NULL
        ORDER BY ph.position, m.position`,
      [planId],
    );
  }

  /** Completed visits that went well (everyone who took part reflected, every reflection kind). */
  async visitsWentWell(
    manager: EntityManager,
    planId: string,
    timeZone: string,
  ): Promise<WellVisitRow[]> {
    const rows: EndedVisitRow[] = await manager.query(
      `SELECT v.id, v.contact_type, v.status, to_char(v.starts_at AT TIME ZONE $2, 'YYYY-MM-DD') AS day,
              COALESCE((SELECT array_agg(vp.member_id::text) FROM visit_participant vp
                         WHERE vp.visit_id = v.id AND vp.willingness = 'WILLING'), '{}') AS participants,
              COALESCE((SELECT json_agg(json_build_object('rating', d.rating, 'boundariesRespected', d.boundaries_respected))
                          FROM visit_debrief d WHERE d.visit_id = v.id), '[]') AS debriefs,
              (SELECT count(*)::int FROM visit_participant vp WHERE vp.visit_id = v.id AND vp.willingness = 'WILLING'
                  AND NOT EXISTS (SELECT 1 FROM visit_debrief d WHERE d.visit_id = v.id AND d.member_id = vp.member_id)) AS yet_to_reflect
         FROM visit v WHERE v.plan_id = $1 AND v.status = 'COMPLETED' ORDER BY v.starts_at`,
      [planId, timeZone],
    );
    return rows
      .filter((v) => visitWentWell(v.status, v.debriefs, v.yet_to_reflect))
      .map((v) => ({
        id: v.id,
        contactType: v.contact_type,
        day: v.day,
        participantIds: v.participants,
      }));
  }

  /** Family track sessions attended and modules completed, by who marked them. */
  familyTrackMarks(manager: EntityManager, planId: string): Promise<{ memberId: string }[]> {
    return manager.query(
      'SELECT member_id AS "memberId" FROM family_track_mark WHERE plan_id = $1',
      [planId],
    );
  }

  timeZone(manager: EntityManager, planId: string): Promise<string> {
    return manager
      .query(
        'SELECT o.time_zone FROM plan p JOIN organization o ON o.id = p.organization_id WHERE p.id = $1',
        [planId],
      )
      .then((rows: { time_zone: string }[]) => rows[0].time_zone);
  }

  currentStage(manager: EntityManager, planId: string): Promise<string | null> {
    return manager
      .query(`SELECT stage FROM plan_phase WHERE plan_id = $1 AND status = 'CURRENT'`, [planId])
      .then((rows: { stage: string | null }[]) => rows[0]?.stage ?? null);
  }
}
