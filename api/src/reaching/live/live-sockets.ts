import fastifyCookie from '@fastify/cookie';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { describeReason, sessionIsAlive } from '@homeward/domain';
import type { FastifyReply } from 'fastify';
import { getOperationAST, GraphQLError, parse } from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE, SessionService } from '../../identity/auth/session.service';
import { Actor } from '../../platform/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { AppConfig } from '../../platform/config/app-config';
import { formatError } from '../../platform/format-error';
import { LiveUpdates } from '../../platform/live/live-updates';
import { ServerLifecycle } from '../../platform/lifecycle/server-lifecycle';
import type { GraphQLContext, HomewardRequest } from '../../platform/request-context';
import { LiveSessionsReader } from './live-sessions.reader';

/** graphql-ws's connection context on the ws server. */
export type LiveConnection = Context<Record<string, unknown> | undefined, Extra>;

/** Close codes a client reads: sign in again (no session, or it ended), or never from there. */
export const SESSION_ENDED_CLOSE = 4401;
export const FORBIDDEN_ORIGIN_CLOSE = 4403;
/** The instance is stopping: connect again (the load balancer sends the socket elsewhere). */
export const GOING_AWAY_CLOSE = 1001;

/** How often this instance asks whether the sessions behind its sockets went idle or expired. */
const RECHECK_MS = 60_000;

type Socket = Extra['socket'];

/**
 * The sockets of live updates (graphql-ws on /graphql): each signs in with the session cookie
 * when it connects, carries only subscriptions, and closes when its session ends — at sign-out
 * or a new password anywhere (a notice through PostgreSQL), and when it goes idle or outlives
 * its 12 hours (checked here on a timer, by the clock, without touching the session).
 */
