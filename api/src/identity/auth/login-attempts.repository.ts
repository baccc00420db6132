import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AttemptKind, LoginAttempt } from './login-attempt.entity';

export type { AttemptKind } from './login-attempt.entity';

/**
 * Failures in a window with the oldest of each: the account's, counted with this try (from the
 * same known device, or from the account's unknown clients), and the address's (all accounts).
 */
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

  /** One counted try of this kind at a time per address (always taken after the account's lock). */
  async lockAddress(manager: EntityManager, kind: AttemptKind, ip: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${kind}@address:${ip}`]);
  }

  /**
   * `device` null counts the account's unknown clients together; `ip` null counts no address
   * (when the address is a proxy's, it would count everyone).
   */
  async failuresSince(
    manager: EntityManager,
    kind: AttemptKind,
    email: string,
    device: string | null,
    ip: string | null,
    since: Date,
  ): Promise<FailureCounts> {
    const [row]: FailureCounts[] = await manager.query(
      `SELECT
         count(*) FILTER (WHERE email = $1 AND device IS NOT DISTINCT FROM $2) AS account_failures,
         min(attempted_at) FILTER (WHERE email = $1 AND device IS NOT DISTINCT FROM $2) AS account_oldest,
         count(*) FILTER (WHERE ip = $3) AS address_failures,
         min(attempted_at) FILTER (WHERE ip = $3) AS address_oldest
       FROM login_attempt
       WHERE kind = $4 AND attempted_at > $5 AND (email = $1 OR ip = $3)`,
      [email, device, ip, kind, since],
    );
    return row;
  }

  async insert(
    manager: EntityManager,
    kind: AttemptKind,
    email: string,
    ip: string,
    device: string | null,
    at: Date,
  ): Promise<void> {
    await manager.insert(LoginAttempt, { kind, email, ip, device, attemptedAt: at });
  }

  /** Forgets every try of this kind against the account, from every client. */
  async clear(manager: EntityManager, kind: AttemptKind, email: string): Promise<void> {
    await manager.delete(LoginAttempt, { kind, email });
  }

  /** Forgets the account's tries from one known device, or (null) from its unknown clients. */
  async clearFrom(
    manager: EntityManager,
    kind: AttemptKind,
    email: string,
    device: string | null,
  ): Promise<void> {
    await manager.query(
      'DELETE FROM login_attempt WHERE kind = $1 AND email = $2 AND device IS NOT DISTINCT FROM $3',
      [kind, email, device],
    );
  }
}
