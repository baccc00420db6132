import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/identity.module';
import { LiveModule } from '../../platform/live/live.module';
import { LiveAudienceReader } from './live-audience.reader';
import { LivePlanChanges } from './live-plan-changes';
import { LiveSessionsReader } from './live-sessions.reader';
import { LiveSockets } from './live-sockets';
import { LiveUpdatesResolver } from './live-updates.resolver';
import { SubscriptionsOverHttpRefused } from './subscriptions-over-http.plugin';

/**
 * Live updates as people receive them: the `liveUpdates` subscription over graphql-ws, signed
 * in with the session cookie and ended with the session, and every plan change published to
 * the people who can see that plan.
 */
@Module({
  imports: [IdentityModule, LiveModule],
  providers: [
    LiveSockets,
    LiveSessionsReader,
    LiveAudienceReader,
    LivePlanChanges,
    LiveUpdatesResolver,
    SubscriptionsOverHttpRefused,
  ],
  exports: [LiveSockets, LiveModule],
})
export class LiveSubscriptionsModule {}
