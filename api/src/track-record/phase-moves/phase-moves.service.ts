import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  allowsOvernight,
  describeReason,
  localizedDefaultText,
  PhaseMoveBlocker,
  phaseAdvanceBlockers,
  shiftDay,
} from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { AccessService, ownPlace, PlanRelation } from '../../access/access.service';
import { AgreementReader } from '../../agreement/reader/agreement.reader';
import { DomainEvent, PlanChange } from '../../plan-changes/plan-change';
import { PlanChanges } from '../../plan-changes/plan-changes.service';
import { DomainError, notFound, orNotFound } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { PlansService } from '../../planning/plans/plans.service';
import { MilestonesService } from '../milestones/milestones.service';
import {
  AnswerPhaseProposalInput,
  AskToPauseInput,
  DecideMilestoneInput,
  PhaseProposalModel,
  ProposeNextPhaseInput,
  StepBackPhaseInput,
} from './dto/phase-move.model';
import { Ladder, PhaseMovesReader } from './phase-moves.reader';
import { PhaseProposalsRepository } from './phase-moves.repository';
import { PhaseProposal } from './phase-proposal.entity';

/** What stands in the way of moving up, as a reason from the catalog and the params its words need. */
type Blocker =
  | { reason: 'PHASE_MOVE_PLAN_NOT_ACTIVE'; params: Record<never, never> }
  | { reason: 'PHASE_MOVE_NO_NEXT_PHASE'; params: Record<never, never> }
  | { reason: 'PHASE_MOVE_CONTRACT_NOT_SIGNED'; params: Record<never, never> }
  | { reason: 'PHASE_MOVE_MILESTONES_NOT_ACHIEVED'; params: { achieved: number; total: number } }
  | { reason: 'PHASE_MOVE_WAITING_PERIOD'; params: { waitUntil: string } };

function blockerOf(blocker: PhaseMoveBlocker, ladder: Ladder): Blocker {
  switch (blocker) {
    case 'PLAN_NOT_ACTIVE':
      return { reason: 'PHASE_MOVE_PLAN_NOT_ACTIVE', params: {} };
    case 'NO_NEXT_PHASE':
      return { reason: 'PHASE_MOVE_NO_NEXT_PHASE', params: {} };
    case 'CONTRACT_NOT_SIGNED_BY_ALL':
      return { reason: 'PHASE_MOVE_CONTRACT_NOT_SIGNED', params: {} };
    case 'MILESTONES_NOT_ACHIEVED':
      return { reason: 'PHASE_MOVE_MILESTONES_NOT_ACHIEVED', params: ladder.milestones };
    case 'WAITING_PERIOD':
      return {
        reason: 'PHASE_MOVE_WAITING_PERIOD',
        params: { waitUntil: ladder.next?.waitUntil ?? '' },
      };
  }
}

/** A refusal to move up: the first blocker is the reason, and every one travels as data. */
function blocked([first, ...rest]: Blocker[]): DomainError {
  const details = { blockers: [first, ...rest] };
  switch (first.reason) {
    case 'PHASE_MOVE_MILESTONES_NOT_ACHIEVED':
      return new DomainError(first.reason, first.params, details);
    case 'PHASE_MOVE_WAITING_PERIOD':
      return new DomainError(first.reason, first.params, details);
    default:
      return new DomainError(first.reason, {}, details);
  }
}

/** A line in the plan's history, written as PlansService.recordChange wrote it. */
function planEvent(planId: string, kind: string, details: Record<string, unknown>): DomainEvent {
  return {
    type: `plan.${kind.toLowerCase()}`,
    recordType: 'plan',
    recordId: planId,
    details,
    history: { kind, details },
  };
}

/**
 * Moving between phases (DESIGN rule 4): the counselor proposes when the milestones are achieved,
 * the patient and every active family member agree, and only then it advances. Stepping back
 * needs the counselor and a reason; anyone on the plan may ask to pause. Nothing earned is erased.
 */
@Injectable()
export class PhaseMovesService implements OnModuleInit {
  constructor(
    private readonly access: AccessService,
    private readonly planChanges: PlanChanges,
    private readonly plans: PlansService,
    private readonly milestones: MilestonesService,
    private readonly agreementReader: AgreementReader,
    private readonly proposals: PhaseProposalsRepository,
    private readonly reader: PhaseMovesReader,
  ) {}

