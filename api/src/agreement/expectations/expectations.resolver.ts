import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  AnswerExpectationInput,
  CommentOnExpectationInput,
  ProposeExpectationInput,
  ReviseExpectationInput,
} from '../dto/agreement.inputs';
import { ExpectationModel } from '../dto/agreement.model';
import { Actor, GraphQLContext, originOf } from '../../platform/actor';
import { Allow, GqlCtx, CurrentActor } from '../../identity/auth/decorators';
import { ExpectationsService } from './expectations.service';

@Resolver(() => ExpectationModel)
export class ExpectationsResolver {
  constructor(private readonly expectations: ExpectationsService) {}

  @Allow('agreement.takePart')
  @Mutation(() => ExpectationModel, {
    description: 'Proposes what one person expects of another; the proposer is one of the two',
  })
  proposeExpectation(
    @Args('input') input: ProposeExpectationInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<ExpectationModel> {
    return this.expectations.propose(actor, input, originOf(ctx.req));
  }

  @Allow('agreement.takePart')
  @Mutation(() => ExpectationModel, {
    description: 'A party rewords it: a new version, earlier ones kept',
  })
  reviseExpectation(
    @Args('input') input: ReviseExpectationInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<ExpectationModel> {
    return this.expectations.revise(actor, input, originOf(ctx.req));
  }

  @Allow('agreement.takePart')
  @Mutation(() => ExpectationModel, {
    description:
      'A party accepts the current version, asks for a change (with a comment), or agrees to retire it',
  })
  answerExpectation(
    @Args('input') input: AnswerExpectationInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<ExpectationModel> {
    return this.expectations.answer(actor, input, originOf(ctx.req));
  }

  @Allow('agreement.coach')
  @Mutation(() => ExpectationModel, {
    description: "A counselor's comment and suggested wording; it decides nothing",
  })
  commentOnExpectation(
    @Args('input') input: CommentOnExpectationInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<ExpectationModel> {
    return this.expectations.comment(actor, input, originOf(ctx.req));
  }
}
