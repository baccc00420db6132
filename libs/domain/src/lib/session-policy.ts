import { isStaff, Role } from './roles';

/** DESIGN rule 8: staff sessions end after 15 idle minutes, everyone else's after 30, all after 12 hours. */
export const SESSION_ABSOLUTE_MINUTES = 12 * 60;

export function sessionIdleMinutes(role: Role): number {
  return isStaff(role) ? 15 : 30;
}

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
}

/** A session is alive while it is neither idle too long nor older than the absolute limit. */
export function sessionIsAlive(session: SessionTimes, role: Role, now: Date): boolean {
  const idleMs = now.getTime() - session.lastSeenAt.getTime();
  const ageMs = now.getTime() - session.createdAt.getTime();
  return idleMs < sessionIdleMinutes(role) * 60_000 && ageMs < SESSION_ABSOLUTE_MINUTES * 60_000;
}
