import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** What waits for a member's answer outside the agreement: a visit's yes, a next phase. */
export interface WaitingElsewhere {
  memberId: string;
  kind: 'CONFIRM_VISIT' | 'ANSWER_PHASE_PROPOSAL';
  recordId: string;
}

/** What the notification rules read about a change beyond its event (read-only, across the track record). */
@Injectable()
export class ChangeFactsReadModel {
  /** Each visit's participants (plan member ids). */
  async participants(manager: EntityManager, visitIds: string[]): Promise<Map<string, string[]>> {
    if (visitIds.length === 0) return new Map();
    const rows: { visitId: string; memberIds: string[] }[] = await manager.query(
      `SELECT visit_id AS "visitId", array_agg(member_id) AS "memberIds" FROM visit_participant
        WHERE visit_id = ANY($1::uuid[]) GROUP BY visit_id`,
      [visitIds],
    );
    return new Map(rows.map((r) => [r.visitId, r.memberIds]));
  }

  async checkIn(
    manager: EntityManager,
    id: string,
  ): Promise<{ memberId: string; craving: number | null } | null> {
    const [row]: { memberId: string; craving: number | null }[] = await manager.query(
      'SELECT member_id AS "memberId", craving FROM check_in WHERE id = $1',
      [id],
    );
    return row ?? null;
  }

  /** Upcoming visits waiting for a participant's yes, and an open phase proposal each member has not answered. */
  waitingElsewhere(manager: EntityManager, planId: string, now: Date): Promise<WaitingElsewhere[]> {
    return manager.query(
      `SELECT vp.member_id AS "memberId", 'CONFIRM_VISIT' AS kind, v.id AS "recordId"
         FROM visit v JOIN visit_participant vp ON vp.visit_id = v.id
        WHERE v.plan_id = $1 AND vp.willingness = 'PENDING' AND v.status IN ('REQUESTED', 'APPROVED') AND v.starts_at > $2
       UNION ALL
       SELECT pm.id, 'ANSWER_PHASE_PROPOSAL', pp.id
         FROM phase_proposal pp JOIN plan_member pm ON pm.plan_id = pp.plan_id
        WHERE pp.plan_id = $1 AND pp.status = 'OPEN' AND pm.status = 'ACTIVE' AND pm.kind IN ('PATIENT', 'FAMILY')
          AND NOT EXISTS (SELECT 1 FROM phase_proposal_answer a WHERE a.proposal_id = pp.id AND a.member_id = pm.id)`,
      [planId, now],
    );
  }
}
