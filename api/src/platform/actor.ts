import { Language, Role } from '@homeward/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from './request-context';

/** The signed-in person a request acts for, resolved from the session cookie. */
export interface Actor {
  userId: string;
  membershipId: string;
  organizationId: string;
  role: Role;
  sessionId: string;
  /** The language kept on their account: what the server writes for them is in it. */
  language: Language;
}

export type HomewardRequest = FastifyRequest & {
  actor?: Actor | null;
  actorLookup?: Promise<Actor | null>;
  /** Built once per request by the guard; resolvers get it with @Ctx(). */
  context?: RequestContext;
};

export interface GraphQLContext {
  req: HomewardRequest;
  reply: FastifyReply;
}

/** Where a request came from, for the audit trail. */
export interface RequestOrigin {
  ip: string;
}

export function originOf(req: FastifyRequest): RequestOrigin {
  return { ip: req.ip };
}
