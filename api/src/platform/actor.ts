import { Language, Role } from '@homeward/domain';
import type { FastifyRequest } from 'fastify';

/** The signed-in person a request acts for, resolved from the session cookie. */
export interface Actor {
  userId: string;
  membershipId: string;
  organizationId: string;
  role: Role;
  sessionId: string;
  /** The language kept on their account: what the server writes for them is in it. */
  language: Language;
  /** Whether sign-in asks them for a code (the guard reads it when staff must have one). */
  totpEnabled?: boolean;
}

/** Where a request came from, for the audit trail. */
export interface RequestOrigin {
  ip: string;
}

export function originOf(req: FastifyRequest): RequestOrigin {
  return { ip: req.ip };
}
