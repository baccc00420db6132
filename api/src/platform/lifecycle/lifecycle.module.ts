import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { ServerLifecycle } from './server-lifecycle';

/** The instance's phase (serving, draining, closing) for every module, and its health probes. */
@Global()
@Module({
  controllers: [HealthController],
  providers: [ServerLifecycle],
  exports: [ServerLifecycle],
})
export class LifecycleModule {}
