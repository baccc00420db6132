import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  AnswerExpectationInput,
  CommentOnExpectationInput,
  ProposeExpectationInput,
  ReviseExpectationInput,
} from '../dto/agreement.inputs';
import { ExpectationModel } from '../dto/agreement.model';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
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
    @Ctx() ctx: RequestContext,
  ): Promise<ExpectationModel> {
    return this.expectations.propose(ctx, input);
  }

  @Allow('agreement.takePart')
  @Mutation(() => ExpectationModel, {
    description: 'A party rewords it: a new version, earlier ones kept',
  })
  reviseExpectation(
    @Args('input') input: ReviseExpectationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ExpectationModel> {
    return this.expectations.revise(ctx, input);
  }

  @Allow('agreement.takePart')
  @Mutation(() => ExpectationModel, {
    description:
      'A party accepts the current version, asks for a change (with a comment), or agrees to retire it',
  })
  answerExpectation(
    @Args('input') input: AnswerExpectationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ExpectationModel> {
    return this.expectations.answer(ctx, input);
  }

  @Allow('agreement.coach')
  @Mutation(() => ExpectationModel, {
    description: "A counselor's comment and suggested wording; it decides nothing",
  })
  commentOnExpectation(
    @Args('input') input: CommentOnExpectationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ExpectationModel> {
    return this.expectations.comment(ctx, input);
  }
}
