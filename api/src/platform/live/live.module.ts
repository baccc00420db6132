import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module';
import { LiveChannelRepository } from './live-channel.repository';
import { LiveUpdates } from './live-updates';

/** Live updates on PostgreSQL LISTEN/NOTIFY: `publish` in a change's transaction, subscribers on every instance. */
@Module({
  imports: [JobsModule],
  providers: [LiveUpdates, LiveChannelRepository],
  exports: [LiveUpdates],
})
export class LiveModule {}
