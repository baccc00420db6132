import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * The moves a plan makes on its ladder, written where the plan keeps its phases and status: up a
 * phase once everyone agreed, back a phase with a wait, a pause someone on the plan asked for.
 * Planning owns these tables; the track record's phase moves move along the ladder through
 * PlansService.
 */
@Injectable()
export class LadderRepository {
  /** The current phase is done and the next one begins; a wait set by a step back is over. */
  async advance(
    manager: EntityManager,
    move: { currentId: string; nextId: string; at: Date },
  ): Promise<void> {
    await manager.query(`UPDATE plan_phase SET status = 'DONE', completed_at = $2 WHERE id = $1`, [
      move.currentId,
      move.at,
    ]);
    await manager.query(
      `UPDATE plan_phase SET status = 'CURRENT', started_at = $2, wait_until = NULL WHERE id = $1`,
      [move.nextId, move.at],
    );
  }

  /** Back to the previous phase; the one left waits until `waitUntil` (a day) before the next try. */
  async stepBack(
    manager: EntityManager,
    move: { currentId: string; previousId: string; waitUntil: string | null; at: Date },
  ): Promise<void> {
    await manager.query(`UPDATE plan_phase SET status = 'LOCKED', wait_until = $2 WHERE id = $1`, [
      move.currentId,
      move.waitUntil,
    ]);
    await manager.query(
      `UPDATE plan_phase SET status = 'CURRENT', started_at = $2, completed_at = NULL WHERE id = $1`,
      [move.previousId, move.at],
    );
  }

  /** The plan pauses at once, with the words kept as its status reason. */
  async pause(manager: EntityManager, planId: string, reason: string): Promise<void> {
    await manager.query(`UPDATE plan SET status = 'PAUSED', status_reason = $2 WHERE id = $1`, [
      planId,
      reason,
    ]);
  }

  /** The plan runs again after a pause, with the words kept as its status reason. */
  async resume(manager: EntityManager, planId: string, reason: string): Promise<void> {
    await manager.query(`UPDATE plan SET status = 'ACTIVE', status_reason = $2 WHERE id = $1`, [
      planId,
      reason,
    ]);
  }
}
