import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import { Session } from './session.entity';

/** Which open sessions to end: one, a person's, or a membership's. */
export interface SessionFilter {
  id?: string;
  userId?: string;
  membershipId?: string;
}

/** The session table: the only place its SQL is written (STYLE 31). */
@Injectable()
export class SessionsRepository {
  insert(
    manager: EntityManager,
    session: { tokenHash: string; userId: string; membershipId: string; ip: string; at: Date },
  ): Promise<Session> {
    const { at, ...rest } = session;
    return manager.save(manager.create(Session, { ...rest, createdAt: at, lastSeenAt: at }));
  }

  /** Ends every open session matching the filter; answers how many ended. */
  async end(
    manager: EntityManager,
    where: SessionFilter,
    reason: string,
    at: Date,
  ): Promise<number> {
    const result = await manager.update(
      Session,
      { ...where, endedAt: IsNull() },
      { endedAt: at, endReason: reason },
    );
    return result.affected ?? 0;
  }

  /** Ends a person's open sessions except one (the one changing the password). */
  async endOthers(
    manager: EntityManager,
    userId: string,
    keepSessionId: string,
    reason: string,
    at: Date,
  ): Promise<void> {
    await manager.update(
      Session,
      { userId, id: Not(keepSessionId), endedAt: IsNull() },
      { endedAt: at, endReason: reason },
    );
  }

  async touch(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(Session, { id }, { lastSeenAt: at });
  }
}
