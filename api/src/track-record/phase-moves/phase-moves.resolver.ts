import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { PlanIdArgs } from '../visits/dto/visit.model';
import {
  AnswerPhaseProposalInput,
  AskToPauseInput,
  DecideMilestoneInput,
  PhaseProposalModel,
  ProposeNextPhaseInput,
  StepBackPhaseInput,
} from './dto/phase-move.model';
import { PhaseMovesService } from './phase-moves.service';

@Resolver(() => PhaseProposalModel)
export class PhaseMovesResolver {
  constructor(private readonly moves: PhaseMovesService) {}

  @Allow('phase.move')
  @Mutation(() => PhaseProposalModel, {
    description: "The counselor proposes the next phase once this phase's milestones are achieved",
  })
  proposeNextPhase(
    @Args('input') input: ProposeNextPhaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PhaseProposalModel> {
    return this.moves.propose(ctx, input);
  }

  @Allow('phase.answer')
  @Mutation(() => PhaseProposalModel, {
    description:
      'The patient or a family member agrees, or asks to wait with a comment; the last agreement moves the plan up',
  })
  answerPhaseProposal(
    @Args('input') input: AnswerPhaseProposalInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PhaseProposalModel> {
    return this.moves.answer(ctx, input);
  }

  @Allow('phase.move')
  @Mutation(() => Boolean, {
    description:
      'The counselor steps back a phase with a reason, and may set a wait before the next try; nothing earned is erased',
  })
  stepBackPhase(
    @Args('input') input: StepBackPhaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.moves.stepBack(ctx, input);
  }

  @Allow('plan.askPause')
  @Mutation(() => Boolean, {
    description: 'Anyone on the plan may ask for a pause; it takes effect at once',
  })
  askToPause(@Args('input') input: AskToPauseInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.moves.askToPause(ctx, input);
  }

  @Allow('milestone.decide')
  @Mutation(() => Boolean, {
    description: 'Staff verify a manual milestone, or waive one with a reason',
  })
  decideMilestone(
    @Args('input') input: DecideMilestoneInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.moves.decideMilestone(ctx, input);
  }

  @Allow('trackRecord.read')
  @Query(() => PhaseProposalModel, {
    nullable: true,
    description: 'The open proposal to move up a phase, if there is one',
  })
  phaseProposal(
    @Args() { planId }: PlanIdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<PhaseProposalModel | null> {
    return this.moves.open(ctx, planId);
  }
}
