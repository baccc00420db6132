import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { expectationStatus, ExpectationStatus } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanRelation } from '../../access/access.service';
import { AgreementChange, AgreementService, ownPlace } from '../agreement.service';
import { partyAnswers } from '../agreement-view';
import {
  AnswerExpectationInput,
  CommentOnExpectationInput,
  ProposeExpectationInput,
  ReviseExpectationInput,
} from '../dto/agreement.inputs';
import { ExpectationModel } from '../dto/agreement.model';
import { Actor, RequestOrigin } from '../../platform/actor';
import { badInput, conflict, notFound, staleVersion } from '../../platform/errors';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { ExpectationAnswer } from './expectation-answer.entity';
import { ExpectationVersion } from './expectation-version.entity';
import { Expectation } from './expectation.entity';

/** Expectations both ways (DESIGN rule 5): proposed by a party, answered by each, revised as new versions. */
@Injectable()
export class ExpectationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agreement: AgreementService,
    private readonly access: AccessService,
  ) {}

  propose(
    actor: Actor,
    input: ProposeExpectationInput,
    origin: RequestOrigin,
  ): Promise<ExpectationModel> {
    return this.run(
      actor,
      origin,
      input.planId,
      'agreement.takePart',
      async (manager, relation, now) => {
        const me = ownPlace(relation);
        if (input.fromMemberId === input.toMemberId)
          throw badInput(
            'An expectation is between two different people: choose who asks and of whom.',
            'toMemberId',
          );
        if (me !== input.fromMemberId && me !== input.toMemberId) {
          throw badInput(
            'You can propose what you expect of someone, or what you offer them: choose yourself as one of the two.',
            'fromMemberId',
          );
        }
        const parties = await manager.findBy(PlanMember, [
          { id: input.fromMemberId },
          { id: input.toMemberId },
        ]);
        const onPlan = (id: string) =>
          parties.some(
            (p) =>
              p.id === id &&
              p.planId === input.planId &&
              p.status === 'ACTIVE' &&
              p.kind !== 'STAFF',
          );
        if (!onPlan(input.fromMemberId))
          throw badInput(
            'Choose whose expectation this is from the people on this plan.',
            'fromMemberId',
          );
        if (!onPlan(input.toMemberId))
          throw badInput('Choose who it is asked of from the people on this plan.', 'toMemberId');
        const [{ phases }] = (await manager.query(
          'SELECT count(*)::int AS phases FROM plan_phase WHERE plan_id = $1',
          [input.planId],
        )) as { phases: number }[];
        if (input.appliesFromPhase > phases)
          throw badInput(`Choose a phase of this plan, from 1 to ${phases}.`, 'appliesFromPhase');
        this.assertReviewDate(input.reviewOn, now);
        const expectation = await manager.save(
          manager.create(Expectation, {
            planId: input.planId,
            fromMemberId: input.fromMemberId,
            toMemberId: input.toMemberId,
            category: input.category,
            appliesFromPhase: input.appliesFromPhase,
            reviewOn: input.reviewOn ?? null,
            status: 'PROPOSED',
            currentVersion: 1,
            agreedVersion: null,
            createdAt: now,
          }),
        );
        await this.writeVersion(
          manager,
          actor,
          me,
          expectation,
          1,
          input.text,
          expectation.reviewOn,
          now,
        );
        return {
          kind: 'EXPECTATION_PROPOSED',
          details: { expectationId: expectation.id, category: input.category },
          recordId: expectation.id,
        };
      },
    );
  }

  /** A party rewords it: a new version that everyone answers again (the writer's own counts as accepted). */
  async revise(
    actor: Actor,
    input: ReviseExpectationInput,
    origin: RequestOrigin,
  ): Promise<ExpectationModel> {
    const planId = await this.planOf(actor, input.expectationId);
    return this.run(actor, origin, planId, 'agreement.takePart', async (manager, relation, now) => {
      const me = ownPlace(relation);
      const expectation = await this.partyExpectation(manager, input.expectationId, me);
      this.assertOpen(expectation);
      if (input.version !== expectation.currentVersion)
        throw staleVersion('expectation', input.version, expectation.currentVersion, 'revise');
      this.assertReviewDate(input.reviewOn, now);
      const version = expectation.currentVersion + 1;
      const reviewOn = input.reviewOn ?? expectation.reviewOn;
      await manager.update(
        Expectation,
        { id: expectation.id },
        { currentVersion: version, reviewOn },
      );
      await this.writeVersion(
        manager,
        actor,
        me,
        { ...expectation, currentVersion: version },
        version,
        input.text,
        reviewOn,
        now,
      );
      return {
        kind: 'EXPECTATION_REVISED',
        details: { expectationId: expectation.id, version, reviewOn },
        recordId: expectation.id,
      };
    });
  }

  async answer(
    actor: Actor,
    input: AnswerExpectationInput,
    origin: RequestOrigin,
  ): Promise<ExpectationModel> {
    const planId = await this.planOf(actor, input.expectationId);
    return this.run(actor, origin, planId, 'agreement.takePart', async (manager, relation, now) => {
      const me = ownPlace(relation);
      const expectation = await this.partyExpectation(manager, input.expectationId, me);
      this.assertOpen(expectation);
      if (input.version !== expectation.currentVersion)
        throw staleVersion('expectation', input.version, expectation.currentVersion, 'answer');
      if (input.decision === 'REQUEST_CHANGE' && !input.comment)
        throw badInput('Say what you would like changed, so the others can answer it.', 'comment');
      await manager.insert(ExpectationAnswer, {
        expectationId: expectation.id,
        version: input.version,
        memberId: me,
        authorUserId: actor.userId,
        decision: input.decision,
        comment: input.comment ?? null,
        createdAt: now,
      });
      const status = await this.settle(manager, expectation);
      return {
        kind: 'EXPECTATION_ANSWERED',
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
  async comment(
    actor: Actor,
    input: CommentOnExpectationInput,
    origin: RequestOrigin,
  ): Promise<ExpectationModel> {
    const planId = await this.planOf(actor, input.expectationId);
    return this.run(actor, origin, planId, 'agreement.coach', async (manager, _relation, now) => {
      const expectation = await manager.findOneByOrFail(Expectation, { id: input.expectationId });
      this.assertOpen(expectation);
      await manager.insert(ExpectationAnswer, {
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
        kind: 'EXPECTATION_COMMENTED',
        details: { expectationId: expectation.id, version: expectation.currentVersion },
        recordId: expectation.id,
      };
    });
  }

  private async run(
    actor: Actor,
    origin: RequestOrigin,
    planId: string,
    permission: 'agreement.takePart' | 'agreement.coach',
    work: (manager: EntityManager, relation: PlanRelation, now: Date) => Promise<AgreementChange>,
  ): Promise<ExpectationModel> {
    const { view, recordId } = await this.agreement.change(actor, origin, planId, permission, work);
    const expectation = view.agreement(planId).expectations.find((e) => e.id === recordId);
    if (!expectation) throw notFound('expectation');
    return expectation;
  }

  /** The plan of an expectation the actor names; someone not on that plan hears it does not exist. */
  private async planOf(actor: Actor, expectationId: string): Promise<string> {
    const planId = await this.agreement.planOf(
      this.dataSource.manager,
      actor,
      'expectation',
      expectationId,
    );
    const relation = await this.access.planRelation(this.dataSource.manager, actor, planId);
    if (!relation || (!relation.memberId && !relation.isAdmin && !relation.isCounselorOfPlan))
      throw notFound('expectation');
    return planId;
  }

  private async writeVersion(
    manager: EntityManager,
    actor: Actor,
    memberId: string,
    expectation: Expectation,
    version: number,
    text: string,
    reviewOn: string | null,
    now: Date,
  ) {
    await manager.insert(ExpectationVersion, {
      expectationId: expectation.id,
      version,
      text,
      reviewOn,
      authorUserId: actor.userId,
      createdAt: now,
    });
    // Whoever words it stands behind those words.
    await manager.insert(ExpectationAnswer, {
      expectationId: expectation.id,
      version,
      memberId,
      authorUserId: actor.userId,
      decision: 'ACCEPT',
      comment: null,
      createdAt: now,
    });
    await this.settle(manager, expectation);
  }

  /**
   * Recomputes where it stands from every answer (the domain rule). Once everyone accepts a
   * version it becomes the agreed one, and stays in force until a newer one is agreed or all retire it.
   */
  private async settle(
    manager: EntityManager,
    expectation: Expectation,
  ): Promise<ExpectationStatus> {
    const answers = await manager.find(ExpectationAnswer, {
      where: { expectationId: expectation.id },
      order: { id: 'ASC' },
    });
    const current = await manager.findOneByOrFail(Expectation, { id: expectation.id });
    const rule = expectationStatus(
      [current.fromMemberId, current.toMemberId],
      current.currentVersion,
      partyAnswers(answers),
    );
    const agreedVersion = rule === 'AGREED' ? current.currentVersion : current.agreedVersion;
    const status: ExpectationStatus =
      rule === 'RETIRED' ? 'RETIRED' : agreedVersion !== null ? 'AGREED' : 'PROPOSED';
    if (status !== current.status || agreedVersion !== current.agreedVersion)
      await manager.update(Expectation, { id: current.id }, { status, agreedVersion });
    return status;
  }

  /** The expectation, locked, if the member is one of its two parties; otherwise as if it did not exist. */
  private async partyExpectation(
    manager: EntityManager,
    id: string,
    memberId: string,
  ): Promise<Expectation> {
    const expectation = await manager.findOne(Expectation, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (
      !expectation ||
      (expectation.fromMemberId !== memberId && expectation.toMemberId !== memberId)
    )
      throw notFound('expectation');
    return expectation;
  }

  private assertOpen(expectation: Expectation) {
    if (expectation.status === 'RETIRED')
      throw conflict('This expectation was retired by agreement; propose a new one instead.');
  }

  private assertReviewDate(reviewOn: string | undefined, now: Date) {
    if (reviewOn && reviewOn <= now.toISOString().slice(0, 10))
      throw badInput('Choose a review date after today.', 'reviewOn');
  }
}
