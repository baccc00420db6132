import { Resolver, Subscription } from '@nestjs/graphql';
import { LiveUpdate, LiveUpdates } from '../../platform/live/live-updates';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { LiveUpdateModel } from './dto/live-update.model';

@Resolver(() => LiveUpdateModel)
export class LiveUpdatesResolver {
  constructor(private readonly live: LiveUpdates) {}

  @Allow('live.subscribe')
  @Subscription(() => LiveUpdateModel, {
    description:
      "What changed for the signed-in person, as it happens (graphql-ws on /graphql): a topic and a plan's id, never words. Ends when the session ends",
    resolve: (update: LiveUpdate): LiveUpdateModel => ({
      topic: update.topic,
      planId: update.planId,
    }),
  })
  liveUpdates(@Ctx() ctx: RequestContext): AsyncIterableIterator<LiveUpdate> {
    // The first update says "read your bell again": whatever changed between the page's load and
    // this subscription starting would otherwise be missed until the next change.
    return this.live.subscribe(ctx.signedIn.userId, { topic: 'notifications', planId: null });
  }
}
