import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { ConcernsService } from './concerns.service';
import {
  CloseConcernInput,
  CommentOnConcernInput,
  ConcernArgs,
  ConcernQueueArgs,
  ConcernsArgs,
  OpenConcernDiscussionInput,
  PauseVisitsForConcernInput,
  RaiseConcernInput,
  ReviewConcernInput,
} from './dto/concern.inputs';
import { ConcernModel, ConcernQueueItemModel } from './dto/concern.model';

@Resolver(() => ConcernModel)
export class ConcernsResolver {
  constructor(private readonly service: ConcernsService) {}

  @Allow('concern.raise')
  @Mutation(() => ConcernModel, {
    description:
      'Something is not right: staff see it first; the people it is about only after review',
  })
  raiseConcern(
    @Args('input') input: RaiseConcernInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernModel> {
    return this.service.raise(ctx, input);
  }

  @Allow('concern.manage')
  @Mutation(() => ConcernModel, {
    description: 'Staff review a concern and frame it in their words; each framing is kept',
  })
  reviewConcern(
    @Args('input') input: ReviewConcernInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernModel> {
    return this.service.review(ctx, input);
  }

  @Allow('concern.manage')
  @Mutation(() => ConcernModel, {
    description: 'Brings the people involved into a conversation on a reviewed concern',
  })
  openConcernDiscussion(
    @Args('input') input: OpenConcernDiscussionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernModel> {
    return this.service.openDiscussion(ctx, input);
  }

  @Allow('concern.takePart')
  @Mutation(() => ConcernModel, { description: "A word in a concern's conversation" })
  commentOnConcern(
    @Args('input') input: CommentOnConcernInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernModel> {
    return this.service.comment(ctx, input);
  }

  @Allow('concern.manage')
  @Mutation(() => ConcernModel, { description: 'Closes a concern with a kind reason; it is kept' })
  closeConcern(
    @Args('input') input: CloseConcernInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernModel> {
    return this.service.close(ctx, input);
  }

  @Allow('concern.manage')
  @Mutation(() => ConcernModel, {
    description: 'Pauses the plan, so its upcoming visits are cancelled, in one step',
  })
  pauseVisitsForConcern(
    @Args('input') input: PauseVisitsForConcernInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernModel> {
    return this.service.pauseVisits(ctx, input);
  }

  @Allow('concern.read')
  @Query(() => [ConcernModel], {
    description: 'The concerns of a plan the reader may see, newest first (at most 100)',
  })
  concerns(@Args() args: ConcernsArgs, @Ctx() ctx: RequestContext): Promise<ConcernModel[]> {
    return this.service.list(ctx, args.planId);
  }

  @Allow('concern.read')
  @Query(() => ConcernModel)
  concern(@Args() args: ConcernArgs, @Ctx() ctx: RequestContext): Promise<ConcernModel> {
    return this.service.one(ctx, args.id);
  }

  @Allow('concern.queue')
  @Query(() => [ConcernQueueItemModel], {
    description: 'Open concerns on the plans you look after: SAFETY first, then the oldest',
  })
  concernQueue(
    @Args() args: ConcernQueueArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernQueueItemModel[]> {
    return this.service.queue(ctx, args.first);
  }
}
