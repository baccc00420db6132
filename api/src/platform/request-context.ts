import { DEFAULT_LANGUAGE, Language, LANGUAGES, Permission } from '@homeward/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLResolveInfo } from 'graphql';
import { EntityManager } from 'typeorm';
import type { Actor, RequestOrigin } from './actor';
import { Clock } from './clock';
import { DomainError } from './domain-error';

/**
 * Everything a service needs to know about the request it serves, built once per request and
 * passed first to every service call (STYLE 29, as Vendure's RequestContext): who acts, from
 * where, in which language, by which clock, and the manager to read and write with (the
 * transaction's, inside a change).
 */
export class RequestContext {
  constructor(
    readonly actor: Actor | null,
    readonly origin: RequestOrigin,
    readonly language: Language,
    readonly clock: Clock,
    readonly manager: EntityManager,
    /** The permission the operation declared with @Allow; null on @Public operations. */
    readonly permission: Permission | null = null,
  ) {}

  /** The signed-in person; only operations that declare @Allow reach a service with one. */
  get signedIn(): Actor {
    if (!this.actor) throw new DomainError('NOT_SIGNED_IN');
    return this.actor;
  }

  get isStaff(): boolean {
    return this.actor?.role === 'ADMIN' || this.actor?.role === 'COUNSELOR';
  }

  now(): Date {
    return this.clock.now();
  }

  /** The same request, reading and writing through a transaction's manager. */
  within(manager: EntityManager): RequestContext {
    return new RequestContext(
      this.actor,
      this.origin,
      this.language,
      this.clock,
      manager,
      this.permission,
    );
  }

  /** The same request acting with another declared permission (a read model checking a second rule). */
  as(permission: Permission): RequestContext {
    return new RequestContext(
      this.actor,
      this.origin,
      this.language,
      this.clock,
      this.manager,
      permission,
    );
  }

  /** Work done outside a request (the demo seed, tests), as this person. */
  static forActor(
    actor: Actor | null,
    clock: Clock,
    manager: EntityManager,
    language: Language = DEFAULT_LANGUAGE,
  ) {
    return new RequestContext(actor, { ip: '127.0.0.1' }, language, clock, manager);
  }
}

export type HomewardRequest = FastifyRequest & {
  actor?: Actor | null;
  actorLookup?: Promise<Actor | null>;
  /** Built once per request by the guard; resolvers get it with @Ctx(). */
  context?: RequestContext;
  /** Each root field's own context, by response key: one request may hold several operations' fields. */
  rootContexts?: Map<string, RequestContext>;
};

/** The response key of the root field a resolver serves: its own, or the one it hangs under. */
function rootKeyOf(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  return String(path.key);
}

/**
 * Keeps the context the guard built for an operation's field. A root field's is its own, so
 * `{ a: x b: y }` acts on y with y's declared permission (not x's, which the guard ran first).
 */
export function keepContext(
  req: HomewardRequest,
  info: GraphQLResolveInfo | undefined,
  built: RequestContext,
): void {
  req.context ??= built;
  if (info && !info.path.prev) (req.rootContexts ??= new Map()).set(rootKeyOf(info), built);
}

/** The context of the root field a resolver serves; field resolvers keep their operation's. */
export function contextOfField(
  req: HomewardRequest,
  info: GraphQLResolveInfo | undefined,
): RequestContext | undefined {
  return (info && req.rootContexts?.get(rootKeyOf(info))) || req.context;
}

export interface GraphQLContext {
  req: HomewardRequest;
  reply: FastifyReply;
}

/** The reader's language before they sign in: what their browser asks for, if we speak it. */
export function languageOf(req: FastifyRequest): Language {
  const header = String(req.headers['accept-language'] ?? '').toUpperCase();
  const first = header.split(',')[0]?.slice(0, 2) as Language;
  return LANGUAGES.includes(first) ? first : DEFAULT_LANGUAGE;
}
