import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LoginAttempt } from './login-attempt.entity';

/** Failed sign-ins in a window, per account and per address, with the oldest of each. */
export interface FailureCounts {
  account_failures: string;
  account_oldest: Date | null;
  address_failures: string;
  address_oldest: Date | null;
}

/** The login_attempt table: the only place its SQL is written (STYLE 31). */
@Injectable()
export class LoginAttemptsRepository {
  /** One sign-in at a time per account, until the transaction ends. */
  async lockAccount(manager: EntityManager, email: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${email}`]);
  }

  async failuresSince(
    manager: EntityManager,
    email: string,
    ip: string,
    since: Date,
  ): Promise<FailureCounts> {
    const [row]: FailureCounts[] = await manager.query(
      `SELECT
         count(*) FILTER (WHERE email = $1) AS account_failures,
         min(attempted_at) FILTER (WHERE email = $1) AS account_oldest,
         count(*) FILTER (WHERE ip = $2) AS address_failures,
         min(attempted_at) FILTER (WHERE ip = $2) AS address_oldest
       FROM login_attempt WHERE attempted_at > $3 AND (email = $1 OR ip = $2)`,
      [email, ip, since],
    );
    return row;
  }

  async insert(manager: EntityManager, email: string, ip: string, at: Date): Promise<void> {
    await manager.insert(LoginAttempt, { email, ip, attemptedAt: at });
  }

  async clear(manager: EntityManager, email: string): Promise<void> {
    await manager.delete(LoginAttempt, { email });
  }
}
