import { Injectable } from '@nestjs/common';
import { expectationStatus, ExpectationStatus } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { AccessService, ownPlace } from '../../access/access.service';
import { seesExpectation } from '../../access/visibility/agreement';
import { PlanChange } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { Actor } from '../../platform/actor';
import { DomainError, notFound, orNotFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import {
  AnswerExpectationInput,
  CommentOnExpectationInput,
  ProposeExpectationInput,
  ReviseExpectationInput,
} from '../dto/agreement.inputs';
import { ExpectationModel } from '../dto/agreement.model';
import { AgreementMade, changeAgreement } from '../reader/agreement-change';
import { AgreementReader } from '../reader/agreement.reader';
import { partyAnswers } from '../reader/agreement-view';
import { Expectation } from './expectation.entity';
import { ExpectationsRepository } from './expectations.repository';

/** Expectations both ways (DESIGN rule 5): proposed by a party, answered by each, revised as new versions. */
@Injectable()
export class ExpectationsService {
  constructor(
    private readonly planChanges: PlanChanges,
    private readonly access: AccessService,
    private readonly expectations: ExpectationsRepository,
    private readonly reader: AgreementReader,
  ) {}

  propose(ctx: RequestContext, input: ProposeExpectationInput): Promise<ExpectationModel> {
    return this.change(ctx, input.planId, async ({ manager, actor, relation, now }) => {
      const me = ownPlace(relation);
      if (input.fromMemberId === input.toMemberId)
        throw new DomainError('EXPECTATION_SAME_PERSON', {}, { field: 'toMemberId' });
      if (me !== input.fromMemberId && me !== input.toMemberId)
        throw new DomainError('EXPECTATION_PROPOSER_NOT_PARTY', {}, { field: 'fromMemberId' });
      const members = await this.reader.members(manager, [input.planId]);
      const onPlan = (id: string) => members.some((m) => m.id === id && m.status === 'ACTIVE');
      if (!onPlan(input.fromMemberId))
        throw new DomainError('EXPECTATION_FROM_NOT_ON_PLAN', {}, { field: 'fromMemberId' });
      if (!onPlan(input.toMemberId))
        throw new DomainError('EXPECTATION_TO_NOT_ON_PLAN', {}, { field: 'toMemberId' });
      const phases = (await this.reader.phases(manager, [input.planId])).length;
      if (input.appliesFromPhase > phases)
        throw new DomainError(
          'EXPECTATION_PHASE_OUT_OF_RANGE',
          { phases },
          { field: 'appliesFromPhase' },
        );
      assertReviewDate(input.reviewOn, now);
      const expectation = await this.expectations.insert(manager, {
        planId: input.planId,
        fromMemberId: input.fromMemberId,
        toMemberId: input.toMemberId,
        category: input.category,
        appliesFromPhase: input.appliesFromPhase,
        reviewOn: input.reviewOn ?? null,
        createdAt: now,
      });
      await this.writeVersion(
        manager,
        actor,
        me,
        expectation.id,
        1,
        input.text,
        expectation.reviewOn,
        now,
      );
      return {
        kind: 'expectation_proposed',
        details: { expectationId: expectation.id, category: input.category },
        recordId: expectation.id,
      };
    });
  }

  /** A party rewords it: a new version that everyone answers again (the writer's own counts as accepted). */
  async revise(ctx: RequestContext, input: ReviseExpectationInput): Promise<ExpectationModel> {
    const planId = await this.planOf(ctx, input.expectationId);
    return this.change(ctx, planId, async ({ manager, actor, relation, now }) => {
      const me = ownPlace(relation);
      const expectation = await this.partyExpectation(manager, input.expectationId, me);
      assertOpen(expectation);
      if (input.version !== expectation.currentVersion)
        throw stale(input.version, expectation.currentVersion, 'EXPECTATION_REVISION_STALE');
      assertReviewDate(input.reviewOn, now);
      const version = expectation.currentVersion + 1;
      const reviewOn = input.reviewOn ?? expectation.reviewOn;
      await this.expectations.setCurrentVersion(manager, expectation.id, version, reviewOn);
      await this.writeVersion(
        manager,
        actor,
        me,
        expectation.id,
        version,
        input.text,
        reviewOn,
        now,
      );
      return {
        kind: 'expectation_revised',
        details: { expectationId: expectation.id, version, reviewOn },
        recordId: expectation.id,
      };
    });
  }

  async answer(ctx: RequestContext, input: AnswerExpectationInput): Promise<ExpectationModel> {
    const planId = await this.planOf(ctx, input.expectationId);
    return this.change(ctx, planId, async ({ manager, actor, relation, now }) => {
      const me = ownPlace(relation);
      const expectation = await this.partyExpectation(manager, input.expectationId, me);
      assertOpen(expectation);
      if (input.version !== expectation.currentVersion)
        throw stale(input.version, expectation.currentVersion, 'EXPECTATION_VERSION_STALE');
      if (input.decision === 'REQUEST_CHANGE' && !input.comment)
        throw new DomainError('EXPECTATION_CHANGE_UNSAID', {}, { field: 'comment' });
      await this.expectations.insertAnswer(manager, {
        expectationId: expectation.id,
        version: input.version,
        memberId: me,
        authorUserId: actor.userId,
        decision: input.decision,
        comment: input.comment ?? null,
        createdAt: now,
      });
      const status = await this.settle(manager, expectation.id);
      return {
        kind: 'expectation_answered',
        details: {
          expectationId: expectation.id,
          version: input.version,
          decision: input.decision,
          status,
        },
        recordId: expectation.id,
      };
    });
  }

  /** A counselor's comment, and wording they suggest; it decides nothing. */
  async comment(ctx: RequestContext, input: CommentOnExpectationInput): Promise<ExpectationModel> {
    const planId = await this.planOf(ctx, input.expectationId);
    return this.change(ctx, planId, async ({ manager, actor, now }) => {
      const expectation = await this.expectations.byId(manager, input.expectationId);
      if (!expectation) throw notFound('expectation');
      assertOpen(expectation);
      await this.expectations.insertAnswer(manager, {
        expectationId: expectation.id,
        version: expectation.currentVersion,
        memberId: null,
        authorUserId: actor.userId,
        decision: null,
        comment: input.comment,
        suggestedText: input.suggestedText ?? null,
        createdAt: now,
      });
      return {
        kind: 'expectation_commented',
        details: { expectationId: expectation.id, version: expectation.currentVersion },
        recordId: expectation.id,
      };
    });
  }

  /** The road every expectation change takes; it answers with the expectation as the actor now sees it. */
  private change(
    ctx: RequestContext,
    planId: string,
    work: (change: PlanChange) => Promise<AgreementMade>,
  ): Promise<ExpectationModel> {
    const { planChanges, reader } = this;
    return changeAgreement({ planChanges, reader }, ctx, planId, work, {
      what: 'expectation',
      in: (agreement) => agreement.expectations,
    });
  }

  /** The plan of an expectation the actor names; someone neither on that plan nor its staff hears it does not exist. */
  private async planOf(ctx: RequestContext, expectationId: string): Promise<string> {
    const planId = await this.expectations.planOf(ctx.manager, expectationId);
    if (!planId) throw notFound('expectation');
    await orNotFound(
      'expectation',
      this.access.requirePlan(ctx.manager, ctx.signedIn, 'agreement.read', planId),
    );
    return planId;
  }

  private async writeVersion(
    manager: EntityManager,
    actor: Actor,
    memberId: string,
    expectationId: string,
    version: number,
    text: string,
    reviewOn: string | null,
    now: Date,
  ) {
    await this.expectations.insertVersion(manager, {
      expectationId,
      version,
      text,
      reviewOn,
      authorUserId: actor.userId,
      createdAt: now,
    });
    // Whoever words it stands behind those words.
    await this.expectations.insertAnswer(manager, {
      expectationId,
      version,
      memberId,
      authorUserId: actor.userId,
      decision: 'ACCEPT',
      comment: null,
      createdAt: now,
    });
    await this.settle(manager, expectationId);
  }

  /**
   * Recomputes where it stands from every answer (the domain rule). Once everyone accepts a
   * version it becomes the agreed one, and stays in force until a newer one is agreed or all retire it.
   */
  private async settle(manager: EntityManager, expectationId: string): Promise<ExpectationStatus> {
    const answers = await this.expectations.answers(manager, expectationId);
    const current = await this.expectations.byId(manager, expectationId);
    if (!current) throw notFound('expectation');
    const rule = expectationStatus(
      [current.fromMemberId, current.toMemberId],
      current.currentVersion,
      partyAnswers(answers),
    );
    const agreedVersion = rule === 'AGREED' ? current.currentVersion : current.agreedVersion;
    const status: ExpectationStatus =
      rule === 'RETIRED' ? 'RETIRED' : agreedVersion !== null ? 'AGREED' : 'PROPOSED';
    if (status !== current.status || agreedVersion !== current.agreedVersion)
      await this.expectations.setStanding(manager, current.id, status, agreedVersion);
    return status;
  }

  /** The expectation, locked, if the member is one of its two parties; otherwise as if it did not exist. */
  private async partyExpectation(
    manager: EntityManager,
    id: string,
    memberId: string,
  ): Promise<Expectation> {
    const expectation = await this.expectations.lockForChange(manager, id);
    if (!expectation || !seesExpectation({ memberId, isStaff: false }, expectation))
      throw notFound('expectation');
    return expectation;
  }
}

function assertOpen(expectation: Expectation) {
  if (expectation.status === 'RETIRED') throw new DomainError('EXPECTATION_RETIRED');
}

function assertReviewDate(reviewOn: string | undefined, now: Date) {
  if (reviewOn && reviewOn <= now.toISOString().slice(0, 10))
    throw new DomainError('EXPECTATION_REVIEW_DATE_NOT_AFTER_TODAY', {}, { field: 'reviewOn' });
}

/** Someone acted on a version that has since been replaced (they read it again first), or that never was. */
function stale(
  read: number,
  current: number,
  reason: 'EXPECTATION_VERSION_STALE' | 'EXPECTATION_REVISION_STALE',
): DomainError {
  return read < current
    ? new DomainError(reason, { read, current })
    : new DomainError('EXPECTATION_VERSION_UNKNOWN', { read });
}
