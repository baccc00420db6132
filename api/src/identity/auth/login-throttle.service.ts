import { Injectable } from '@nestjs/common';
import { DomainError } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { AttemptKind, FailureCounts, LoginAttemptsRepository } from './login-attempts.repository';

/** Failed sign-ins allowed per window before the next try must wait. */
export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/** How many tries of one kind an email and an address get in a window, and what a refusal says. */
export interface ThrottleRule {
  kind: AttemptKind;
  windowMinutes: number;
  perAccount: number;
  perAddress: number;
  reason: 'SIGN_IN_THROTTLED' | 'PASSWORD_RESET_THROTTLED';
}

/** Failed sign-ins: a successful one forgives the account's earlier mistakes. */
export const SIGN_IN_RULE: ThrottleRule = {
  kind: 'SIGN_IN',
  windowMinutes: THROTTLE_WINDOW_MINUTES,
  perAccount: MAX_FAILURES_PER_ACCOUNT,
  perAddress: MAX_FAILURES_PER_ADDRESS,
  reason: 'SIGN_IN_THROTTLED',
};

/**
 * Requests for a reset link, counted whether or not the email has an account (so the limit
 * itself tells nothing), enough for a mail that was slow to arrive, too few to flood an inbox.
 */
export const PASSWORD_RESET_RULE: ThrottleRule = {
  kind: 'PASSWORD_RESET',
  windowMinutes: 60,
  perAccount: 5,
  perAddress: 20,
  reason: 'PASSWORD_RESET_THROTTLED',
};

/** How long until the next try is allowed, in seconds (at least one), or null when it is now. */
export function retryAfterSeconds(
  counts: FailureCounts,
  now: Date,
  rule: ThrottleRule = SIGN_IN_RULE,
): number | null {
  const blockedSince =
    Number(counts.account_failures) >= rule.perAccount
      ? counts.account_oldest
      : Number(counts.address_failures) >= rule.perAddress
        ? counts.address_oldest
        : null;
  if (!blockedSince) return null;
  const retryAt = new Date(blockedSince).getTime() + rule.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
}

/**
 * Throttles guessing per account and per address (and asking for reset links, by the same
 * counts of another kind). Kept in PostgreSQL so every API instance sees the same counts;
 * checked before any password hashing, so a throttled try costs nothing.
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly attempts: LoginAttemptsRepository) {}

  /** Refuses with SIGN_IN_THROTTLED, saying when to try again, once either limit is reached. */
  assertMayTry(ctx: RequestContext, email: string): Promise<void> {
    return this.assertUnder(ctx, SIGN_IN_RULE, email);
  }

  /** Refuses with the rule's reason, saying when to try again, once either limit is reached. */
  async assertUnder(ctx: RequestContext, rule: ThrottleRule, email: string): Promise<void> {
    const now = ctx.now();
    const since = new Date(now.getTime() - rule.windowMinutes * 60_000);
    const counts = await this.attempts.failuresSince(
      ctx.manager,
      rule.kind,
      email,
      ctx.origin.ip,
      since,
    );
    const seconds = retryAfterSeconds(counts, now, rule);
    if (seconds === null) return;
    throw new DomainError(
      rule.reason,
      { minutes: Math.ceil(seconds / 60) },
      { retryAfterSeconds: seconds },
    );
  }

  recordFailure(ctx: RequestContext, email: string): Promise<void> {
    return this.record(ctx, SIGN_IN_RULE, email);
  }

  /** Counts one try of the rule's kind against the email and the request's address. */
  async record(ctx: RequestContext, rule: ThrottleRule, email: string): Promise<void> {
    await this.attempts.insert(ctx.manager, rule.kind, email, ctx.origin.ip, ctx.now());
  }

  /** A successful sign-in (or a new password) forgives the account's earlier sign-in mistakes. */
  async clearAccount(ctx: RequestContext, email: string): Promise<void> {
    await this.attempts.clear(ctx.manager, SIGN_IN_RULE.kind, email);
  }

  /** One try of a kind at a time per account, so parallel tries cannot slip past the count. */
  lockAccount(
    ctx: RequestContext,
    email: string,
    rule: ThrottleRule = SIGN_IN_RULE,
  ): Promise<void> {
    return this.attempts.lockAccount(ctx.manager, rule.kind, email);
  }
}
