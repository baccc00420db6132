import { ContactType } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/**
 * Locks the plan's row for the rest of the transaction and reads its status: every change to a
 * plan's state (status, phase, members, visits) goes one at a time, and reads what it decides on
 * only once it holds the lock.
 */
export async function lockPlan(manager: EntityManager, planId: string): Promise<string> {
  const [row] = (await manager.query('SELECT status FROM plan WHERE id = $1 FOR UPDATE', [
    planId,
  ])) as { status: string }[];
  return row.status;
}

/**
 * After the plan changed under them (a pause, a step back, someone removed or restricted): upcoming
 * visits the plan no longer allows are cancelled, and a pending proposal to move up is withdrawn
 * while the plan is not active. Returns what it changed, for the change's own audit record.
 */
export async function settleAfterPlanChange(
  manager: EntityManager,
  planId: string,
  now: Date,
): Promise<{ cancelledVisitIds: string[]; withdrawnProposalIds: string[] }> {
  const [plan] = (await manager.query(
    `SELECT p.status, ph.contact_types FROM plan p LEFT JOIN plan_phase ph ON ph.plan_id = p.id AND ph.status = 'CURRENT' WHERE p.id = $1`,
    [planId],
  )) as { status: string; contact_types: ContactType[] | null }[];
  const cancelled = (await manager.query(
    `UPDATE visit v SET status = 'CANCELLED', closing_note = 'Cancelled by the plan: it no longer allows this visit (a pause, a step back, or a change in who takes part).'
      WHERE v.plan_id = $1 AND v.status IN ('REQUESTED', 'APPROVED') AND v.starts_at > $2
        AND ($3 <> 'ACTIVE' OR NOT (v.contact_type = ANY($4::text[])) OR EXISTS (
              SELECT 1 FROM visit_participant vp JOIN plan_member m ON m.id = vp.member_id
               WHERE vp.visit_id = v.id AND (m.status <> 'ACTIVE' OR m.contact_restricted)))
      RETURNING v.id`,
    [planId, now, plan.status, plan.contact_types ?? []],
  )) as [{ id: string }[], number];
  const withdrawn =
    plan.status === 'ACTIVE'
      ? []
      : (
          (await manager.query(
            `UPDATE phase_proposal SET status = 'WITHDRAWN', closed_at = $2 WHERE plan_id = $1 AND status = 'OPEN' RETURNING id`,
            [planId, now],
          )) as [{ id: string }[], number]
        )[0];
  return {
    cancelledVisitIds: cancelled[0].map((r) => r.id),
    withdrawnProposalIds: withdrawn.map((r) => r.id),
  };
}
