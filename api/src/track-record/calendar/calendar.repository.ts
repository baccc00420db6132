import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { CalendarFeed } from './calendar-feed.entity';

/** The calendar_feed table: the only place its SQL is written (STYLE 31). */
@Injectable()
export class CalendarFeedsRepository {
  /** A member's link that still works, if any. */
  live(manager: EntityManager, memberId: string): Promise<CalendarFeed | null> {
    return manager.findOneBy(CalendarFeed, { memberId, revokedAt: IsNull() });
  }

  /** Ends a member's working link; true when there was one. */
  async revoke(manager: EntityManager, memberId: string, at: Date): Promise<boolean> {
    const result = await manager.update(
      CalendarFeed,
      { memberId, revokedAt: IsNull() },
      { revokedAt: at },
    );
    return !!result.affected;
  }

  /** Keeps a new link (only its token's hash); returns its id. */
  async insert(
    manager: EntityManager,
    feed: { memberId: string; tokenHash: string; createdAt: Date },
  ): Promise<string> {
    const saved = await manager.save(manager.create(CalendarFeed, feed));
    return saved.id;
  }
}
