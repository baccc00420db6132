import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { invalid } from '../../platform/validation-error';
import { ClosingSummaryService } from './closing-summary.service';
import {
  ClosingSummaryModel,
  CompletePlanInput,
  ReviseClosingWordsInput,
} from './dto/closing-summary.model';

@ArgsType()
class PlanClosingArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

/** Completing a plan from aftercare, and the closing summary everyone on it receives. */
@Resolver(() => ClosingSummaryModel)
export class ClosingSummaryResolver {
  constructor(private readonly service: ClosingSummaryService) {}

  @Allow('trackRecord.read')
  @Query(() => ClosingSummaryModel, {
    description: "A completed plan's closing summary, as the reader may see it",
  })
  closingSummary(
    @Args() { planId }: PlanClosingArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ClosingSummaryModel> {
    return this.service.read(ctx, planId);
  }

  @Allow('plan.manage')
  @Mutation(() => ClosingSummaryModel, {
    description:
      'The counselor completes the plan from its aftercare phase, with closing words: everyone receives the summary',
  })
  completePlan(
    @Args('input') input: CompletePlanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ClosingSummaryModel> {
    return this.service.complete(ctx, input);
  }

  @Allow('plan.manage')
  @Mutation(() => ClosingSummaryModel, {
    description:
      "The counselor revises a completed plan's closing words (a new version, the earlier kept)",
  })
  reviseClosingWords(
    @Args('input') input: ReviseClosingWordsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ClosingSummaryModel> {
    return this.service.reviseWords(ctx, input);
  }
}
