import { Injectable } from '@nestjs/common';
import { ContactType, PhaseStage } from '@homeward/domain';
import { EntityManager } from 'typeorm';

export interface LadderPhaseRow {
  id: string;
  position: number;
  name: string;
  status: string;
  contactTypes: ContactType[];
  /** What reaching the phase starts (Homecoming's trial, aftercare), never read from its name. */
  stage: PhaseStage | null;
  /** A day (YYYY-MM-DD) before which the plan may not move up into this phase again. */
  waitUntil: string | null;
}

/** Where a plan stands on its ladder, and how far the current phase's milestones have come. */
export interface Ladder {
  current: LadderPhaseRow;
  next: LadderPhaseRow | null;
  previous: LadderPhaseRow | null;
  milestones: { achieved: number; total: number };
}

export interface AnswerRow {
  memberId: string;
  displayName: string;
  agree: boolean;
  comment: string | null;
  createdAt: Date;
}

/**
 * What a phase move is decided and shown from (a read model): the plan's ladder, and a proposal
 * with the names of who proposed it, who answered and who is still asked.
 */
@Injectable()
export class PhaseMovesReader {
  /** The plan's phases in order with its current phase's milestones counted; null without a current phase. */
  async ladder(manager: EntityManager, planId: string): Promise<Ladder | null> {
    const phases: LadderPhaseRow[] = await manager.query(
      `SELECT id, position, name, status, contact_types AS "contactTypes", stage, to_char(wait_until, 'YYYY-MM-DD') AS "waitUntil"
         FROM plan_phase WHERE plan_id = $1 ORDER BY position`,
      [planId],
    );
    const index = phases.findIndex((p) => p.status === 'CURRENT');
    if (index < 0) return null;
    const [counts]: { achieved: number; total: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE achieved_at IS NOT NULL)::int AS achieved, count(*)::int AS total
         FROM plan_milestone WHERE phase_id = $1`,
      [phases[index].id],
    );
    return {
      current: phases[index],
      next: phases[index + 1] ?? null,
      previous: phases[index - 1] ?? null,
      milestones: counts,
    };
  }

  /** Each member's latest answer to a proposal. */
  answers(manager: EntityManager, proposalId: string): Promise<AnswerRow[]> {
    return manager.query(
      `SELECT DISTINCT ON (a.member_id) a.member_id AS "memberId", m.display_name AS "displayName", a.agree, a.comment,
              a.created_at AS "createdAt"
         FROM phase_proposal_answer a JOIN plan_member m ON m.id = a.member_id
        WHERE a.proposal_id = $1 ORDER BY a.member_id, a.id DESC`,
      [proposalId],
    );
  }

  /** Everyone asked to agree: the plan's active patient and family members, the patient first. */
  asked(manager: EntityManager, planId: string): Promise<{ id: string; displayName: string }[]> {
    return manager.query(
      `SELECT id, display_name AS "displayName" FROM plan_member
        WHERE plan_id = $1 AND status = 'ACTIVE' AND kind IN ('PATIENT', 'FAMILY') ORDER BY kind = 'PATIENT' DESC, added_at, id`,
      [planId],
    );
  }

  /** The name of the phase a proposal leads to, as stored, and who proposed it. */
  async names(
    manager: EntityManager,
    planId: string,
    toPosition: number,
    proposedByUserId: string,
  ): Promise<{ toName: string; proposedBy: string }> {
    const [row]: { toName: string; proposedBy: string }[] = await manager.query(
      `SELECT ph.name AS "toName", u.display_name AS "proposedBy" FROM plan_phase ph, app_user u
        WHERE ph.plan_id = $1 AND ph.position = $2 AND u.id = $3`,
      [planId, toPosition, proposedByUserId],
    );
    return row;
  }
}
