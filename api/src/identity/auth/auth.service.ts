import { Injectable } from '@nestjs/common';
import {
  isTimeZone,
  Language,
  mustEnrolSecondFactor,
  RECOVERY_CODE_COUNT,
  sessionIdleMinutes,
} from '@homeward/domain';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../platform/config/app-config';
import { DomainError, notSignedIn } from '../../platform/domain-error';
import { RequestContext } from '../../platform/request-context';
import { Account, AccountMembership, PeopleService } from '../people/people.service';
import { LoginInput } from './dto/login.input';
import { MeModel, TotpConfirmation, TotpEnrollment } from './dto/me.model';
import { DeviceCookie, DeviceCookieService, PresentedCookies } from './device-cookie.service';
import { LoginThrottleService, SIGN_IN_RULE } from './login-throttle.service';
import { MeReader } from './me.reader';
import { PasswordService } from './password.service';
import { RecoveryCodesService } from './recovery-codes.service';
import { SessionService } from './session.service';
import { TotpService } from './totp.service';

/** A new session, and a fresh device cookie that makes this browser a known device of the account. */
type SignedIn = { token: string; me: MeModel; device: DeviceCookie };

/** Why a sign-in was refused, as the audit trail keeps it (never told to the person). */
type FailureReason = 'unknown email' | 'wrong password' | 'account disabled' | 'wrong code';

