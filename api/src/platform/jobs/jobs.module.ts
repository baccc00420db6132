import { Module } from '@nestjs/common';
import { PgListener } from '../database/pg-listener';
import { Jobs } from './jobs.service';

/** What runs in the background on PostgreSQL: schedules (pg-boss) and notifications (LISTEN). */
@Module({ providers: [Jobs, PgListener], exports: [Jobs, PgListener] })
export class JobsModule {}
