import fastifyCookie from '@fastify/cookie';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, AppOptions } from './app.module';
import { invalidInput } from './platform/validation-error';
import { InputPipe } from './platform/input-pipe';
import { useSecurityHeaders } from './platform/http/security-headers';
import { serveWebApp, useCompression } from './platform/http/web-delivery';
import { sqlCounts } from './platform/database/sql-counter';
import { appLogger } from './platform/logging/app-logger';
import { logRequests, requestIdOf } from './platform/logging/request-log';
import { closeConnectionsWhenStopping } from './platform/lifecycle/keep-alive';
import { ServerLifecycle } from './platform/lifecycle/server-lifecycle';

/** The whole HTTP application: GraphQL at /graphql and, when built, the web app at /. */
export async function createApp(options: AppOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  // A hop count, not `true`: `true` would believe the left-most X-Forwarded-For, which any client writes.
  const trustProxy = config.TRUST_PROXY ? config.PROXY_HOPS : false;
  const adapter = new FastifyAdapter({ trustProxy, bodyLimit: 256 * 1024, genReqId: requestIdOf });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    adapter,
    {
      // Structured JSON lines in production (STYLE 12); readable lines in development.
      logger: appLogger(config),
    },
  );

  app.useGlobalPipes(
    new InputPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      exceptionFactory: invalidInput,
    }),
  );

  await app.register(fastifyCookie);
  await useSecurityHeaders(app, config);
  await useCompression(app);
  const fastify = app.getHttpAdapter().getInstance();
  logRequests(fastify, config);
  closeConnectionsWhenStopping(fastify, app.get(ServerLifecycle));
  // Each request counts its own SQL statements (read by `npm run bench`).
  fastify.addHook('onRequest', (_request, _reply, done) => sqlCounts.run({ statements: 0 }, done));
  const exposeSqlCount = config.EXPOSE_SQL_COUNT && !config.isProduction;
  fastify.addHook('onSend', async (_request, reply) => {
    if (exposeSqlCount)
      reply.header('x-sql-statements', String(sqlCounts.getStore()?.statements ?? 0));
  });

  if (config.CLOCK_OFFSET_FILE)
    new Logger('Clock').warn(
      `The clock is moved by the days in ${config.CLOCK_OFFSET_FILE}: for browser journeys only.`,
    );

  await serveWebApp(app, config);
  return app;
}
