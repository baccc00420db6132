import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  AcknowledgeBoundaryInput,
  ReviseBoundaryInput,
  StateBoundaryInput,
} from '../dto/agreement.inputs';
import { BoundaryModel } from '../dto/agreement.model';
import { Actor, GraphQLContext, originOf } from '../../platform/actor';
import { Allow, GqlCtx, CurrentActor } from '../../identity/auth/decorators';
import { BoundariesService } from './boundaries.service';

@Resolver(() => BoundaryModel)
export class BoundariesResolver {
  constructor(private readonly boundaries: BoundariesService) {}

  @Allow('agreement.takePart')
  @Mutation(() => BoundaryModel, {
    description: 'States what the member needs and what they will do if it is crossed',
  })
  stateBoundary(
    @Args('input') input: StateBoundaryInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<BoundaryModel> {
    return this.boundaries.state(actor, input, originOf(ctx.req));
  }

  @Allow('agreement.takePart')
  @Mutation(() => BoundaryModel, {
    description: 'Its owner restates it: a new version that asks for acknowledgement again',
  })
  reviseBoundary(
    @Args('input') input: ReviseBoundaryInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<BoundaryModel> {
    return this.boundaries.revise(actor, input, originOf(ctx.req));
  }

  @Allow('agreement.takePart')
  @Mutation(() => BoundaryModel, {
    description: 'Someone it applies to says they understand its current version',
  })
  acknowledgeBoundary(
    @Args('input') input: AcknowledgeBoundaryInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<BoundaryModel> {
    return this.boundaries.acknowledge(actor, input, originOf(ctx.req));
  }
}
