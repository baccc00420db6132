import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import {
  ApproveVisitInput,
  CloseVisitInput,
  DebriefVisitInput,
  PlanIdArgs,
  RequestVisitInput,
  RespondToVisitInput,
  VisitModel,
} from './dto/visit.model';
import { VisitsService } from './visits.service';

@Resolver(() => VisitModel)
export class VisitsResolver {
  constructor(private readonly service: VisitsService) {}

  @Allow('visit.request')
  @Mutation(() => VisitModel, {
    description:
      'Asks for a contact the current phase allows; refused with the reason when it cannot be',
  })
  requestVisit(
    @Args('input') input: RequestVisitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VisitModel> {
    return this.service.request(ctx, input);
  }

  @Allow('visit.manage')
  @Mutation(() => VisitModel, {
    description: 'Staff approve a requested visit (the rules are checked again)',
  })
  approveVisit(
    @Args('input') input: ApproveVisitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VisitModel> {
    return this.service.approve(ctx, input);
  }

  @Allow('visit.respond')
  @Mutation(() => VisitModel, {
    description: 'A participant says they are willing, or opts out without a reason',
  })
  respondToVisit(
    @Args('input') input: RespondToVisitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VisitModel> {
    return this.service.respond(ctx, input);
  }

  @Allow('visit.manage')
  @Mutation(() => VisitModel, {
    description: 'Staff record how a visit ended: completed, cancelled or ended early',
  })
  closeVisit(
    @Args('input') input: CloseVisitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VisitModel> {
    return this.service.close(ctx, input);
  }

  @Allow('visit.debrief')
  @Mutation(() => VisitModel, {
    description:
      'How the visit went, from someone who took part or the supervising member of staff',
  })
  debriefVisit(
    @Args('input') input: DebriefVisitInput,
    @Ctx() ctx: RequestContext,
  ): Promise<VisitModel> {
    return this.service.debrief(ctx, input);
  }

  @Allow('trackRecord.read')
  @Query(() => [VisitModel], {
    description: 'Visits of the last 90 days and ahead (at most 100), as the reader may see them',
  })
  visits(@Args() { planId }: PlanIdArgs, @Ctx() ctx: RequestContext): Promise<VisitModel[]> {
    return this.service.list(ctx, planId);
  }
}
