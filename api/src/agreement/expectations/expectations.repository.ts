import { Injectable } from '@nestjs/common';
import { ExpectationCategory, ExpectationDecision, ExpectationStatus } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { ExpectationAnswer } from './expectation-answer.entity';
import { ExpectationVersion } from './expectation-version.entity';
import { Expectation } from './expectation.entity';

export interface NewExpectation {
  planId: string;
  fromMemberId: string;
  toMemberId: string;
  category: ExpectationCategory;
  appliesFromPhase: number;
  reviewOn: string | null;
  createdAt: Date;
}

export interface NewExpectationVersion {
  expectationId: string;
  version: number;
  text: string;
  reviewOn: string | null;
  authorUserId: string;
  createdAt: Date;
}

export interface NewExpectationAnswer {
  expectationId: string;
  version: number;
  /** Null for a counselor's comment. */
  memberId: string | null;
  authorUserId: string;
  decision: ExpectationDecision | null;
  comment: string | null;
  suggestedText?: string | null;
  createdAt: Date;
}

/** The expectation, expectation_version and expectation_answer tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class ExpectationsRepository {
  /** The plan an expectation belongs to; null when there is no such expectation. */
  async planOf(manager: EntityManager, id: string): Promise<string | null> {
    const row = await manager.findOne(Expectation, { where: { id }, select: { planId: true } });
    return row?.planId ?? null;
  }

  /** The expectation, locked for the rest of the change; null when there is none. */
  lockForChange(manager: EntityManager, id: string): Promise<Expectation | null> {
    return manager.findOne(Expectation, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  byId(manager: EntityManager, id: string): Promise<Expectation | null> {
    return manager.findOneBy(Expectation, { id });
  }

  /** A new expectation, proposed at version 1 (its words follow as the version). */
  async insert(manager: EntityManager, e: NewExpectation): Promise<Expectation> {
    return manager.save(
      manager.create(Expectation, {
        ...e,
        status: 'PROPOSED',
        currentVersion: 1,
        agreedVersion: null,
      }),
    );
  }

  async setCurrentVersion(
    manager: EntityManager,
    id: string,
    currentVersion: number,
    reviewOn: string | null,
  ): Promise<void> {
    await manager.update(Expectation, { id }, { currentVersion, reviewOn });
  }

  async setStanding(
    manager: EntityManager,
    id: string,
    status: ExpectationStatus,
    agreedVersion: number | null,
  ): Promise<void> {
    await manager.update(Expectation, { id }, { status, agreedVersion });
  }

  async insertVersion(manager: EntityManager, v: NewExpectationVersion): Promise<void> {
    await manager.insert(ExpectationVersion, v);
  }

  async insertAnswer(manager: EntityManager, a: NewExpectationAnswer): Promise<void> {
    await manager.insert(ExpectationAnswer, { ...a, suggestedText: a.suggestedText ?? null });
  }

  /** Every answer and comment on an expectation, oldest first. */
  answers(manager: EntityManager, expectationId: string): Promise<ExpectationAnswer[]> {
    return manager.find(ExpectationAnswer, { where: { expectationId }, order: { id: 'ASC' } });
  }
}
