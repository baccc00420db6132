import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not, UpdateResult } from 'typeorm';
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
  /** `signedInAt` (default `at`) is when the person signed in: a switched-to session keeps it. */
  insert(
    manager: EntityManager,
    session: {
      tokenHash: string;
      userId: string;
      membershipId: string;
      ip: string;
      at: Date;
      signedInAt?: Date;
    },
  ): Promise<Session> {
    const { at, signedInAt, ...rest } = session;
    return manager.save(
      manager.create(Session, { ...rest, createdAt: signedInAt ?? at, lastSeenAt: at }),
    );
  }

  /** When an open session began (its 12 hours count from then), or null once it has ended. */
  async openSince(manager: EntityManager, id: string): Promise<Date | null> {
    const session = await manager.findOne(Session, {
      where: { id, endedAt: IsNull() },
      select: { id: true, createdAt: true },
      // Two switches at once: the second waits, then finds this session ended.
      lock: { mode: 'pessimistic_write' },
    });
    return session?.createdAt ?? null;
  }

  /** Ends every open session matching the filter; answers the ids of those that ended. */
  async end(
    manager: EntityManager,
    where: SessionFilter,
    reason: string,
    at: Date,
  ): Promise<string[]> {
    return ended(
      await manager
        .createQueryBuilder()
        .update(Session)
        .set({ endedAt: at, endReason: reason })
        .where({ ...where, endedAt: IsNull() })
        .returning('id')
        .execute(),
    );
  }

  /** Ends a person's open sessions except one (the one changing the password); answers their ids. */
  async endOthers(
    manager: EntityManager,
    userId: string,
    keepSessionId: string,
    reason: string,
    at: Date,
  ): Promise<string[]> {
    return ended(
      await manager
        .createQueryBuilder()
        .update(Session)
        .set({ endedAt: at, endReason: reason })
        .where({ userId, id: Not(keepSessionId), endedAt: IsNull() })
        .returning('id')
        .execute(),
    );
  }

  async touch(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(Session, { id }, { lastSeenAt: at });
  }
}

function ended(result: UpdateResult): string[] {
  return (result.raw as { id: string }[]).map((row) => row.id);
}
