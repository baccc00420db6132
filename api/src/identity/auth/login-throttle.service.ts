import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK, Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors';
import { LoginAttempt } from './login-attempt.entity';

/** Failed sign-ins allowed per window before the next try must wait. */
export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/**
 * Throttles guessing per account and per address. Kept in PostgreSQL so every API instance
 * sees the same counts; checked before any password hashing, so a throttled try costs nothing.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Throws TOO_MANY_REQUESTS, saying when to try again, once either limit is reached. */
  async assertMayTry(
    email: string,
    ip: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
    const [row] = (await manager.query(
      `SELECT
         count(*) FILTER (WHERE email = $1) AS account_failures,
         min(attempted_at) FILTER (WHERE email = $1) AS account_oldest,
         count(*) FILTER (WHERE ip = $2) AS address_failures,
         min(attempted_at) FILTER (WHERE ip = $2) AS address_oldest
       FROM login_attempt WHERE attempted_at > $3 AND (email = $1 OR ip = $2)`,
      [email, ip, since],
    )) as {
      account_failures: string;
      account_oldest: Date | null;
      address_failures: string;
      address_oldest: Date | null;
    }[];

    const blockedSince =
      Number(row.account_failures) >= MAX_FAILURES_PER_ACCOUNT
        ? row.account_oldest
        : Number(row.address_failures) >= MAX_FAILURES_PER_ADDRESS
          ? row.address_oldest
          : null;
    if (!blockedSince) return;
    const retryAt = new Date(blockedSince).getTime() + THROTTLE_WINDOW_MINUTES * 60_000;
    const retryAfterSeconds = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Too many sign-in attempts. To keep the account safe, please wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
      { retryAfterSeconds },
    );
  }

  async recordFailure(manager: EntityManager, email: string, ip: string): Promise<void> {
    await manager.insert(LoginAttempt, { email, ip, attemptedAt: this.clock.now() });
  }

  /** A successful sign-in forgives the account's earlier mistakes. */
  async clearAccount(manager: EntityManager, email: string): Promise<void> {
    await manager.delete(LoginAttempt, { email });
  }
}
