import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { AppConfig } from '../config/app-config';
import { isDatabaseAway } from '../database/database-away';

interface Schedule {
  name: string;
  cron: string;
  run: () => Promise<unknown>;
}

/**
 * Schedules on PostgreSQL (pg-boss, DESIGN §5): each tick of a schedule becomes one job in the
 * database, taken by exactly one worker across every instance, retried if it stops part-way.
 * Features register what runs (`every`) while the app starts; the queue starts once all have.
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Jobs.name);
  private readonly schedules: Schedule[] = [];
  private boss: PgBoss | null = null;

  constructor(private readonly config: AppConfig) {}

  /** Runs `run` on `cron` (UTC) on one instance per tick. Call from a module's onModuleInit. */
  every(name: string, cron: string, run: () => Promise<unknown>): void {
    this.schedules.push({ name, cron, run });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.JOBS || this.schedules.length === 0) return;
    const boss = new PgBoss({
      connectionString: this.config.DATABASE_URL,
      application_name: 'homeward-jobs',
      max: 2,
    });
    // pg-boss keeps polling and comes back by itself when the database does: a warning, not an error.
    boss.on('error', (error) =>
      isDatabaseAway(error)
        ? this.logger.warn(`Job queue: the database is away (${String(error)}); trying again`)
        : this.logger.error(`Job queue: ${String(error)}`),
    );
    await boss.start();
    for (const { name, cron, run } of this.schedules) {
      await boss.createQueue(name, {
        name,
        policy: 'singleton',
        retryLimit: 2,
        expireInSeconds: 300,
      });
      await boss.schedule(name, cron, undefined, { tz: 'UTC' });
      await boss.work(name, async () => {
        await run();
      });
    }
    this.boss = boss;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 10_000 });
    this.boss = null;
  }
}
