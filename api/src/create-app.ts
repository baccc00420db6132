import fastifyCookie from '@fastify/cookie';
import { ConsoleLogger, Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule, AppOptions } from './app.module';
import { invalidInput } from './platform/validation-error';
import { useSecurityHeaders } from './platform/http/security-headers';
import { serveWebApp, useCompression } from './platform/http/web-delivery';
import { sqlCounts } from './platform/database/sql-counter';

/** The whole HTTP application: GraphQL at /graphql and, when built, the web app at /. */
export async function createApp(options: AppOptions): Promise<NestFastifyApplication> {
  const { config } = options;
  const adapter = new FastifyAdapter({ trustProxy: config.TRUST_PROXY, bodyLimit: 256 * 1024 });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    adapter,
    {
      // Structured JSON lines in production (STYLE 12); readable lines in development.
      logger: new ConsoleLogger({
        json: config.isProduction,
        logLevels: config.NODE_ENV === 'test' ? ['error'] : ['log', 'warn', 'error'],
      }),
    },
  );

  app.useGlobalPipes(
    new ValidationPipe({
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
