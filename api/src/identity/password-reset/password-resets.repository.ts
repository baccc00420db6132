import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull, MoreThan } from 'typeorm';
import { PasswordReset } from './password-reset.entity';

/** The password_reset table: the only place its SQL is written (STYLE 31). */
@Injectable()
export class PasswordResetsRepository {
  insert(
    manager: EntityManager,
    reset: { userId: string; tokenHash: string; createdAt: Date; expiresAt: Date },
  ): Promise<PasswordReset> {
    return manager.save(manager.create(PasswordReset, { ...reset, usedAt: null }));
  }

  byTokenHash(manager: EntityManager, tokenHash: string): Promise<PasswordReset | null> {
    return manager.findOneBy(PasswordReset, { tokenHash });
  }

  /**
   * Uses the link if it is still open at `at`, and closes every other open link of the same
   * account with it; the account's id, or null when someone used it first or it expired.
   */
  async claim(manager: EntityManager, tokenHash: string, at: Date): Promise<string | null> {
    const [rows]: [{ user_id: string }[], number] = await manager.query(
      `UPDATE password_reset SET used_at = $2
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2
        RETURNING user_id`,
      [tokenHash, at],
    );
    const userId = rows[0]?.user_id ?? null;
    if (userId) {
      await manager.update(
        PasswordReset,
        { userId, usedAt: IsNull(), expiresAt: MoreThan(at) },
        { usedAt: at },
      );
    }
    return userId;
  }
}
