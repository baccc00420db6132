import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import { IdArgs } from '../../platform/id.args';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { invalid } from '../../platform/validation-error';
import { AmendsService } from './amends.service';
import {
  AmendsModel,
  ChooseAmendsInput,
  PrepareAmendsInput,
  ReplyToAmendsInput,
} from './dto/amends.model';

@ArgsType()
class PlanAmendsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

/** Amends: prepared by the patient with the counselor, offered, received or "not now". */
@Resolver(() => AmendsModel)
export class AmendsResolver {
  constructor(private readonly service: AmendsService) {}

  @Allow('amends.read')
  @Query(() => [AmendsModel], {
    description: "The plan's amends the reader may see (a plan holds a handful), newest first",
  })
  amends(@Args() { planId }: PlanAmendsArgs, @Ctx() ctx: RequestContext): Promise<AmendsModel[]> {
    return this.service.ofPlan(ctx, planId);
  }

  @Allow('amends.prepare')
  @Mutation(() => AmendsModel, { description: 'The patient prepares an amends to one person' })
  prepareAmends(
    @Args('input') input: PrepareAmendsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AmendsModel> {
    return this.service.prepare(ctx, input);
  }

  @Allow('amends.review')
  @Mutation(() => AmendsModel, {
    description: 'The counselor has reviewed it with the patient: it is offered to its recipient',
  })
  reviewAmends(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<AmendsModel> {
    return this.service.review(ctx, id);
  }

  @Allow('amends.answer')
  @Mutation(() => AmendsModel, { description: 'The recipient receives it, or chooses not now' })
  chooseAmends(
    @Args('input') input: ChooseAmendsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AmendsModel> {
    return this.service.choose(ctx, input);
  }

  @Allow('amends.answer')
  @Mutation(() => AmendsModel, {
    description: 'An optional reply, once; it may be kept for staff only',
  })
  replyToAmends(
    @Args('input') input: ReplyToAmendsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AmendsModel> {
    return this.service.reply(ctx, input);
  }
}
