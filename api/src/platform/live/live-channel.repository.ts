import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export const LIVE_CHANNEL = 'homeward_live';

/** The live channel's one statement: a notification PostgreSQL sends on commit, and only then. */
@Injectable()
export class LiveChannelRepository {
  async notify(manager: EntityManager, payload: string): Promise<void> {
    await manager.query(`SELECT pg_notify('${LIVE_CHANNEL}', $1)`, [payload]);
  }
}
