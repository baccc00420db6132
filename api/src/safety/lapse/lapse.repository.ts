import { Injectable } from '@nestjs/common';
import { LapsePlanStatus } from '@homeward/domain';
import { EntityManager, IsNull } from 'typeorm';
import { Lapse } from './lapse.entity';
import { LapsePlanAcceptance } from './lapse-plan-acceptance.entity';
import { LapsePlanVersion } from './lapse-plan-version.entity';
import { LapseStepCheck } from './lapse-step-check.entity';

/** The lapse plan's tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class LapseRepository {
  versions(manager: EntityManager, planId: string): Promise<LapsePlanVersion[]> {
    return manager.find(LapsePlanVersion, { where: { planId }, order: { version: 'DESC' } });
  }

  version(manager: EntityManager, id: string): Promise<LapsePlanVersion | null> {
    return manager.findOneBy(LapsePlanVersion, { id });
  }

  agreed(manager: EntityManager, planId: string): Promise<LapsePlanVersion | null> {
    return manager.findOneBy(LapsePlanVersion, { planId, status: 'AGREED' });
  }

  insertVersion(
    manager: EntityManager,
    row: Omit<LapsePlanVersion, 'id' | 'status' | 'agreedAt' | 'plan'>,
  ): Promise<LapsePlanVersion> {
    return manager.save(manager.create(LapsePlanVersion, { ...row, status: 'PROPOSED' }));
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    status: LapsePlanStatus,
    agreedAt?: Date,
  ): Promise<void> {
    await manager.update(LapsePlanVersion, { id }, { status, ...(agreedAt ? { agreedAt } : {}) });
  }

  acceptances(manager: EntityManager, versionIds: string[]): Promise<LapsePlanAcceptance[]> {
    if (versionIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(LapsePlanAcceptance, 'a')
      .where('a.version_id = ANY(:ids)', { ids: versionIds })
      .orderBy('a.created_at', 'ASC')
      .getMany();
  }

  async accept(
    manager: EntityManager,
    row: Pick<LapsePlanAcceptance, 'versionId' | 'memberId' | 'authorUserId' | 'createdAt'>,
  ): Promise<void> {
    await manager.insert(LapsePlanAcceptance, row);
  }

  lapses(manager: EntityManager, planId: string): Promise<Lapse[]> {
    return manager.find(Lapse, {
      where: { planId },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  lapse(manager: EntityManager, id: string): Promise<Lapse | null> {
    return manager.findOneBy(Lapse, { id });
  }

  /** The lapse that paused the plan and is not resumed yet, if any. */
  openPause(manager: EntityManager, planId: string): Promise<Lapse | null> {
    return manager.findOneBy(Lapse, { planId, paused: true, resumedAt: IsNull() });
  }

  insertLapse(
    manager: EntityManager,
    row: Omit<Lapse, 'id' | 'resumedAt' | 'resumedByUserId' | 'plan' | 'planVersion'>,
  ): Promise<Lapse> {
    return manager.save(manager.create(Lapse, { ...row, resumedAt: null, resumedByUserId: null }));
  }

  async markResumed(manager: EntityManager, id: string, userId: string, at: Date): Promise<void> {
    await manager.update(Lapse, { id }, { resumedAt: at, resumedByUserId: userId });
  }

  checks(manager: EntityManager, lapseIds: string[]): Promise<LapseStepCheck[]> {
    if (lapseIds.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(LapseStepCheck, 'c')
      .where('c.lapse_id = ANY(:ids)', { ids: lapseIds })
      .getMany();
  }

  async check(
    manager: EntityManager,
    row: Pick<LapseStepCheck, 'lapseId' | 'position' | 'checkedByUserId' | 'createdAt'>,
  ): Promise<void> {
    await manager.insert(LapseStepCheck, row);
  }

  /** The days something happened, for the record's calendar: each one day. */
  async hardDaysSince(manager: EntityManager, planId: string, since: string): Promise<string[]> {
    const rows: { day: string }[] = await manager.query(
      `SELECT DISTINCT to_char(happened_on, 'YYYY-MM-DD') AS day FROM lapse WHERE plan_id = $1 AND happened_on >= $2`,
      [planId, since],
    );
    return rows.map((r) => r.day);
  }

  /** Pauses that reached their agreed longest length and still wait for the steps back in. */
  pausesAtLimit(
    manager: EntityManager,
    now: Date,
  ): Promise<{ lapseId: string; planId: string; organizationId: string }[]> {
    // The last day of a pause is a day in the program's time zone, as the family agreed it.
    return manager.query(
      `SELECT l.id AS "lapseId", l.plan_id AS "planId", p.organization_id AS "organizationId"
         FROM lapse l JOIN plan p ON p.id = l.plan_id JOIN organization o ON o.id = p.organization_id
        WHERE l.paused AND l.resumed_at IS NULL AND p.status = 'PAUSED'
          AND l.pause_ends_on <= ($1::timestamptz AT TIME ZONE o.time_zone)::date`,
      [now],
    );
  }
}