  /** While a plan is not active (paused, closed), nobody is asked to agree to moving up. */
  onModuleInit(): void {
    this.planChanges.follow({ followChange: (change) => this.withdrawWhileNotActive(change) });
  }

  /** Withdraws the open proposal of a plan that is not active; names it when there was one. */
  async withdrawWhileNotActive({
    manager,
    planId,
    now,
  }: PlanChange): Promise<{ withdrawnProposalIds: string[] } | undefined> {
    const { status } = await this.plans.planState(manager, planId);
    if (status === 'ACTIVE') return undefined;
    const withdrawnProposalIds = await this.proposals.withdrawOpen(manager, planId, now);
    return withdrawnProposalIds.length > 0 ? { withdrawnProposalIds } : undefined;
  }

  propose(ctx: RequestContext, input: ProposeNextPhaseInput): Promise<PhaseProposalModel> {
    return this.planChanges.run(
      ctx,
      input.planId,
      async (change) => {
        const { manager, actor, relation, now } = change;
        // What the record reached counts before deciding.
        await this.milestones.settle(change);
        const ladder = await this.ladder(manager, input.planId);
        const blockers = await this.blockers(manager, input.planId, relation.status, ladder);
        if (blockers.length > 0) throw blocked(blockers);
        if (await this.proposals.open(manager, input.planId))
          throw new DomainError('PHASE_PROPOSAL_ALREADY_OPEN');
        const proposal = await this.proposals.insert(manager, {
          planId: input.planId,
          fromPosition: ladder.current.position,
          toPosition: (ladder.next as Ladder['current']).position,
          reason: input.reason,
          proposedByUserId: actor.userId,
          createdAt: now,
        });
        return {
          event: planEvent(input.planId, 'PHASE_PROPOSED', {
            proposalId: proposal.id,
            from: proposal.fromPosition,
            to: proposal.toPosition,
            reason: input.reason,
          }),
          answer: () => this.model(change.ctx, relation, proposal),
        };
      },
      // A plan that is not active answers with its blocker, as every other reason to wait.
      { whenClosed: null },
    );
  }

  /** A member agrees or asks to wait; when the last one agrees and nothing else stands in the way, the plan moves up. */
  async answer(ctx: RequestContext, input: AnswerPhaseProposalInput): Promise<PhaseProposalModel> {
    const planId = await this.proposals.planOf(ctx.manager, input.proposalId);
    if (!planId) throw notFound('proposal');
    const work = async (change: PlanChange) => {
      const { manager, actor, relation, now } = change;
      const proposal = await this.proposals.byId(manager, input.proposalId);
      if (!proposal) throw notFound('proposal');
      if (proposal.status !== 'OPEN') throw new DomainError('PHASE_PROPOSAL_SETTLED');
      if (!input.agree && !input.comment)
        throw new DomainError('PHASE_WAIT_NEEDS_WORDS', {}, { field: 'comment' });
      await this.proposals.addAnswer(manager, {
        proposalId: proposal.id,
        memberId: ownPlace(relation),
        authorUserId: actor.userId,
        agree: input.agree,
        comment: input.comment ?? null,
        createdAt: now,
      });
      const event = planEvent(planId, input.agree ? 'PHASE_AGREED' : 'PHASE_WAIT_ASKED', {
        proposalId: proposal.id,
        reason: input.comment ?? null,
      });
      const model = await this.model(change.ctx, relation, proposal);
      if (model.waitingFor.length > 0 || model.blockers.length > 0)
        return { event, answer: async () => model };
      const advanced = await this.advance(change, proposal, model);
      return {
        event,
        also: [advanced],
        answer: () => this.model(change.ctx, relation, { ...proposal, status: 'ADVANCED' }),
      };
    };
    return orNotFound('proposal', this.planChanges.run(ctx, planId, work, { whenClosed: null }));
  }

