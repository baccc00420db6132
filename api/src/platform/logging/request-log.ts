import { Logger } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/app-config';
import { requestScope } from './app-logger';

export const REQUEST_ID_HEADER = 'x-request-id';

/** What a proxy or client may name a request: an id, never a sentence or an address. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
/** A GraphQL operation name as the spec allows it, bounded. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/**
 * The id of a request: the X-Request-Id a proxy gave it when that is a plain id (so one id
 * follows the request through every hop), else a new one. Fastify's `genReqId`.
 */
export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Every response echoes its request id; every log line written while serving it carries the
 * id; and each request ends in one line: method, route pattern (never the URL: links carry
 * secrets), status, time and the GraphQL operation's name — nothing about the person.
 * Health probes are left out: a load balancer asks every few seconds.
 */
export function logRequests(fastify: FastifyInstance, config: AppConfig): void {
  const logger = new Logger('HTTP');
  fastify.addHook('onRequest', (request, _reply, done) =>
    requestScope.run({ requestId: request.id }, done),
  );
  fastify.addHook('onSend', async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? '(no route)';
    if (route.startsWith('/health/')) return;
    const named = (request.body as { operationName?: unknown } | undefined)?.operationName;
    const operation = typeof named === 'string' && OPERATION_NAME.test(named) ? named : undefined;
    const status = reply.statusCode;
    const ms = Math.round(reply.elapsedTime * 10) / 10;
    if (config.logJson) {
      logger.log({
        message: 'request',
        requestId: request.id,
        method: request.method,
        route,
        status,
        ms,
        ...(operation ? { operation } : {}),
      });
    } else {
      logger.log(
        `${request.method} ${route}${operation ? ` ${operation}` : ''} ${status} ${ms} ms`,
      );
    }
  });
}