@Injectable()
export class LiveSockets implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(LiveSockets.name);
  private readonly actors = new WeakMap<Socket, Actor>();
  private readonly bySession = new Map<string, Set<Socket>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly sessions: SessionService,
    private readonly live: LiveUpdates,
    private readonly reader: LiveSessionsReader,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: ServerLifecycle,
  ) {}

  onModuleInit(): void {
    // The listener is closing: open sockets would hold the shutdown until they end on their own.
    this.lifecycle.onClosing(() => this.goingAway());
    this.live.onSessionsEnded((sessionIds) => {
      for (const id of sessionIds) this.closeSession(id);
    });
    this.timer = setInterval(() => {
      this.recheck().catch((error: unknown) =>
        this.logger.warn(`Checking live sessions stopped: ${String(error)}`),
      );
    }, RECHECK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * What GraphQLModule hands graphql-ws. Nest passes every hook on but types fewer (no onError)
   * and types the socket's extra as unknown; the hooks are graphql-ws's own on its ws server.
   */
  serverOptions(): GraphQLWsSubscriptionsConfig {
    const options = {
      onConnect: (ctx: LiveConnection) => this.connect(ctx),
      onClose: (ctx: LiveConnection) => this.forget(ctx.extra.socket),
      onSubscribe: (_ctx: LiveConnection, _id: string, payload: SubscribePayload) =>
        subscriptionsOnly(payload),
      onNext: (
        _ctx: LiveConnection,
        _id: string,
        _payload: SubscribePayload,
        _args: unknown,
        result: ExecutionResult,
      ) => (result.errors ? { ...result, errors: result.errors.map(formatted) } : undefined),
      onError: (
        _ctx: LiveConnection,
        _id: string,
        _payload: SubscribePayload,
        errors: readonly GraphQLError[],
      ) => errors.map(formatted),
    };
    return options as unknown as GraphQLWsSubscriptionsConfig;
  }

  /** The GraphQL context of one subscription: the person the socket signed in as, as a request. */
  contextOf(ctx: LiveConnection): GraphQLContext {
    const { request, socket } = ctx.extra;
    const actor = this.actors.get(socket) ?? null;
    const req = {
      headers: request.headers,
      ip: request.socket.remoteAddress ?? '',
      cookies: {},
      actor,
      actorLookup: Promise.resolve(actor),
    } as unknown as HomewardRequest;
    // No reply: nothing over a socket sets a cookie (only subscriptions travel here).
    return { req, reply: undefined as unknown as FastifyReply };
  }

  /**
   * Closes the sockets whose session is no longer alive (ended, idle, past 12 hours, a person
   * disabled), by the clock and without touching the session. Runs on a timer; tests call it.
   */
  async recheck(): Promise<void> {
    const ids = [...this.bySession.keys()];
    if (ids.length === 0) return;
    const now = this.clock.now();
    const open = await this.reader.open(this.dataSource.manager, ids);
    const alive = new Set(
      open
        .filter((s) =>
          sessionIsAlive(
            { createdAt: new Date(s.createdAt), lastSeenAt: new Date(s.lastSeenAt) },
            s.role,
            now,
          ),
        )
        .map((s) => s.id),
    );
    for (const id of ids) if (!alive.has(id)) this.closeSession(id);
  }

  /** Closes every socket with "going away", so each client connects again (elsewhere). */
  goingAway(): void {
    for (const sessionId of [...this.bySession.keys()]) {
      for (const socket of this.bySession.get(sessionId) ?? []) {
        socket.close(GOING_AWAY_CLOSE, 'Going away');
        this.forget(socket);
      }
    }
  }

  /** How many sockets are open on this instance. */
  get openSockets(): number {
    let count = 0;
    for (const sockets of this.bySession.values()) count += sockets.size;
    return count;
  }

  private async connect(ctx: LiveConnection): Promise<boolean> {
    const { request, socket } = ctx.extra;
    // The cookie is SameSite=Strict already; a page of another site still may not open a socket.
    if (this.config.isProduction && !sameOrigin(request.headers.origin, this.config.publicUrl)) {
      socket.close(FORBIDDEN_ORIGIN_CLOSE, 'Forbidden origin');
      return false;
    }
    const header = request.headers.cookie;
    const cookies = header ? fastifyCookie.parse(header) : {};
    const actor = cookies[SESSION_COOKIE]
      ? await this.sessions.authenticate({ cookies, headers: request.headers } as HomewardRequest)
      : null;
    if (!actor) {
      socket.close(SESSION_ENDED_CLOSE, 'Sign in again');
      return false;
    }
    // Gone while the session was read: nothing to keep.
    if (socket.readyState !== socket.OPEN) return false;
    this.actors.set(socket, actor);
    const sockets = this.bySession.get(actor.sessionId) ?? new Set<Socket>();
    sockets.add(socket);
    this.bySession.set(actor.sessionId, sockets);
    return true;
  }

  private forget(socket: Socket): void {
    const actor = this.actors.get(socket);
    if (!actor) return;
    this.actors.delete(socket);
    const sockets = this.bySession.get(actor.sessionId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.bySession.delete(actor.sessionId);
  }

  private closeSession(sessionId: string): void {
    for (const socket of this.bySession.get(sessionId) ?? []) {
      socket.close(SESSION_ENDED_CLOSE, 'Session ended');
      this.forget(socket);
    }
  }
}

function sameOrigin(origin: string | undefined, publicUrl: string): boolean {
  if (!origin) return false;
  try {
    return new URL(origin).origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}

/** Queries and mutations go over HTTP, where cookies are set and limits apply; a socket carries subscriptions. */
function subscriptionsOnly(payload: SubscribePayload): readonly GraphQLError[] | undefined {
  let operation;
  try {
    operation = getOperationAST(parse(payload.query), payload.operationName);
  } catch (error) {
    return [
      new GraphQLError(error instanceof GraphQLError ? error.message : 'Unreadable operation', {
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      }),
    ];
  }
  if (operation && operation.operation !== 'subscription') {
    return [
      new GraphQLError(describeReason('LIVE_CONNECTION_UPDATES_ONLY', {}, 'EN'), {
        extensions: { code: 'BAD_REQUEST', reason: 'LIVE_CONNECTION_UPDATES_ONLY' },
      }),
    ];
  }
  return undefined;
}

/** Errors leave a socket as they leave HTTP: a known code, a safe message, never a stack. */
function formatted(error: GraphQLError): GraphQLFormattedError {
  const json = error.toJSON();
  // Parse and validation errors carry no code of their own here (Apollo adds it over HTTP).
  if (!error.originalError && !json.extensions?.['code']) {
    return formatError(
      { ...json, extensions: { ...json.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } },
      error,
    );
  }
  return formatError(json, error);
}
