import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../platform/config/app-config';
import { DomainError } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { AttemptKind, FailureCounts, LoginAttemptsRepository } from './login-attempts.repository';

/** Failed sign-ins allowed per window before the next try must wait. */
export const THROTTLE_WINDOW_MINUTES = 15;
/** For all of an account's unknown clients together (no valid device cookie). */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** For one known device of an account: its owner mistyping, or someone holding a stolen cookie. */
export const MAX_FAILURES_PER_DEVICE = 10;
/** For one client address, over every account (counted only when TRUST_PROXY is on). */
export const MAX_FAILURES_PER_ADDRESS = 30;

/** How many tries of one kind an account and an address get in a window, and what a refusal says. */
export interface ThrottleRule {
  kind: AttemptKind;
  windowMinutes: number;
  /** The account's unknown clients together. */
  perAccount: number;
  /** Each known device of the account on its own. */
  perDevice: number;
  perAddress: number;
  reason: 'SIGN_IN_THROTTLED' | 'PASSWORD_RESET_THROTTLED';
}

/** Failed sign-ins: a successful one forgives the earlier mistakes made from the same client. */
export const SIGN_IN_RULE: ThrottleRule = {
  kind: 'SIGN_IN',
  windowMinutes: THROTTLE_WINDOW_MINUTES,
  perAccount: MAX_FAILURES_PER_ACCOUNT,
  perDevice: MAX_FAILURES_PER_DEVICE,
  perAddress: MAX_FAILURES_PER_ADDRESS,
  reason: 'SIGN_IN_THROTTLED',
};

/**
 * Requests for a reset link, counted whether or not the email has an account (so the limit
 * itself tells nothing), enough for a mail that was slow to arrive, too few to flood an inbox.
 * (Asking never comes from a known device: every request counts with the unknown clients.)
 */
export const PASSWORD_RESET_RULE: ThrottleRule = {
  kind: 'PASSWORD_RESET',
  windowMinutes: 60,
  perAccount: 5,
  perDevice: 5,
  perAddress: 20,
  reason: 'PASSWORD_RESET_THROTTLED',
};

/**
 * How long until the next try is allowed, in seconds (at least one), or null when it is now.
 * Counts of a known device are held to the device's limit, others to the account's.
 */
export function retryAfterSeconds(
  counts: FailureCounts,
  now: Date,
  rule: ThrottleRule = SIGN_IN_RULE,
  fromKnownDevice = false,
): number | null {
  const accountLimit = fromKnownDevice ? rule.perDevice : rule.perAccount;
  const blockedSince = [
    Number(counts.account_failures) >= accountLimit ? counts.account_oldest : null,
    Number(counts.address_failures) >= rule.perAddress ? counts.address_oldest : null,
  ]
    .filter((oldest): oldest is Date => oldest !== null)
    .map((oldest) => new Date(oldest).getTime());
  if (blockedSince.length === 0) return null;
  // Blocked by both: the later of the two is when a try may come through.
  const retryAt = Math.max(...blockedSince) + rule.windowMinutes * 60_000;
  return Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
}

/**
 * Throttles guessing so that it slows the guesser without refusing the owner (OWASP's device
 * cookies): tries from a known device of the account (`device`, from a valid device cookie) are
 * counted per device, so only that device ever waits; every other try is counted with the
 * account's unknown clients, which may wait together. The address limit counts only unknown
 * clients, and only when TRUST_PROXY says the address is the client's. Kept in PostgreSQL so
 * every API instance sees the same counts; checked before any password hashing, so a
 * throttled try costs nothing. Asking for reset links uses the same counts, of another kind.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly attempts: LoginAttemptsRepository,
    private readonly config: AppConfig,
  ) {}

  /** Refuses with SIGN_IN_THROTTLED, saying when to try again, once a limit is reached. */
  assertMayTry(ctx: RequestContext, email: string, device: string | null = null): Promise<void> {
    return this.assertUnder(ctx, SIGN_IN_RULE, email, device);
  }

  /** Refuses with the rule's reason, saying when to try again, once a limit is reached. */
  async assertUnder(
    ctx: RequestContext,
    rule: ThrottleRule,
    email: string,
    device: string | null = null,
  ): Promise<void> {
    const now = ctx.now();
    const since = new Date(now.getTime() - rule.windowMinutes * 60_000);
    const counts = await this.attempts.failuresSince(
      ctx.manager,
      rule.kind,
      email,
      device,
      this.countedAddress(ctx, device),
      since,
    );
    const seconds = retryAfterSeconds(counts, now, rule, device !== null);
    if (seconds === null) return;
    throw new DomainError(
      rule.reason,
      { minutes: Math.ceil(seconds / 60) },
      { retryAfterSeconds: seconds },
    );
  }

  recordFailure(ctx: RequestContext, email: string, device: string | null = null): Promise<void> {
    return this.record(ctx, SIGN_IN_RULE, email, device);
  }

  /** Counts one try of the rule's kind against the account (from this device) and the address. */
  async record(
    ctx: RequestContext,
    rule: ThrottleRule,
    email: string,
    device: string | null = null,
  ): Promise<void> {
    // The address is always kept (the audit reads it); whether it counts is decided when read.
    await this.attempts.insert(ctx.manager, rule.kind, email, ctx.origin.ip, device, ctx.now());
  }

  /** A new password forgives the account's earlier sign-in mistakes, from every client. */
  async clearAccount(ctx: RequestContext, email: string): Promise<void> {
    await this.attempts.clear(ctx.manager, SIGN_IN_RULE.kind, email);
  }

  /**
   * A successful sign-in forgives the mistakes made from the same client only: the owner
   * signing in on their phone must not hand a guesser elsewhere a fresh set of tries.
   */
  async forgive(ctx: RequestContext, email: string, device: string | null): Promise<void> {
    await this.attempts.clearFrom(ctx.manager, SIGN_IN_RULE.kind, email, device);
  }

  /**
   * One try of a kind at a time per account, so parallel tries cannot slip past the count;
   * and per address when the address counts, so many accounts tried at once cannot either.
   * The account's lock is always taken first, so two tries never wait on each other in a circle.
   */
  async lockAccount(
    ctx: RequestContext,
    email: string,
    rule: ThrottleRule = SIGN_IN_RULE,
    device: string | null = null,
  ): Promise<void> {
    await this.attempts.lockAccount(ctx.manager, rule.kind, email);
    const address = this.countedAddress(ctx, device);
    if (address !== null) await this.attempts.lockAddress(ctx.manager, rule.kind, address);
  }

  /**
   * The address a try counts against, or null. Without TRUST_PROXY the request's address may be
   * a load balancer's, shared by everyone: an address limit would then refuse every person at
   * once, so only the account's and the device's limits hold. A known device is never counted
   * by address, so a guesser on the owner's network cannot lock the owner out.
   */
  private countedAddress(ctx: RequestContext, device: string | null): string | null {
    return this.config.TRUST_PROXY && device === null ? ctx.origin.ip : null;
  }
}
