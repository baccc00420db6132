import { Injectable } from '@nestjs/common';
import { TrialOutcome, TrialReviewOutcome } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { HomeAnswer } from './home-answer.entity';
import { TrialConditionsVersion } from './trial-conditions-version.entity';
import type { TrialConditionsContent } from './trial-content';
import { TrialReview } from './trial-review.entity';
import { TrialSignature } from './trial-signature.entity';
import { HomecomingTrial } from './trial.entity';

/** The trial homecoming's tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class TrialRepository {
  /** A plan's latest trial, open or ended; null before it reached Homecoming. */
  async latest(manager: EntityManager, planId: string): Promise<HomecomingTrial | null> {
    const [trial] = await manager.find(HomecomingTrial, {
      where: { planId },
      order: { startedAt: 'DESC' },
      take: 1,
    });
    return trial ?? null;
  }

  open(manager: EntityManager, planId: string): Promise<HomecomingTrial | null> {
    return manager.findOneBy(HomecomingTrial, { planId, status: 'OPEN' });
  }

  async start(
    manager: EntityManager,
    trial: Omit<HomecomingTrial, 'id' | 'status' | 'outcome' | 'extensions' | 'endedAt'>,
  ): Promise<HomecomingTrial> {
    return manager.save(
      manager.create(HomecomingTrial, {
        ...trial,
        status: 'OPEN',
        extensions: 0,
        outcome: null,
        endedAt: null,
      }),
    );
  }

  async end(
    manager: EntityManager,
    trialId: string,
    outcome: TrialOutcome,
    at: Date,
  ): Promise<void> {
    await manager.update(
      HomecomingTrial,
      { id: trialId, status: 'OPEN' },
      { status: 'ENDED', outcome, endedAt: at },
    );
  }

  async setSchedule(
    manager: EntityManager,
    trialId: string,
    schedule: Pick<
      HomecomingTrial,
      'startDay' | 'maxDays' | 'endsOn' | 'reviewDays' | 'extensions'
    >,
  ): Promise<void> {
    await manager.update(HomecomingTrial, { id: trialId }, schedule);
  }

  versions(manager: EntityManager, trialId: string): Promise<TrialConditionsVersion[]> {
    return manager.find(TrialConditionsVersion, { where: { trialId }, order: { version: 'DESC' } });
  }

  async insertVersion(
    manager: EntityManager,
    v: {
      trialId: string;
      version: number;
      content: TrialConditionsContent;
      contentHash: string;
      publishedByUserId: string;
      createdAt: Date;
    },
  ): Promise<TrialConditionsVersion> {
    return manager.save(manager.create(TrialConditionsVersion, v));
  }

  signatures(manager: EntityManager, versionId: string): Promise<TrialSignature[]> {
    return manager.find(TrialSignature, { where: { versionId }, order: { signedAt: 'ASC' } });
  }

  async insertSignature(
    manager: EntityManager,
    s: Omit<TrialSignature, 'id' | 'conditionsVersion' | 'member'>,
  ): Promise<void> {
    await manager.insert(TrialSignature, s);
  }

  /** The answers of a trial, all of them or one member's, the latest week first. */
  answers(manager: EntityManager, trialId: string, memberId: string | null): Promise<HomeAnswer[]> {
    return manager.find(HomeAnswer, {
      where: memberId ? { trialId, memberId } : { trialId },
      order: { weekOf: 'DESC', createdAt: 'ASC' },
    });
  }

  answered(manager: EntityManager, trialId: string, memberId: string, weekOf: string) {
    return manager.existsBy(HomeAnswer, { trialId, memberId, weekOf });
  }

  async insertAnswer(
    manager: EntityManager,
    a: Omit<HomeAnswer, 'id' | 'trial' | 'member'>,
  ): Promise<HomeAnswer> {
    return manager.save(manager.create(HomeAnswer, a));
  }

  reviews(manager: EntityManager, trialId: string): Promise<TrialReview[]> {
    return manager.find(TrialReview, { where: { trialId }, order: { reviewDay: 'ASC' } });
  }

  async insertReview(
    manager: EntityManager,
    r: {
      trialId: string;
      reviewDay: string;
      outcome: TrialReviewOutcome;
      reason: string | null;
      newEndsOn: string | null;
      newReviewDay: string | null;
      reviewedByUserId: string;
      createdAt: Date;
    },
  ): Promise<TrialReview> {
    return manager.save(manager.create(TrialReview, r));
  }
}
