import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContactType, PhaseMoveBlocker, phaseAdvanceBlockers, shiftDay } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService, PlanRelation } from '../../access/access.service';
import { AgreementReader } from '../../agreement/reader/agreement.reader';
import { Actor, RequestOrigin } from '../../platform/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { AppError, badInput, conflict, notFound } from '../../platform/errors';
import { MilestonesService } from '../milestones/milestones.service';
import { PlanMilestone } from '../../planning/plans/plan-milestone.entity';
import { PlanPhase } from '../../planning/plans/plan-phase.entity';
import { Plan } from '../../planning/plans/plan.entity';
import { lockPlan, settleAfterPlanChange } from '../../planning/plans/plan-state';
import { PlansService } from '../../planning/plans/plans.service';
import {
  AnswerPhaseProposalInput,
  AskToPauseInput,
  DecideMilestoneInput,
  PhaseProposalModel,
  ProposeNextPhaseInput,
  StepBackPhaseInput,
} from './dto/phase-move.model';
import { PhaseProposalAnswer } from './phase-proposal-answer.entity';
import { PhaseProposal } from './phase-proposal.entity';

/** What stands in the way, in words a person can act on (never "failed"). */
function blockerMessage(
  blocker: PhaseMoveBlocker,
  context: { achieved: number; total: number; waitUntil: string | null },
): string {
  switch (blocker) {
    case 'MILESTONES_NOT_ACHIEVED':
      return `Not yet: ${context.achieved} of ${context.total} milestones of this phase are achieved.`;
    case 'WAITING_PERIOD':
      return `After the step back, the next try at this phase is possible from ${context.waitUntil}.`;
    case 'CONTRACT_NOT_SIGNED_BY_ALL':
      return 'The next phase allows overnight stays: first everyone on the plan signs the current home contract.';
    case 'PLAN_NOT_ACTIVE':
      return 'The plan is paused; it moves on once it resumes.';
    case 'NO_NEXT_PHASE':
      return 'This is the last phase of the plan.';
  }
}

interface Ladder {
  current: PlanPhase;
  next: PlanPhase | null;
  previous: PlanPhase | null;
  milestones: PlanMilestone[];
}

/**
 * Moving between phases (DESIGN rule 4): the counselor proposes when the milestones are achieved,
 * the patient and every active family member agree, and only then it advances. Stepping back
 * needs the counselor and a reason; anyone on the plan may ask to pause. Nothing earned is erased.
 */
