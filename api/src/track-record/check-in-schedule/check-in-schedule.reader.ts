import { Injectable } from '@nestjs/common';
import { PhaseStage, ScheduleStep } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** A plan's program time zone, its current phase's stage, and the schedule version set in it. */
export interface ScheduleRow {
  timeZone: string;
  phaseId: string | null;
  stage: PhaseStage | null;
  phaseStartedAt: Date | null;
  version: number | null;
  startsOn: string | null;
  steps: ScheduleStep[] | null;
  setAt: Date | null;
  setByName: string | null;
}

/** The schedule's read model: the plan, its current phase and its latest schedule version. */
@Injectable()
export class CheckInScheduleReader {
  /**
   * Only a version set since the phase was last reached counts: a phase reached again (after a
   * step back) starts from its default, not from a schedule set for an earlier stay.
   */
  async ofPlan(manager: EntityManager, planId: string): Promise<ScheduleRow | null> {
    const [row]: ScheduleRow[] = await manager.query(
      `SELECT o.time_zone AS "timeZone", ph.id AS "phaseId", ph.stage, ph.started_at AS "phaseStartedAt",
              v.version, to_char(v.starts_on, 'YYYY-MM-DD') AS "startsOn", v.steps, v.created_at AS "setAt",
              u.display_name AS "setByName"
         FROM plan p
         JOIN organization o ON o.id = p.organization_id
         LEFT JOIN plan_phase ph ON ph.plan_id = p.id AND ph.status = 'CURRENT' AND ph.stage IS NOT NULL
         LEFT JOIN LATERAL (
              SELECT * FROM check_in_schedule_version v
               WHERE v.plan_id = p.id AND v.phase_id = ph.id AND v.created_at >= ph.started_at
               ORDER BY v.version DESC LIMIT 1) v ON true
         LEFT JOIN app_user u ON u.id = v.set_by_user_id
        WHERE p.id = $1`,
      [planId],
    );
    return row ?? null;
  }

  async nextVersion(manager: EntityManager, planId: string): Promise<number> {
    const [row]: { next: number }[] = await manager.query(
      'SELECT COALESCE(max(version), 0) + 1 AS next FROM check_in_schedule_version WHERE plan_id = $1',
      [planId],
    );
    return row.next;
  }
}
