import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
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
    @Ctx() ctx: RequestContext,
  ): Promise<CalendarFeedModel> {
    return this.calendar.status(ctx, planId);
  }

  @Allow('calendar.manage')
  @Mutation(() => CalendarFeedModel, {
    description:
      'Makes a private calendar link (any earlier one stops working); the link is shown this once',
  })
  enableCalendarFeed(
    @Args() { planId }: PlanIdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<CalendarFeedModel> {
    return this.calendar.enable(ctx, planId);
  }

  @Allow('calendar.manage')
  @Mutation(() => CalendarFeedModel, { description: 'Turns the calendar link off at once' })
  revokeCalendarFeed(
    @Args() { planId }: PlanIdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<CalendarFeedModel> {
    return this.calendar.revoke(ctx, planId);
  }
}