@Injectable()
export class PhaseMovesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly plans: PlansService,
    private readonly milestones: MilestonesService,
    private readonly agreementReader: AgreementReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  propose(
    actor: Actor,
    input: ProposeNextPhaseInput,
    origin: RequestOrigin,
  ): Promise<PhaseProposalModel> {
    return this.locked(input.planId, async (manager) => {
      const relation = await this.access.requirePlan(manager, actor, 'phase.move', input.planId);
      await this.milestones.settle(manager, actor, input.planId);
      const ladder = await this.ladder(manager, input.planId);
      const blockers = await this.blockers(manager, relation, ladder);
      if (blockers.length > 0) throw new AppError('CONFLICT', blockers[0], { blockers });
      if (await manager.existsBy(PhaseProposal, { planId: input.planId, status: 'OPEN' }))
        throw conflict('A move to the next phase is already proposed and waiting for answers.');
      const proposal = await manager.save(
        manager.create(PhaseProposal, {
          planId: input.planId,
          fromPosition: ladder.current.position,
          toPosition: (ladder.next as PlanPhase).position,
          reason: input.reason,
          proposedByUserId: actor.userId,
          status: 'OPEN',
          createdAt: this.clock.now(),
        }),
      );
      await this.plans.recordChange(
        manager,
        actor,
        input.planId,
        'PHASE_PROPOSED',
        {
          proposalId: proposal.id,
          from: proposal.fromPosition,
          to: proposal.toPosition,
          reason: input.reason,
        },
        origin,
      );
      return this.model(manager, actor, relation, proposal);
    });
  }

  /** A member agrees or asks to wait; when the last one agrees and nothing else stands in the way, the plan moves up. */
  async answer(
    actor: Actor,
    input: AnswerPhaseProposalInput,
    origin: RequestOrigin,
  ): Promise<PhaseProposalModel> {
    const [row] = (await this.dataSource.query(
      `SELECT pp.plan_id FROM phase_proposal pp JOIN plan p ON p.id = pp.plan_id WHERE pp.id = $1 AND p.organization_id = $2`,
      [input.proposalId, actor.organizationId],
    )) as { plan_id: string }[];
    if (!row) throw notFound('proposal');
    return this.locked(row.plan_id, async (manager) => {
      const relation = await this.access
        .requirePlan(manager, actor, 'phase.answer', row.plan_id)
        .catch(() => {
          throw notFound('proposal');
        });
      const proposal = await manager.findOneByOrFail(PhaseProposal, { id: input.proposalId });
      if (proposal.status !== 'OPEN') throw conflict('This proposal has already been settled.');
      if (!input.agree && !input.comment)
        throw badInput(
          'Say a few words about what you would like to wait for, so everyone can understand.',
          'comment',
        );
      const now = this.clock.now();
      await manager.insert(PhaseProposalAnswer, {
        proposalId: proposal.id,
        memberId: relation.memberId as string,
        authorUserId: actor.userId,
        agree: input.agree,
        comment: input.comment ?? null,
        createdAt: now,
      });
      await this.plans.recordChange(
        manager,
        actor,
        row.plan_id,
        input.agree ? 'PHASE_AGREED' : 'PHASE_WAIT_ASKED',
        { proposalId: proposal.id, reason: input.comment ?? null },
        origin,
      );
      const model = await this.model(manager, actor, relation, proposal);
      if (model.waitingFor.length === 0 && model.blockers.length === 0) {
        await this.advance(manager, actor, proposal, model, origin);
        return this.model(manager, actor, relation, { ...proposal, status: 'ADVANCED' });
      }
      return model;
    });
  }

  stepBack(actor: Actor, input: StepBackPhaseInput, origin: RequestOrigin): Promise<boolean> {
    return this.locked(input.planId, async (manager) => {
      const relation = await this.access.requirePlan(manager, actor, 'phase.move', input.planId);
      if (relation.status === 'CLOSED' || relation.status === 'COMPLETED')
        throw conflict('This plan is closed.');
      const ladder = await this.ladder(manager, input.planId);
      if (!ladder.previous)
        throw conflict('The plan is at its first phase; there is no phase to step back to.');
      const now = this.clock.now();
      const waitUntil =
        input.waitDays > 0
          ? shiftDay(await this.today(manager, input.planId), -input.waitDays)
          : null;
      await manager.update(PlanPhase, { id: ladder.current.id }, { status: 'LOCKED', waitUntil });
      await manager.update(
        PlanPhase,
        { id: ladder.previous.id },
        { status: 'CURRENT', startedAt: now, completedAt: null },
      );
      await manager.update(
        PhaseProposal,
        { planId: input.planId, status: 'OPEN' },
        { status: 'WITHDRAWN', closedAt: now },
      );
      // Upcoming visits the earlier phase does not allow are cancelled.
      const settled = await settleAfterPlanChange(manager, input.planId, now);
      await this.plans.recordChange(
        manager,
        actor,
        input.planId,
        'PHASE_STEPPED_BACK',
        {
          from: ladder.current.position,
          to: ladder.previous.position,
          fromName: ladder.current.name,
          toName: ladder.previous.name,
          reason: input.reason,
          waitUntil,
          ...settled,
        },
        origin,
      );
      return true;
    });
  }

  /** Anyone on the plan may ask for a pause; it takes effect at once and the counselor resumes it with them. */
  askToPause(actor: Actor, input: AskToPauseInput, origin: RequestOrigin): Promise<boolean> {
    return this.locked(input.planId, async (manager) => {
      await this.access.requirePlan(manager, actor, 'plan.askPause', input.planId);
      if ((await lockPlan(manager, input.planId)) !== 'ACTIVE')
        throw conflict('The plan is not active right now, so there is nothing to pause.');
      // No pressure: asking needs no reason, and the plan's words do not single anyone out.
      const reason = input.reason ?? 'A pause was asked for by someone on the plan.';
      await manager.update(Plan, { id: input.planId }, { status: 'PAUSED', statusReason: reason });
      const settled = await settleAfterPlanChange(manager, input.planId, this.clock.now());
      await this.plans.recordChange(
        manager,
        actor,
        input.planId,
        'PLAN_PAUSED',
        { reason, askedByMember: true, ...settled },
        origin,
      );
      return true;
    });
  }

  /** Staff verify a manual milestone or waive any milestone with a reason; either way it counts as achieved. */
  async decideMilestone(
    actor: Actor,
    input: DecideMilestoneInput,
    origin: RequestOrigin,
  ): Promise<boolean> {
    const [row] = (await this.dataSource.query(
      `SELECT ph.plan_id FROM plan_milestone m JOIN plan_phase ph ON ph.id = m.phase_id JOIN plan p ON p.id = ph.plan_id WHERE m.id = $1 AND p.organization_id = $2`,
      [input.milestoneId, actor.organizationId],
    )) as { plan_id: string }[];
    if (!row) throw notFound('milestone');
    return this.locked(row.plan_id, async (manager) => {
      await this.access.requirePlan(manager, actor, 'milestone.decide', row.plan_id).catch(() => {
        throw notFound('milestone');
      });
      const milestone = await manager.findOneByOrFail(PlanMilestone, { id: input.milestoneId });
      if (milestone.achievedAt) throw conflict('This milestone is already achieved.');
      if (input.decision === 'VERIFY' && milestone.kind !== 'MANUAL')
        throw badInput(
          'Only a manual milestone is verified by hand; this one is measured from the record (it can be waived with a reason).',
          'decision',
        );
      if (input.decision === 'WAIVE' && !input.reason)
        throw badInput('Give the reason for waiving it; the family will read it.', 'reason');
      await manager.update(
        PlanMilestone,
        { id: milestone.id },
        {
          status: 'ACHIEVED',
          achievedAt: this.clock.now(),
          decidedByUserId: actor.userId,
          waivedReason: input.decision === 'WAIVE' ? (input.reason as string) : null,
        },
      );
      await this.plans.recordChange(
        manager,
        actor,
        row.plan_id,
        input.decision === 'VERIFY' ? 'MILESTONE_VERIFIED' : 'MILESTONE_WAIVED',
        {
          milestoneId: milestone.id,
          title: milestone.title,
          reason: input.reason ?? null,
        },
        origin,
      );
      return true;
    });
  }

  /** The open proposal of a plan, if any, for staff and the plan's members. */
  async open(actor: Actor, planId: string): Promise<PhaseProposalModel | null> {
    const manager = this.dataSource.manager;
    const relation = await this.access.requirePlan(manager, actor, 'trackRecord.read', planId);
    const proposal = await manager.findOneBy(PhaseProposal, { planId, status: 'OPEN' });
    return proposal ? this.model(manager, actor, relation, proposal) : null;
  }

  private async advance(
    manager: EntityManager,
    actor: Actor,
    proposal: PhaseProposal,
    model: PhaseProposalModel,
    origin: RequestOrigin,
  ): Promise<void> {
    const ladder = await this.ladder(manager, proposal.planId);
    const now = this.clock.now();
    await manager.update(
      PlanPhase,
      { id: ladder.current.id },
      { status: 'DONE', completedAt: now },
    );
    await manager.update(
      PlanPhase,
      { id: (ladder.next as PlanPhase).id },
      { status: 'CURRENT', startedAt: now, waitUntil: null },
    );
    await manager.update(PhaseProposal, { id: proposal.id }, { status: 'ADVANCED', closedAt: now });
    await this.plans.recordChange(
      manager,
      actor,
      proposal.planId,
      'PHASE_ADVANCED',
      {
        proposalId: proposal.id,
        from: proposal.fromPosition,
        to: proposal.toPosition,
        fromName: ladder.current.name,
        toName: ladder.next?.name,
        reason: proposal.reason,
        agreedBy: model.answers.filter((a) => a.agree).map((a) => a.displayName),
      },
      origin,
    );
  }

  private async model(
    manager: EntityManager,
    actor: Actor,
    relation: PlanRelation,
    proposal: PhaseProposal,
  ): Promise<PhaseProposalModel> {
    const answers = (await manager.query(
      `SELECT DISTINCT ON (a.member_id) a.member_id, m.display_name, a.agree, a.comment, a.created_at
         FROM phase_proposal_answer a JOIN plan_member m ON m.id = a.member_id
        WHERE a.proposal_id = $1 ORDER BY a.member_id, a.id DESC`,
      [proposal.id],
    )) as {
      member_id: string;
      display_name: string;
      agree: boolean;
      comment: string | null;
      created_at: Date;
    }[];
    const active = (await manager.query(
      `SELECT id, display_name FROM plan_member WHERE plan_id = $1 AND status = 'ACTIVE' AND kind IN ('PATIENT', 'FAMILY') ORDER BY kind = 'PATIENT' DESC, added_at, id`,
      [proposal.planId],
    )) as { id: string; display_name: string }[];
    const [extra] = (await manager.query(
      `SELECT ph.name AS to_name, u.display_name AS proposed_by FROM plan_phase ph, app_user u WHERE ph.plan_id = $1 AND ph.position = $2 AND u.id = $3`,
      [proposal.planId, proposal.toPosition, proposal.proposedByUserId],
    )) as { to_name: string; proposed_by: string }[];
    const agreed = new Set(answers.filter((a) => a.agree).map((a) => a.member_id));
    const waitingFor = active.filter((m) => !agreed.has(m.id));
    const blockers =
      proposal.status === 'OPEN'
        ? await this.blockers(manager, relation, await this.ladder(manager, proposal.planId))
        : [];
    return {
      id: proposal.id,
      planId: proposal.planId,
      fromPosition: proposal.fromPosition,
      toPosition: proposal.toPosition,
      toPhaseName: extra.to_name,
      reason: proposal.reason,
      proposedByName: extra.proposed_by,
      status: proposal.status,
      createdAt: proposal.createdAt,
      // In the plan's order of people (the patient first), so "who agreed" reads the same way each time.
      answers: answers
        .sort(
          (x, y) =>
            active.findIndex((m) => m.id === x.member_id) -
            active.findIndex((m) => m.id === y.member_id),
        )
        .map((a) => ({
          memberId: a.member_id,
          displayName: a.display_name,
          agree: a.agree,
          comment: a.comment,
          answeredAt: a.created_at,
        })),
      waitingFor: waitingFor.map((m) => m.display_name),
      awaitingMyAnswer:
        proposal.status === 'OPEN' && waitingFor.some((m) => m.id === relation.memberId),
      blockers,
    };
  }

  private async blockers(
    manager: EntityManager,
    relation: PlanRelation,
    ladder: Ladder,
  ): Promise<string[]> {
    const achieved = ladder.milestones.filter((m) => m.achievedAt).length;
    const contractSigned = await this.agreementReader.contractSignedByAllActiveMembers(
      manager,
      relation.planId,
    );
    const [plan] = (await manager.query('SELECT status FROM plan WHERE id = $1', [
      relation.planId,
    ])) as { status: string }[];
    const blockers = phaseAdvanceBlockers({
      planStatus: plan.status,
      nextPhase: ladder.next && {
        contactTypes: ladder.next.contactTypes as ContactType[],
        waitUntil: ladder.next.waitUntil,
      },
      milestonesAchieved: achieved === ladder.milestones.length,
      contractSignedByAllActiveMembers: contractSigned,
      today: await this.today(manager, relation.planId),
    });
    return blockers.map((b) =>
      blockerMessage(b, {
        achieved,
        total: ladder.milestones.length,
        waitUntil: ladder.next?.waitUntil ?? null,
      }),
    );
  }

  private async ladder(manager: EntityManager, planId: string): Promise<Ladder> {
    const phases = await manager.find(PlanPhase, { where: { planId }, order: { position: 'ASC' } });
    const index = phases.findIndex((p) => p.status === 'CURRENT');
    if (index < 0) throw conflict('This plan has no current phase.');
    const milestones = await manager.findBy(PlanMilestone, { phaseId: phases[index].id });
    return {
      current: phases[index],
      next: phases[index + 1] ?? null,
      previous: phases[index - 1] ?? null,
      milestones,
    };
  }

  private async today(manager: EntityManager, planId: string): Promise<string> {
    return (await this.milestones.planDay(manager, planId)).today;
  }

  /** One change to a plan's state at a time (the plan row is locked), in one transaction. */
  private locked<T>(planId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await lockPlan(manager, planId);
      return work(manager);
    });
  }
}
