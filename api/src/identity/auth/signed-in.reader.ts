import { Injectable } from '@nestjs/common';
import { Language, Role } from '@homeward/domain';
import { EntityManager } from 'typeorm';

/** An open session with the active membership and account it acts for. */
export interface SignedInRow {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  user_id: string;
  membership_id: string;
  organization_id: string;
  role: Role;
  language: Language;
  totp_enabled: boolean;
}

/**
 * Who a session cookie signs in, read on every request in one query: the session joined with
 * its membership and account (a read model: it reads people's tables, never writes them).
 */
@Injectable()
export class SignedInReader {
  async byTokenHash(manager: EntityManager, tokenHash: string): Promise<SignedInRow | null> {
    const [row]: SignedInRow[] = await manager.query(
      `SELECT s.id, s.created_at, s.last_seen_at, s.user_id, s.membership_id, m.organization_id, m.role, u.language,
              u.totp_enabled_at IS NOT NULL AS totp_enabled
         FROM session s
         JOIN membership m ON m.id = s.membership_id AND m.status = 'ACTIVE'
         JOIN app_user u ON u.id = s.user_id AND u.disabled_at IS NULL
        WHERE s.token_hash = $1 AND s.ended_at IS NULL`,
      [tokenHash],
    );
    return row ?? null;
  }
}