  stepBack(ctx: RequestContext, input: StepBackPhaseInput): Promise<boolean> {
    return this.planChanges.run(
      ctx,
      input.planId,
      async (change) => ({
        event: await this.stepBackWithin(change, input.reason, input.waitDays),
        answer: async () => true,
      }),
      { whenClosed: 'PHASE_STEP_BACK_PLAN_CLOSED' },
    );
  }

  /**
   * Steps the plan back a phase inside a change already under way (the step back itself, or a
   * trial homecoming's review), so the review and the move are one transaction and one history.
   */
  async stepBackWithin(
    { manager, planId, now }: PlanChange,
    reason: string,
    waitDays: number,
  ): Promise<DomainEvent> {
    const ladder = await this.ladder(manager, planId);
    const previous = ladder.previous;
    if (!previous) throw new DomainError('PHASE_STEP_BACK_AT_FIRST');
    const waitUntil = waitDays > 0 ? shiftDay(await this.today(manager, planId), -waitDays) : null;
    await this.plans.stepBackPhase(manager, {
      currentId: ladder.current.id,
      previousId: previous.id,
      waitUntil,
      at: now,
    });
    // A pending move up no longer stands: the plan is on another phase now.
    const withdrawn = await this.proposals.withdrawOpen(manager, planId, now);
    const event = planEvent(planId, 'PHASE_STEPPED_BACK', {
      from: ladder.current.position,
      to: previous.position,
      fromName: ladder.current.name,
      toName: previous.name,
      reason,
      waitUntil,
    });
    if (withdrawn.length > 0) event.details = { ...event.details, withdrawnProposalIds: withdrawn };
    return event;
  }

  /** The plan's current phase (id, position, stage), for what reaching a stage starts; null without one. */
  async currentPhase(manager: EntityManager, planId: string) {
    const ladder = await this.reader.ladder(manager, planId);
    return ladder
      ? {
          id: ladder.current.id,
          position: ladder.current.position,
          stage: ladder.current.stage,
          name: ladder.current.name,
        }
      : null;
  }

  /** Anyone on the plan may ask for a pause; it takes effect at once and the counselor resumes it with them. */
  askToPause(ctx: RequestContext, input: AskToPauseInput): Promise<boolean> {
    return this.planChanges.run(
      ctx,
      input.planId,
      async ({ manager }) => {
        // No pressure: asking needs no reason, and the plan's words do not single anyone out.
        const reason = input.reason ?? 'A pause was asked for by someone on the plan.';
        await this.plans.pause(manager, input.planId, reason);
        return {
          event: planEvent(input.planId, 'PLAN_PAUSED', { reason, askedByMember: true }),
          answer: async () => true,
        };
      },
      { whenClosed: 'PAUSE_PLAN_NOT_ACTIVE', whenNotActive: 'PAUSE_PLAN_NOT_ACTIVE' },
    );
  }

  /** Staff verify a manual milestone or waive any milestone with a reason; either way it counts as achieved. */
  async decideMilestone(ctx: RequestContext, input: DecideMilestoneInput): Promise<boolean> {
    const planId = await this.milestones.planOf(ctx.manager, input.milestoneId);
    if (!planId) throw notFound('milestone');
    return orNotFound(
      'milestone',
      this.planChanges.run(
        ctx,
        planId,
        async (change) => ({
          event: await this.milestones.decide(change, input),
          answer: async () => true,
        }),
        { whenClosed: null },
      ),
    );
  }

  /** The open proposal of a plan, if any, for staff and the plan's members. */
  async open(ctx: RequestContext, planId: string): Promise<PhaseProposalModel | null> {
    const relation = await this.access.requirePlan(
      ctx.manager,
      ctx.signedIn,
      'trackRecord.read',
      planId,
    );
    const proposal = await this.proposals.open(ctx.manager, planId);
    return proposal ? this.model(ctx, relation, proposal) : null;
  }

