import { Args, Mutation, Resolver } from '@nestjs/graphql';
import {
  AcknowledgeBoundaryInput,
  ReviseBoundaryInput,
  StateBoundaryInput,
} from '../dto/agreement.inputs';
import { BoundaryModel } from '../dto/agreement.model';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
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
    @Ctx() ctx: RequestContext,
  ): Promise<BoundaryModel> {
    return this.boundaries.state(ctx, input);
  }

  @Allow('agreement.takePart')
  @Mutation(() => BoundaryModel, {
    description: 'Its owner restates it: a new version that asks for acknowledgement again',
  })
  reviseBoundary(
    @Args('input') input: ReviseBoundaryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BoundaryModel> {
    return this.boundaries.revise(ctx, input);
  }

  @Allow('agreement.takePart')
  @Mutation(() => BoundaryModel, {
    description: 'Someone it applies to says they understand its current version',
  })
  acknowledgeBoundary(
    @Args('input') input: AcknowledgeBoundaryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BoundaryModel> {
    return this.boundaries.acknowledge(ctx, input);
  }
}
