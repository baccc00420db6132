import { Injectable } from '@nestjs/common';
import { Role } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** An open session as its lifetime needs it. */
export interface LiveSessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  role: Role;
}

/**
 * The sessions behind this instance's open sockets, read without touching them (a read model of
 * identity's tables): a session ended, or whose person or membership was disabled, is not here.
 */
@Injectable()
export class LiveSessionsReader {
  open(manager: EntityManager, sessionIds: string[]): Promise<LiveSessionRow[]> {
    return manager.query(
      `SELECT s.id, s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt", m.role
         FROM session s
         JOIN membership m ON m.id = s.membership_id AND m.status = 'ACTIVE'
         JOIN app_user u ON u.id = s.user_id AND u.disabled_at IS NULL
        WHERE s.id = ANY($1::uuid[]) AND s.ended_at IS NULL`,
      [sessionIds],
    );
  }
}
