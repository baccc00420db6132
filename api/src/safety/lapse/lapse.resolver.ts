import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import {
  AcceptLapsePlanInput,
  CheckStepBackInInput,
  LapsePlanArgs,
  ProposeLapsePlanInput,
  RecordSomethingHappenedInput,
  ResumeAfterLapseInput,
} from './dto/lapse.inputs';
import { LapsePlanModel } from './dto/lapse.model';
import { LapseService } from './lapse.service';

@Resolver(() => LapsePlanModel)
export class LapseResolver {
  constructor(private readonly lapse: LapseService) {}

  @Allow('lapse.read')
  @Query(() => LapsePlanModel, {
    description:
      "The plan's lapse-response plan, every version and who accepted it; what happened within consent",
  })
  lapsePlan(@Args() args: LapsePlanArgs, @Ctx() ctx: RequestContext): Promise<LapsePlanModel> {
    return this.lapse.read(ctx, args.planId);
  }

  @Allow('lapse.manage')
  @Mutation(() => LapsePlanModel, {
    description: 'A new version of the lapse plan; everyone on the plan accepts it',
  })
  proposeLapsePlan(
    @Args('input') input: ProposeLapsePlanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LapsePlanModel> {
    return this.lapse.propose(ctx, input);
  }

  @Allow('lapse.takePart')
  @Mutation(() => LapsePlanModel, { description: 'Accepts a version of the lapse plan' })
  acceptLapsePlan(
    @Args('input') input: AcceptLapsePlanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LapsePlanModel> {
    return this.lapse.accept(ctx, input);
  }

  @Allow('lapse.record')
  @Mutation(() => LapsePlanModel, {
    description: 'Something happened: the agreed steps follow (people told, visits paused)',
  })
  recordSomethingHappened(
    @Args('input') input: RecordSomethingHappenedInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LapsePlanModel> {
    return this.lapse.record(ctx, input);
  }

  @Allow('lapse.manage')
  @Mutation(() => LapsePlanModel, { description: 'Checks off one agreed step back in' })
  checkStepBackIn(
    @Args('input') input: CheckStepBackInInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LapsePlanModel> {
    return this.lapse.checkStep(ctx, input);
  }

  @Allow('lapse.manage')
  @Mutation(() => LapsePlanModel, {
    description: 'Resumes the plan once every step back in is checked off',
  })
  resumeAfterLapse(
    @Args('input') input: ResumeAfterLapseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LapsePlanModel> {
    return this.lapse.resume(ctx, input);
  }
}
