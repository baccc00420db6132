import { Injectable } from '@nestjs/common';
import { ContactType, MilestoneKind, MilestoneMeasure, MilestoneParty } from '@homeward/domain';
import { EntityManager } from 'typeorm';

export type MilestoneStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'ACHIEVED';

/** A plan's milestone, as measuring and deciding it need. */
export interface MilestoneRow {
  id: string;
  title: string;
  kind: MilestoneKind;
  party: MilestoneParty;
  measure: MilestoneMeasure | null;
  contactType: ContactType | null;
  target: number | null;
  windowDays: number | null;
  status: MilestoneStatus;
  achievedAt: Date | null;
}

/** A milestone's columns as MilestoneRow names them. */
export const MILESTONE_COLUMNS = `m.id, m.title, m.kind, m.party, m.measure, m.contact_type AS "contactType", m.target,
  m.window_days AS "windowDays", m.status, m.achieved_at AS "achievedAt"`;

/**
 * What milestones write on plan_milestone (the plan copies them from its template): progress the
 * record reached, and staff's decisions. Only ever forward: nothing earned is erased.
 */
@Injectable()
export class MilestonesRepository {
  async byId(manager: EntityManager, id: string): Promise<MilestoneRow | null> {
    const rows: MilestoneRow[] = await manager.query(
      `SELECT ${MILESTONE_COLUMNS} FROM plan_milestone m WHERE m.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Where the record has brought it; a milestone achieved (here or by a concurrent change) keeps its first date. */
  async reach(
    manager: EntityManager,
    id: string,
    status: MilestoneStatus,
    achievedAt: Date | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE plan_milestone SET status = $2, achieved_at = $3 WHERE id = $1 AND achieved_at IS NULL`,
      [id, status, achievedAt],
    );
  }

  /** Staff verified it, or waived it with their reason: either way it counts as achieved. */
  async decide(
    manager: EntityManager,
    id: string,
    decision: { decidedByUserId: string; achievedAt: Date; waivedReason: string | null },
  ): Promise<void> {
    await manager.query(
      `UPDATE plan_milestone SET status = 'ACHIEVED', achieved_at = $2, decided_by_user_id = $3, waived_reason = $4 WHERE id = $1`,
      [id, decision.achievedAt, decision.decidedByUserId, decision.waivedReason],
    );
  }
}
