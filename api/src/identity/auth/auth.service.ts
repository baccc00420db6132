import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isTimeZone, Language, Role, sessionIdleMinutes } from '@homeward/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { CLOCK, Clock } from '../../platform/clock';
import { AppError, badInput, conflict } from '../../platform/errors';
import { Membership } from '../people/membership.entity';
import { User } from '../people/user.entity';
import { Actor, RequestOrigin } from '../../platform/actor';
import { LoginInput } from './dto/login.input';
import { MeModel, TotpEnrollment } from './dto/me.model';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { TotpService } from './totp.service';

const WRONG_CREDENTIALS =
  "That email and password don't match an account. Check them and try again.";

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly totp: TotpService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Signs a person in. A wrong email and a wrong password get the same answer in about the
   * same time; a disabled account answers the same way. Returns the new session's token.
   */
  async login(input: LoginInput, origin: RequestOrigin): Promise<{ token: string; me: MeModel }> {
    const email = normalizeEmail(input.email);
    // One sign-in at a time per account, so parallel guesses cannot slip past the throttle's count.
    // Refusals are committed (audit, failure count) and thrown after the transaction.
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ token: string; me: MeModel } | { refusal: AppError }> => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${email}`]);
        try {
          await this.throttle.assertMayTry(email, origin.ip, manager);
        } catch (error) {
          await this.audit.record(manager, {
            organizationId: null,
            actorUserId: null,
            action: 'auth.login.throttled',
            details: { email },
            ip: origin.ip,
          });
          return { refusal: error as AppError };
        }

        const user = await manager.findOneBy(User, { email });
        const membership = user ? await this.firstActiveMembership(manager, user.id) : null;
        const passwordOk = await this.passwords.verify(user?.passwordHash ?? null, input.password);

        // The code is asked for only once the password is right, and a wrong code counts as a failure.
        const needsCode = Boolean(
          user &&
          passwordOk &&
          !user.disabledAt &&
          membership &&
          user.totpEnabledAt &&
          user.totpSecret,
        );
        if (needsCode && !input.totpCode) {
          return {
            refusal: new AppError(
              'TOTP_REQUIRED',
              'Enter the 6-digit code from your authenticator app.',
            ),
          };
        }
        const usedStep = needsCode
          ? this.totp.verify(
              user?.totpSecret as string,
              input.totpCode as string,
              user?.totpLastStep ?? null,
            )
          : null;
        const codeOk = !needsCode || usedStep !== null;

        if (!user || !passwordOk || user.disabledAt || !membership || !codeOk) {
          const reason = !user
            ? 'unknown email'
            : !passwordOk
              ? 'wrong password'
              : !membership || user.disabledAt
                ? 'account disabled'
                : 'wrong code';
          await this.throttle.recordFailure(manager, email, origin.ip);
          await this.audit.record(manager, {
            organizationId: membership?.organizationId ?? null,
            actorUserId: user?.id ?? null,
            action: 'auth.login.failed',
            recordType: user ? 'user' : undefined,
            recordId: user?.id,
            details: { email, reason },
            ip: origin.ip,
          });
          return {
            refusal: new AppError(
              'UNAUTHENTICATED',
              reason === 'wrong code'
                ? "That code didn't match. Codes change every 30 seconds: try the newest one."
                : WRONG_CREDENTIALS,
            ),
          };
        }

        await this.throttle.clearAccount(manager, email);
        if (usedStep !== null)
          await manager.update(User, { id: user.id }, { totpLastStep: String(usedStep) });
        const { token, session } = await this.sessions.start(
          manager,
          user.id,
          membership.id,
          origin.ip,
        );
        await this.audit.record(manager, {
          organizationId: membership.organizationId,
          actorUserId: user.id,
          action: 'auth.login',
          recordType: 'session',
          recordId: session.id,
          ip: origin.ip,
        });
        return { token, me: await this.meOf(manager, user.id, membership.id) };
      },
    );
    if ('refusal' in outcome) throw outcome.refusal;
    return outcome;
  }

  async logout(actor: Actor, origin: RequestOrigin): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.end(manager, { id: actor.sessionId }, 'LOGOUT');
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'auth.logout',
        recordType: 'session',
        recordId: actor.sessionId,
        ip: origin.ip,
      });
    });
  }

  me(actor: Actor): Promise<MeModel> {
    return this.meOf(this.dataSource.manager, actor.userId, actor.membershipId);
  }

  /** A new password ends the person's other sessions; this one carries on. */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    origin: RequestOrigin,
  ): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    if (!(await this.passwords.verify(user.passwordHash, currentPassword))) {
      throw badInput(
        'Your current password is not right. Check it and try again.',
        'currentPassword',
      );
    }
    this.passwords.assertAcceptable(newPassword, 'newPassword');
    const passwordHash = await this.passwords.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await manager
        .createQueryBuilder()
        .update('session')
        .set({ endedAt: () => 'now()', endReason: 'PASSWORD_CHANGED' })
        .where('user_id = :userId AND ended_at IS NULL AND id <> :sessionId', {
          userId: user.id,
          sessionId: actor.sessionId,
        })
        .execute();
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'auth.password.changed',
        recordType: 'user',
        recordId: actor.userId,
        ip: origin.ip,
      });
    });
  }

  async setLanguage(actor: Actor, language: Language, origin: RequestOrigin): Promise<MeModel> {
    return this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: actor.userId }, { language });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'user.language.set',
        recordType: 'user',
        recordId: actor.userId,
        details: { language },
        ip: origin.ip,
      });
      return this.meOf(manager, actor.userId, actor.membershipId);
    });
  }

  /** Starts (or restarts) two-step sign-in: a new key, used only once a code confirms it. */
  async startTotpEnrollment(actor: Actor, origin: RequestOrigin): Promise<TotpEnrollment> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: actor.userId });
      if (user.totpEnabledAt) throw conflict('Two-step sign-in is already on for your account.');
      const { secret, sealed } = this.totp.newSecret();
      await manager.update(User, { id: user.id }, { totpSecret: sealed });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'auth.totp.enrollment_started',
        recordType: 'user',
        recordId: user.id,
        ip: origin.ip,
      });
      return { secret, otpauthUrl: this.totp.uri(secret, user.email) };
    });
  }

  async confirmTotpEnrollment(actor: Actor, code: string, origin: RequestOrigin): Promise<MeModel> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: actor.userId });
      if (user.totpEnabledAt) throw conflict('Two-step sign-in is already on for your account.');
      if (!user.totpSecret) throw conflict('Start setting up two-step sign-in first.');
      const usedStep = this.totp.verify(user.totpSecret, code, null);
      if (usedStep === null) {
        throw badInput(
          "That code didn't match. Check the time on your phone and enter the newest code.",
          'code',
        );
      }
      await manager.update(
        User,
        { id: user.id },
        { totpEnabledAt: this.clock.now(), totpLastStep: String(usedStep) },
      );
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'auth.totp.enabled',
        recordType: 'user',
        recordId: user.id,
        ip: origin.ip,
      });
      return this.meOf(manager, actor.userId, actor.membershipId);
    });
  }

  /** The person's own time zone, so a check-in counts for the day it is where they are. */
  async setTimeZone(actor: Actor, timeZone: string, origin: RequestOrigin): Promise<MeModel> {
    if (!isTimeZone(timeZone))
      throw badInput('Choose a time zone from the list, like America/Chicago.', 'timeZone');
    return this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: actor.userId }, { timeZone });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'user.time_zone.set',
        recordType: 'user',
        recordId: actor.userId,
        details: { timeZone },
        ip: origin.ip,
      });
      return this.meOf(manager, actor.userId, actor.membershipId);
    });
  }

  /** Sessions act for one membership: the person's first active one. */
  firstActiveMembership(manager: EntityManager, userId: string): Promise<Membership | null> {
    return manager
      .getRepository(Membership)
      .findOne({ where: { userId, status: 'ACTIVE' }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async meOf(manager: EntityManager, userId: string, membershipId: string): Promise<MeModel> {
    const membership = await manager.getRepository(Membership).findOneOrFail({
      where: { id: membershipId, userId },
      relations: { user: true, organization: true },
    });
    const user = membership.user as User;
    const organization = membership.organization as { id: string; name: string };
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      language: user.language,
      timeZone: user.timeZone ?? (membership.organization as { timeZone: string }).timeZone,
      role: membership.role,
      organization: { id: organization.id, name: organization.name },
      totpEnabled: Boolean(user.totpEnabledAt),
      sessionIdleMinutes: sessionIdleMinutes(membership.role as Role),
    };
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
