import { Controller, Get, Header, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { databaseAnswers } from '../database/database-ping';
import { Public } from '../decorators';
import { ServerLifecycle } from './server-lifecycle';

/** A readiness probe gives up well before a load balancer's usual 5 s probe timeout. */
const DATABASE_PROBE_MS = 2_000;

type Health = { status: 'live' } | { status: 'ready' } | { status: 'unready'; reason: string };

/**
 * Probes for a load balancer or an orchestrator, outside GraphQL and its guard. They answer a
 * status and nothing else: no versions, no counts, no data.
 * - `/health/live`: the process answers (restart it if not).
 * - `/health/ready`: send it work — the database answers and the instance is not stopping.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly lifecycle: ServerLifecycle,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Get('live')
  @Header('Cache-Control', 'no-store')
  live(): Health {
    return { status: 'live' };
  }

  @Public()
  @Get('ready')
  @Header('Cache-Control', 'no-store')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const unready = !this.lifecycle.ready
      ? 'stopping'
      : !(await databaseAnswers(this.dataSource, DATABASE_PROBE_MS))
        ? 'database'
        : null;
    if (!unready) return { status: 'ready' };
    reply.status(503);
    return { status: 'unready', reason: unready };
  }
}
