import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../platform/config/app-config';
import { DomainError } from '../../platform/domain-error';
import { Mailer } from '../../platform/mail/mailer.service';
import { RequestContext } from '../../platform/request-context';
import { SecretBoxService } from '../../platform/secret-box.service';
import { SecretTokenService } from '../../platform/secret-token.service';
import { normalizeEmail } from '../auth/auth.service';
import { LoginThrottleService, PASSWORD_RESET_RULE } from '../auth/login-throttle.service';
import { PasswordService } from '../auth/password.service';
import { SessionService } from '../auth/session.service';
import { PeopleService } from '../people/people.service';
import { PasswordResetsRepository } from './password-resets.repository';

/** A reset link works for one hour, once. */
export const PASSWORD_RESET_VALID_MINUTES = 60;
export const PASSWORD_RESET_MAIL = 'password_reset';

/** What a queued reset mail carries: the link's row, and its token sealed (never in clear). */
export interface PasswordResetMailData {
  resetId: string;
  token: string;
}

/**
 * "Forgot your password?": a one-time, one-hour link by email, and the new password it sets.
 * Asking answers the same whether or not the address has an account, after the same steps.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    private readonly resets: PasswordResetsRepository,
    private readonly people: PeopleService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: SecretTokenService,
    private readonly box: SecretBoxService,
    private readonly mailer: Mailer,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Sends a link when the address belongs to an account that may sign in; says nothing either
   * way. Throttled per address and per email (counted for unknown emails too, so the limit
   * tells nothing either). A refusal is committed (its count, its audit) and thrown after.
   */
  async request(ctx: RequestContext, rawEmail: string): Promise<void> {
    const email = normalizeEmail(rawEmail);
    // Made for every request, used only when an account gets it: both answers take the same steps.
    const { token, hash } = this.tokens.create();
    const sealed = this.box.seal(token);
    const refusal = await ctx.manager.transaction(async (manager) => {
      const tx = ctx.within(manager);
      await this.throttle.lockAccount(tx, email, PASSWORD_RESET_RULE);
      try {
        await this.throttle.assertUnder(tx, PASSWORD_RESET_RULE, email);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        await this.audit.record(manager, {
          organizationId: null,
          actorUserId: null,
          action: 'auth.password_reset.throttled',
          details: { email },
          ip: ctx.origin.ip,
        });
        return error;
      }
      await this.throttle.record(tx, PASSWORD_RESET_RULE, email);

      const user = await this.people.accountByEmail(manager, email);
      const membership = user ? await this.people.firstActiveMembership(manager, user.id) : null;
      const eligible = user && !user.disabledAt && membership ? user : null;
      let resetId: string | null = null;
      if (eligible) {
        const now = tx.now();
        const reset = await this.resets.insert(manager, {
          userId: eligible.id,
          tokenHash: hash,
          createdAt: now,
          expiresAt: new Date(now.getTime() + PASSWORD_RESET_VALID_MINUTES * 60_000),
        });
        resetId = reset.id;
        const data: PasswordResetMailData = { resetId, token: sealed };
        await this.mailer.queue(manager, {
          purpose: PASSWORD_RESET_MAIL,
          to: eligible.email,
          recipientUserId: eligible.id,
          language: eligible.language,
          data: { ...data },
        });
      }
      await this.audit.record(manager, {
        organizationId: membership?.organizationId ?? null,
        actorUserId: user?.id ?? null,
        action: 'auth.password_reset.requested',
        recordType: resetId ? 'password_reset' : undefined,
        recordId: resetId ?? undefined,
        // Why no link went out stays in the trail; the person is never told.
        details: { email, sent: !!resetId, ...(user && !eligible ? { reason: 'disabled' } : {}) },
        ip: ctx.origin.ip,
      });
      return null;
    });
    if (refusal) throw refusal;
  }

  /**
   * Sets a new password from a link: once, within the hour, for an account that may still sign
   * in. Every session of the account ends, and every other open link with it.
   */
  async reset(ctx: RequestContext, token: string, newPassword: string): Promise<void> {
    const tokenHash = this.tokens.hash(token);
    // Read first, so a person who cannot use the link hears that before fixing their password.
    const link = await this.resets.byTokenHash(ctx.manager, tokenHash);
    if (!link || link.usedAt || link.expiresAt.getTime() <= ctx.now().getTime()) throw notUsable();
    this.passwords.assertAcceptable(newPassword, 'newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    await ctx.manager.transaction(async (manager) => {
      const tx = ctx.within(manager);
      const userId = await this.resets.claim(manager, tokenHash, tx.now());
      if (!userId) throw notUsable();
      const user = await this.people.account(manager, userId);
      const membership = await this.people.firstActiveMembership(manager, userId);
      if (user.disabledAt || !membership) throw notUsable();
      await this.people.updateAccount(manager, userId, { passwordHash });
      const ended = await this.sessions.end(tx, { userId }, 'PASSWORD_RESET');
      await this.throttle.clearAccount(tx, user.email);
      await this.audit.record(manager, {
        organizationId: membership.organizationId,
        actorUserId: userId,
        action: 'auth.password_reset.completed',
        recordType: 'password_reset',
        recordId: link.id,
        details: { sessionsEnded: ended },
        ip: ctx.origin.ip,
      });
    });
  }

  /** The page a reset link opens. */
  linkFor(token: string): string {
    return `${this.config.publicUrl}/reset-password/${token}`;
  }
}

const notUsable = () => new DomainError('PASSWORD_RESET_LINK_NOT_USABLE', {}, { field: 'token' });
