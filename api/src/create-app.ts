import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { ConsoleLogger, Logger, ValidationError, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule, AppOptions } from './app.module';
import { DomainError } from './platform/domain-error';
import { sqlCounts } from './platform/database/sql-counter';

function firstMessage(
  errors: ValidationError[],
  path = '',
): { field: string; message: string } | null {
  for (const error of errors) {
    const field = path ? `${path}.${error.property}` : error.property;
    const constraints = Object.values(error.constraints ?? {});
    if (constraints.length > 0) return { field, message: constraints[0] };
    const nested = firstMessage(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

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
      // The first constraint that failed, in the words its DTO gives (INVALID_INPUT carries them
      // as `detail`), and the field to fix.
      exceptionFactory: (errors) => {
        const first = firstMessage(errors);
        if (!first)
          return new DomainError('INVALID_INPUT', {
            detail: 'Some of what was sent is not valid.',
          });
        const detail = capitalise(first.message);
        return new DomainError(
          'INVALID_INPUT',
          { field: first.field, detail },
          { field: first.field },
        );
      },
    }),
  );

  await app.register(fastifyCookie);
  const fastify = app.getHttpAdapter().getInstance();
  // Each request counts its own SQL statements (read by `npm run bench`).
  fastify.addHook('onRequest', (_request, _reply, done) => sqlCounts.run({ statements: 0 }, done));
  const exposeSqlCount = config.EXPOSE_SQL_COUNT && !config.isProduction;
  fastify.addHook('onSend', async (_request, reply) => {
    if (exposeSqlCount)
      reply.header('x-sql-statements', String(sqlCounts.getStore()?.statements ?? 0));
    // Invitation links carry a secret: never send it onward as a Referer.
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
  });

  if (config.CLOCK_OFFSET_FILE)
    new Logger('Clock').warn(
      `The clock is moved by the days in ${config.CLOCK_OFFSET_FILE}: for browser journeys only.`,
    );

  const webRoot = resolve(config.WEB_DIST);
  if (existsSync(resolve(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
    });
    // Angular routes (/staff, /invite/…) get the app shell; files are matched first by @fastify/static.
    fastify.get('/*', (request, reply) => {
      if ((request.headers.accept ?? '').includes('text/html'))
        return reply.type('text/html').sendFile('index.html');
      return reply.code(404).send({ message: 'Not found' });
    });
  }
  return app;
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
}
