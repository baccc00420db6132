import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, GraphQLContext, originOf } from '../../platform/actor';
import { Allow, GqlCtx, CurrentActor } from '../../identity/auth/decorators';
import { PlanIdArgs } from '../visits/dto/visit.model';
import { CalendarService } from './calendar.service';
import { CalendarFeedModel } from './dto/calendar-feed.model';

@Resolver(() => CalendarFeedModel)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Allow('calendar.manage')
  @Query(() => CalendarFeedModel, {
    description: 'Whether the reader has a calendar link on this plan',
  })
  myCalendarFeed(
    @Args() { planId }: PlanIdArgs,
    @CurrentActor() actor: Actor,
  ): Promise<CalendarFeedModel> {
    return this.calendar.status(actor, planId);
  }

  @Allow('calendar.manage')
  @Mutation(() => CalendarFeedModel, {
    description:
      'Makes a private calendar link (any earlier one stops working); the link is shown this once',
  })
  enableCalendarFeed(
    @Args() { planId }: PlanIdArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<CalendarFeedModel> {
    return this.calendar.enable(actor, planId, originOf(ctx.req));
  }

  @Allow('calendar.manage')
  @Mutation(() => CalendarFeedModel, { description: 'Turns the calendar link off at once' })
  revokeCalendarFeed(
    @Args() { planId }: PlanIdArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<CalendarFeedModel> {
    return this.calendar.revoke(actor, planId, originOf(ctx.req));
  }
}
