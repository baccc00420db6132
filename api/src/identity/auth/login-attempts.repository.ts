import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AttemptKind, LoginAttempt } from './login-attempt.entity';

export type { AttemptKind } from './login-attempt.entity';

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
  /** One try of this kind at a time per account, until the transaction ends. */
  async lockAccount(manager: EntityManager, kind: AttemptKind, email: string): Promise<void> {
    // Sign-ins keep the key they always had, so instances of two versions still agree.
    const key = kind === 'SIGN_IN' ? `login:${email}` : `${kind}:${email}`;
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
  }

  async failuresSince(
    manager: EntityManager,
    kind: AttemptKind,
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
       FROM login_attempt WHERE kind = $4 AND attempted_at > $3 AND (email = $1 OR ip = $2)`,
      [email, ip, since, kind],
    );
    return row;
  }

  async insert(
    manager: EntityManager,
    kind: AttemptKind,
    email: string,
    ip: string,
    at: Date,
  ): Promise<void> {
    await manager.insert(LoginAttempt, { kind, email, ip, attemptedAt: at });
  }

  async clear(manager: EntityManager, kind: AttemptKind, email: string): Promise<void> {
    await manager.delete(LoginAttempt, { kind, email });
  }
}
