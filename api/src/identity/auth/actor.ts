import { Role } from '@homeward/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The signed-in person a request acts for, resolved from the session cookie. */
export interface Actor {
  userId: string;
  membershipId: string;
  organizationId: string;
  role: Role;
  sessionId: string;
}

export type HomewardRequest = FastifyRequest & {
  actor?: Actor | null;
  actorLookup?: Promise<Actor | null>;
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
