import { Injectable } from '@nestjs/common';
import { DomainError } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { FailureCounts, LoginAttemptsRepository } from './login-attempts.repository';

/** Failed sign-ins allowed per window before the next try must wait. */
export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/** How long until the next try is allowed, in seconds (at least one), or null when it is now. */
export function retryAfterSeconds(counts: FailureCounts, now: Date): number | null {
  const blockedSince =
    Number(counts.account_failures) >= MAX_FAILURES_PER_ACCOUNT
      ? counts.account_oldest
      : Number(counts.address_failures) >= MAX_FAILURES_PER_ADDRESS
        ? counts.address_oldest
        : null;
  if (!blockedSince) return null;
  const retryAt = new Date(blockedSince).getTime() + THROTTLE_WINDOW_MINUTES * 60_000;
  return Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
}

/**
 * Throttles guessing per account and per address. Kept in PostgreSQL so every API instance
 * sees the same counts; checked before any password hashing, so a throttled try costs nothing.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly attempts: LoginAttemptsRepository) {}

  /** Refuses with SIGN_IN_THROTTLED, saying when to try again, once either limit is reached. */
  async assertMayTry(ctx: RequestContext, email: string): Promise<void> {
    const now = ctx.now();
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000);
    const counts = await this.attempts.failuresSince(ctx.manager, email, ctx.origin.ip, since);
    const seconds = retryAfterSeconds(counts, now);
    if (seconds === null) return;
    throw new DomainError(
      'SIGN_IN_THROTTLED',
      { minutes: Math.ceil(seconds / 60) },
      { retryAfterSeconds: seconds },
    );
  }

  async recordFailure(ctx: RequestContext, email: string): Promise<void> {
    await this.attempts.insert(ctx.manager, email, ctx.origin.ip, ctx.now());
  }

  /** A successful sign-in forgives the account's earlier mistakes. */
  async clearAccount(ctx: RequestContext, email: string): Promise<void> {
    await this.attempts.clear(ctx.manager, email);
  }

  /** One sign-in at a time per account, so parallel guesses cannot slip past the count. */
  lockAccount(ctx: RequestContext, email: string): Promise<void> {
    return this.attempts.lockAccount(ctx.manager, email);
  }
}
