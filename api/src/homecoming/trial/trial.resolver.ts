import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import {
  HomecomingTrialArgs,
  PublishTrialConditionsInput,
  ReviewTrialInput,
  SayHowHomeIsInput,
  SignTrialConditionsInput,
} from './dto/trial.inputs';
import { HomecomingTrialModel } from './dto/trial.model';
import { TrialService } from './trial.service';

/** The trial homecoming: conditions everyone signs, a weekly "how is home?", the counselor's reviews. */
@Resolver(() => HomecomingTrialModel)
export class TrialResolver {
  constructor(private readonly service: TrialService) {}

  @Allow('trial.read')
  @Query(() => HomecomingTrialModel, {
    nullable: true,
    description:
      "The plan's latest trial homecoming as the reader may see it; null before Homecoming",
  })
  homecomingTrial(
    @Args() { planId }: HomecomingTrialArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<HomecomingTrialModel | null> {
    return this.service.read(ctx, planId);
  }

  @Allow('trial.manage')
  @Mutation(() => HomecomingTrialModel, {
    description: 'The counselor publishes the conditions and days as a new version everyone signs',
  })
  publishTrialConditions(
    @Args('input') input: PublishTrialConditionsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HomecomingTrialModel> {
    return this.service.publish(ctx, input);
  }

  @Allow('trial.takePart')
  @Mutation(() => HomecomingTrialModel, {
    description: 'A member signs the current version of the conditions with their typed full name',
  })
  signTrialConditions(
    @Args('input') input: SignTrialConditionsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HomecomingTrialModel> {
    return this.service.sign(ctx, input);
  }

  @Allow('trial.takePart')
  @Mutation(() => HomecomingTrialModel, {
    description: "A member says how home is this week (once a week): theirs and staff's to read",
  })
  sayHowHomeIs(
    @Args('input') input: SayHowHomeIsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HomecomingTrialModel> {
    return this.service.sayHowHomeIs(ctx, input);
  }

  @Allow('trial.manage')
  @Mutation(() => HomecomingTrialModel, {
    description:
      'The review on a review day: continue, extend, or step back a phase with kind words',
  })
  reviewTrial(
    @Args('input') input: ReviewTrialInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HomecomingTrialModel> {
    return this.service.review(ctx, input);
  }
}
