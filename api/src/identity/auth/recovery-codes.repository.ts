import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecoveryCode } from './recovery-code.entity';

/** The recovery_code table: the only place its SQL is written (STYLE 31). */
@Injectable()
export class RecoveryCodesRepository {
  /** The person's codes become exactly these: every earlier one, used or not, stops working. */
  async replace(manager: EntityManager, userId: string, hashes: string[], at: Date): Promise<void> {
    await manager.delete(RecoveryCode, { userId });
    await manager.insert(
      RecoveryCode,
      hashes.map((codeHash) => ({ userId, codeHash, createdAt: at, usedAt: null })),
    );
  }

  /** Marks one unused code as used; true when there was one (so a code works once, even in a race). */
  async use(manager: EntityManager, userId: string, codeHash: string, at: Date): Promise<boolean> {
    const [, count]: [unknown, number] = await manager.query(
      `UPDATE recovery_code SET used_at = $3
        WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [userId, codeHash, at],
    );
    return count === 1;
  }

  async unused(manager: EntityManager, userId: string): Promise<number> {
    const [row]: { n: number }[] = await manager.query(
      'SELECT count(*)::int AS n FROM recovery_code WHERE user_id = $1 AND used_at IS NULL',
      [userId],
    );
    return row.n;
  }
}