  /** Everyone agreed and nothing stands in the way: the plan moves up, in the same change. */
  private async advance(
    { manager, planId, now }: PlanChange,
    proposal: PhaseProposal,
    model: PhaseProposalModel,
  ): Promise<DomainEvent> {
    const ladder = await this.ladder(manager, planId);
    const next = ladder.next as Ladder['current'];
    await this.plans.advancePhase(manager, {
      currentId: ladder.current.id,
      nextId: next.id,
      at: now,
    });
    await this.proposals.advanced(manager, proposal.id, now);
    return planEvent(planId, 'PHASE_ADVANCED', {
      proposalId: proposal.id,
      from: proposal.fromPosition,
      to: proposal.toPosition,
      fromName: ladder.current.name,
      toName: next.name,
      reason: proposal.reason,
      agreedBy: model.answers.filter((a) => a.agree).map((a) => a.displayName),
    });
  }

  private async model(
    ctx: RequestContext,
    relation: PlanRelation,
    proposal: PhaseProposal,
  ): Promise<PhaseProposalModel> {
    const { manager } = ctx;
    const answers = await this.reader.answers(manager, proposal.id);
    const asked = await this.reader.asked(manager, proposal.planId);
    const names = await this.reader.names(
      manager,
      proposal.planId,
      proposal.toPosition,
      proposal.proposedByUserId,
    );
    const agreed = new Set(answers.filter((a) => a.agree).map((a) => a.memberId));
    const waitingFor = asked.filter((m) => !agreed.has(m.id));
    // What stands in the way is read only while the proposal is open.
    const ladder = proposal.status === 'OPEN' ? await this.ladder(manager, proposal.planId) : null;
    const blockers = ladder
      ? await this.blockers(
          manager,
          proposal.planId,
          (await this.plans.planState(manager, proposal.planId)).status,
          ladder,
        )
      : [];
    const order = (memberId: string) => asked.findIndex((m) => m.id === memberId);
    return {
      id: proposal.id,
      planId: proposal.planId,
      fromPosition: proposal.fromPosition,
      toPosition: proposal.toPosition,
      toPhaseName: localizedDefaultText(names.toName, ctx.language),
      reason: proposal.reason,
      proposedByName: names.proposedBy,
      status: proposal.status,
      createdAt: proposal.createdAt,
      // In the plan's order of people (the patient first), so "who agreed" reads the same way each time.
      answers: answers
        .sort((x, y) => order(x.memberId) - order(y.memberId))
        .map((a) => ({
          memberId: a.memberId,
          displayName: a.displayName,
          agree: a.agree,
          comment: a.comment,
          answeredAt: a.createdAt,
        })),
      waitingFor: waitingFor.map((m) => m.displayName),
      awaitingMyAnswer:
        proposal.status === 'OPEN' && waitingFor.some((m) => m.id === relation.memberId),
      blockers: blockers.map((b) => describeReason(b.reason, b.params, ctx.language)),
      blockerReasons: blockers.map((b) => b.reason),
      milestonesAchieved: ladder?.milestones.achieved ?? null,
      milestonesTotal: ladder?.milestones.total ?? null,
      waitUntil: ladder?.next?.waitUntil ?? null,
    };
  }

  /** Everything that keeps the plan from moving up now, in the order to see to it. */
  private async blockers(
    manager: EntityManager,
    planId: string,
    planStatus: string,
    ladder: Ladder,
  ): Promise<Blocker[]> {
    const next = ladder.next;
    // The home contract matters only for a phase with nights at home.
    const contractSigned =
      next && allowsOvernight(next.contactTypes)
        ? await this.contractSignedByAll(manager, planId)
        : false;
    return phaseAdvanceBlockers({
      planStatus,
      nextPhase: next && { contactTypes: next.contactTypes, waitUntil: next.waitUntil },
      milestonesAchieved: ladder.milestones.achieved === ladder.milestones.total,
      contractSignedByAllActiveMembers: contractSigned,
      today: await this.today(manager, planId),
    }).map((b) => blockerOf(b, ladder));
  }

  private contractSignedByAll(manager: EntityManager, planId: string): Promise<boolean> {
    return this.agreementReader.contractSignedByAllActiveMembers(manager, planId);
  }

  private async ladder(manager: EntityManager, planId: string): Promise<Ladder> {
    const ladder = await this.reader.ladder(manager, planId);
    if (!ladder) throw new DomainError('PHASE_NO_CURRENT');
    return ladder;
  }

  private async today(manager: EntityManager, planId: string): Promise<string> {
    return (await this.milestones.planDay(manager, planId)).today;
  }
}