function failureOf(
  user: Account | null,
  passwordOk: boolean,
  membership: AccountMembership | null,
  codeOk: boolean,
): FailureReason | null {
  if (!user) return 'unknown email';
  if (!passwordOk) return 'wrong password';
  if (!membership || user.disabledAt) return 'account disabled';
  if (!codeOk) return 'wrong code';
  return null;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly people: PeopleService,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly totp: TotpService,
    private readonly meReader: MeReader,
    private readonly devices: DeviceCookieService,
    private readonly recoveryCodes: RecoveryCodesService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Signs a person in. A wrong email and a wrong password get the same answer in about the
   * same time; a disabled account answers the same way. Returns the new session's token.
   * `cookies` may hold a device cookie of the account: its tries are then counted on their own.
   */
  async login(
    ctx: RequestContext,
    input: LoginInput,
    cookies?: PresentedCookies,
  ): Promise<SignedIn> {
    const email = normalizeEmail(input.email);
    const ip = ctx.origin.ip;
    // One sign-in at a time per account, so parallel guesses cannot slip past the throttle's count.
    // Refusals are committed (audit, failure count) and thrown after the transaction.
    const outcome = await ctx.manager.transaction(
      async (manager): Promise<SignedIn | { refusal: DomainError }> => {
        const tx = ctx.within(manager);
        const user = await this.people.accountByEmail(manager, email);
        // A forged cookie, another account's or none: the try counts with the unknown clients.
        const device = user ? this.devices.deviceOf(cookies, user.id, tx.now()) : null;
        await this.throttle.lockAccount(tx, email, SIGN_IN_RULE, device);
        try {
          await this.throttle.assertMayTry(tx, email, device);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          await this.audit.record(manager, {
            organizationId: null,
            actorUserId: null,
            action: 'auth.login.throttled',
            details: { email, knownDevice: device !== null },
            ip,
          });
          return { refusal: error };
        }

        const membership = user ? await this.people.firstActiveMembership(manager, user.id) : null;
        const passwordOk = await this.passwords.verify(user?.passwordHash ?? null, input.password);

        // The code is asked for only once the password is right, and a wrong code counts as a failure.
        const secret =
          user && passwordOk && !user.disabledAt && membership && user.totpEnabledAt
            ? user.totpSecret
            : null;
        if (secret && !input.totpCode && !input.recoveryCode) {
          return { refusal: new DomainError('SIGN_IN_CODE_REQUIRED') };
        }
        const usedStep =
          secret && input.totpCode
            ? this.totp.verify(secret, input.totpCode, user?.totpLastStep ?? null, tx.now())
            : null;
        // A recovery code stands in for the code (a lost phone); it is used up here, once.
        const byRecoveryCode =
          secret && user && !input.totpCode && input.recoveryCode
            ? await this.recoveryCodes.use(manager, user.id, input.recoveryCode, tx.now())
            : false;
        const codeOk = !secret || usedStep !== null || byRecoveryCode;

        const failure = failureOf(user, passwordOk, membership, codeOk);
        if (failure || !user || !membership) {
          await this.throttle.recordFailure(tx, email, device);
          await this.audit.record(manager, {
            organizationId: membership?.organizationId ?? null,
            actorUserId: user?.id ?? null,
            action: 'auth.login.failed',
            recordType: user ? 'user' : undefined,
            recordId: user?.id,
            details: { email, reason: failure, knownDevice: device !== null },
            ip,
          });
          return {
            refusal: new DomainError(
              failure !== 'wrong code'
                ? 'SIGN_IN_NOT_MATCHED'
                : input.totpCode
                  ? 'SIGN_IN_CODE_NOT_MATCHED'
                  : 'SIGN_IN_RECOVERY_CODE_NOT_MATCHED',
            ),
          };
        }

        await this.throttle.forgive(tx, email, device);
        if (usedStep !== null) {
          await this.people.updateAccount(manager, user.id, { totpLastStep: String(usedStep) });
        }
        const { token, session } = await this.sessions.start(tx, user.id, membership.id);
        await this.audit.record(manager, {
          organizationId: membership.organizationId,
          actorUserId: user.id,
          action: 'auth.login',
          recordType: 'session',
          recordId: session.id,
          details: { knownDevice: device !== null },
          ip,
        });
        if (byRecoveryCode) {
          await this.audit.record(manager, {
            organizationId: membership.organizationId,
            actorUserId: user.id,
            action: 'auth.recovery_code.used',
            recordType: 'user',
            recordId: user.id,
            details: { left: await this.recoveryCodes.left(manager, user.id) },
            ip,
          });
        }
        return {
          token,
          me: await this.meOf(tx, user.id, membership.id),
          // Renewed on every sign-in, so a device in use stays known.
          device: this.devices.issue(user.id, tx.now()),
        };
      },
    );
    if ('refusal' in outcome) throw outcome.refusal;
    return outcome;
  }

  async logout(ctx: RequestContext): Promise<void> {
    const actor = ctx.signedIn;
    await ctx.manager.transaction(async (manager) => {
      await this.sessions.end(ctx.within(manager), { id: actor.sessionId }, 'LOGOUT');
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'auth.logout',
        recordType: 'session',
        recordId: actor.sessionId,
        ip: ctx.origin.ip,
      });
    });
  }

  /**
   * Moves the person to another of their own memberships ("Admin at Hillside"): a fresh session
   * in it, and the one they were in ends. Everything after acts in the chosen membership only.
   * A staff membership asks for two-step sign-in to be set up before anything else (the guard
   * reads the new session's role, as after sign-in); a person with it on gave their code at sign-in.
   */
  async chooseMembership(
    ctx: RequestContext,
    membershipId: string,
  ): Promise<{ token: string; me: MeModel }> {
    const actor = ctx.signedIn;
    return ctx.manager.transaction(async (manager) => {
      const tx = ctx.within(manager);
      const membership = await this.people.activeMembership(manager, membershipId, actor.userId);
      if (!membership) throw new DomainError('MEMBERSHIP_NOT_FOUND');
      const rotated = await this.sessions.rotate(tx, membership.id);
      if (!rotated) throw notSignedIn();
      // Kept in both organizations' trails: where they left, and where they arrived.
      for (const organizationId of new Set([actor.organizationId, membership.organizationId])) {
        await this.audit.record(manager, {
          organizationId,
          actorUserId: actor.userId,
          action: 'auth.membership.chosen',
          recordType: 'session',
          recordId: rotated.session.id,
          details: {
            fromSessionId: actor.sessionId,
            fromMembershipId: actor.membershipId,
            toMembershipId: membership.id,
            role: membership.role,
          },
          ip: ctx.origin.ip,
        });
      }
      return { token: rotated.token, me: await this.meOf(tx, actor.userId, membership.id) };
    });
  }

  me(ctx: RequestContext): Promise<MeModel> {
    return this.meOf(ctx, ctx.signedIn.userId, ctx.signedIn.membershipId);
  }

  /** A new password ends the person's other sessions; this one carries on. */
  async changePassword(
    ctx: RequestContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const actor = ctx.signedIn;
    const user = await this.people.account(ctx.manager, actor.userId);
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw new DomainError('CURRENT_PASSWORD_NOT_MATCHED', {}, { field: 'currentPassword' });
    }
    this.passwords.assertAcceptable(newPassword, 'newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    await ctx.manager.transaction(async (manager) => {
      await this.people.updateAccount(manager, user.id, { passwordHash });
      await this.sessions.endOthers(ctx.within(manager), 'PASSWORD_CHANGED');
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'auth.password.changed',
        recordType: 'user',
        recordId: actor.userId,
        ip: ctx.origin.ip,
      });
    });
  }

  setLanguage(ctx: RequestContext, language: Language): Promise<MeModel> {
    return this.changeSetting(ctx, 'user.language.set', { language });
  }

  /** The person's own time zone, so a check-in counts for the day it is where they are. */
  setTimeZone(ctx: RequestContext, timeZone: string): Promise<MeModel> {
    if (!isTimeZone(timeZone))
      throw new DomainError('TIME_ZONE_UNKNOWN', {}, { field: 'timeZone' });
    return this.changeSetting(ctx, 'user.time_zone.set', { timeZone });
  }

  /** Starts (or restarts) two-step sign-in: a new key, used only once a code confirms it. */
  startTotpEnrollment(ctx: RequestContext): Promise<TotpEnrollment> {
    const actor = ctx.signedIn;
    return ctx.manager.transaction(async (manager) => {
      const user = await this.people.account(manager, actor.userId);
      if (user.totpEnabledAt) throw new DomainError('TOTP_ALREADY_ON');
      const { secret, sealed } = this.totp.newSecret();
      await this.people.updateAccount(manager, user.id, { totpSecret: sealed });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'auth.totp.enrollment_started',
        recordType: 'user',
        recordId: user.id,
        ip: ctx.origin.ip,
      });
      return { secret, otpauthUrl: this.totp.uri(secret, user.email) };
    });
  }

  /** Turns two-step sign-in on with a first code, and hands out the recovery codes, once. */
  confirmTotpEnrollment(ctx: RequestContext, code: string): Promise<TotpConfirmation> {
    const actor = ctx.signedIn;
    return ctx.manager.transaction(async (manager) => {
      const user = await this.people.account(manager, actor.userId);
      if (user.totpEnabledAt) throw new DomainError('TOTP_ALREADY_ON');
      if (!user.totpSecret) throw new DomainError('TOTP_NOT_STARTED');
      const usedStep = this.totp.verify(user.totpSecret, code, null, ctx.now());
      if (usedStep === null) throw new DomainError('TOTP_CODE_NOT_MATCHED', {}, { field: 'code' });
      await this.people.updateAccount(manager, user.id, {
        totpEnabledAt: ctx.now(),
        totpLastStep: String(usedStep),
      });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'auth.totp.enabled',
        recordType: 'user',
        recordId: user.id,
        ip: ctx.origin.ip,
      });
      const recoveryCodes = await this.issueRecoveryCodes(ctx.within(manager));
      return {
        me: await this.meOf(ctx.within(manager), actor.userId, actor.membershipId),
        recoveryCodes,
      };
    });
  }

  /**
   * New recovery codes for a staff member with two-step sign-in on, confirmed by a current code
   * from their app (a session alone is not enough to mint a way in); every earlier code stops working.
   */
  regenerateRecoveryCodes(ctx: RequestContext, code: string): Promise<string[]> {
    const actor = ctx.signedIn;
    return ctx.manager.transaction(async (manager) => {
      const user = await this.people.account(manager, actor.userId);
      if (!user.totpEnabledAt || !user.totpSecret) throw new DomainError('TOTP_NOT_ON');
      const usedStep = this.totp.verify(user.totpSecret, code, user.totpLastStep, ctx.now());
      if (usedStep === null) throw new DomainError('TOTP_CODE_NOT_MATCHED', {}, { field: 'code' });
      await this.people.updateAccount(manager, user.id, { totpLastStep: String(usedStep) });
      return this.issueRecoveryCodes(ctx.within(manager));
    });
  }

  /** The signed-in person's recovery codes, made anew in ctx's transaction and kept in the audit trail. */
  private async issueRecoveryCodes(ctx: RequestContext): Promise<string[]> {
    const actor = ctx.signedIn;
    const codes = await this.recoveryCodes.renew(ctx.manager, actor.userId, ctx.now());
    await this.audit.record(ctx.manager, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'auth.recovery_codes.issued',
      recordType: 'user',
      recordId: actor.userId,
      details: { count: RECOVERY_CODE_COUNT },
      ip: ctx.origin.ip,
    });
    return codes;
  }

  /** The person as they see themselves, in the membership given (read through ctx's manager). */
  async meOf(ctx: RequestContext, userId: string, membershipId: string): Promise<MeModel> {
    const row = await this.meReader.me(ctx.manager, userId, membershipId);
    const places = await this.meReader.places(ctx.manager, userId);
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      language: row.language,
      timeZone: row.time_zone,
      role: row.role,
      organization: { id: row.organization_id, name: row.organization_name },
      membershipId,
      memberships: places.map((p) => ({
        id: p.id,
        role: p.role,
        organization: { id: p.organization_id, name: p.organization_name },
        current: p.id === membershipId,
      })),
      totpEnabled: row.totp_enabled,
      totpEnrollmentRequired: mustEnrolSecondFactor(
        row.role,
        row.totp_enabled,
        this.config.requireStaffMfa,
      ),
      recoveryCodesLeft: row.recovery_codes_left,
      sessionIdleMinutes: sessionIdleMinutes(row.role),
    };
  }

  /** One of the person's own settings, kept on their account and in the audit trail. */
  private changeSetting(
    ctx: RequestContext,
    action: string,
    setting: { language: Language } | { timeZone: string },
  ): Promise<MeModel> {
    const actor = ctx.signedIn;
    return ctx.manager.transaction(async (manager) => {
      await this.people.updateAccount(manager, actor.userId, setting);
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action,
        recordType: 'user',
        recordId: actor.userId,
        details: setting,
        ip: ctx.origin.ip,
      });
      return this.meOf(ctx.within(manager), actor.userId, actor.membershipId);
    });
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
