import { ContactType } from '@homeward/domain';
import { EntityManager } from 'typeorm';

interface StatusRow {
  status: string;
}

interface PlanStateRow {
  status: string;
  contact_types: ContactType[] | null;
}

interface IdRow {
  id: string;
}

/**
 * @deprecated Until merge only, for visits and phase moves (track record): the plan-change
 * runner takes the plan's one lock for every change. Planning no longer calls this.
 */
export async function lockPlan(manager: EntityManager, planId: string): Promise<string> {
  const rows: StatusRow[] = await manager.query(
    'SELECT status FROM plan WHERE id = $1 FOR UPDATE',
    [planId],
  );
  return rows[0].status;
}

/**
 * After the plan changed under them (a pause, a step back, someone removed or restricted): upcoming
 * visits the plan no longer allows are cancelled, and a pending proposal to move up is withdrawn
 * while the plan is not active. Returns what it changed, for the change's own audit record.
 *
 * Until merge only: the track record's followers (visits, phase moves) take this over, reading
 * the plan through `PlansService.planState`; then this goes.
 */
export async function settleAfterPlanChange(
  manager: EntityManager,
  planId: string,
  now: Date,
): Promise<{ cancelledVisitIds: string[]; withdrawnProposalIds: string[] }> {
  const [plan]: PlanStateRow[] = await manager.query(
    `SELECT p.status, ph.contact_types FROM plan p LEFT JOIN plan_phase ph ON ph.plan_id = p.id AND ph.status = 'CURRENT' WHERE p.id = $1`,
    [planId],
  );
  // An UPDATE … RETURNING answers with its rows and the count.
  const [cancelled]: [IdRow[], number] = await manager.query(
    `UPDATE visit v SET status = 'CANCELLED', closing_note = 'Cancelled by the plan: it no longer allows this visit (a pause, a step back, or a change in who takes part).'
      WHERE v.plan_id = $1 AND v.status IN ('REQUESTED', 'APPROVED') AND v.starts_at > $2
        AND ($3 <> 'ACTIVE' OR NOT (v.contact_type = ANY($4::text[])) OR EXISTS (
              SELECT 1 FROM visit_participant vp JOIN plan_member m ON m.id = vp.member_id
               WHERE vp.visit_id = v.id AND (m.status <> 'ACTIVE' OR m.contact_restricted)))
      RETURNING v.id`,
    [planId, now, plan.status, plan.contact_types ?? []],
  );
  let withdrawn: IdRow[] = [];
  if (plan.status !== 'ACTIVE') {
    const [rows]: [IdRow[], number] = await manager.query(
      `UPDATE phase_proposal SET status = 'WITHDRAWN', closed_at = $2 WHERE plan_id = $1 AND status = 'OPEN' RETURNING id`,
      [planId, now],
    );
    withdrawn = rows;
  }
  return {
    cancelledVisitIds: cancelled.map((r) => r.id),
    withdrawnProposalIds: withdrawn.map((r) => r.id),
  };
}
