import { Inject, Injectable } from '@nestjs/common';
import { invitableRoles, Language, Role } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { Actor, RequestOrigin } from '../../platform/actor';
import { CLOCK, Clock } from '../../platform/clock';
import { AppConfig } from '../../platform/config/app-config';
import { DomainError } from '../../platform/domain-error';
import { forbidden } from '../../platform/domain-error';
import { Mailer } from '../../platform/mail/mailer.service';
import { decodeCursor, PageArgs, toPage } from '../../platform/pagination';
import { RequestContext } from '../../platform/request-context';
import { SecretBoxService } from '../../platform/secret-box.service';
import { SecretTokenService } from '../../platform/secret-token.service';
import { AuthService, normalizeEmail } from '../auth/auth.service';
import { DeviceCookie, DeviceCookieService, PresentedCookies } from '../auth/device-cookie.service';
import { MeModel } from '../auth/dto/me.model';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { PasswordService } from '../auth/password.service';
import { SessionService } from '../auth/session.service';
import { TotpService } from '../auth/totp.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { AccountMembership, PeopleService } from '../people/people.service';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { CreateInvitationInput } from './dto/create-invitation.input';
import {
  CreatedInvitation,
  InvitationConnection,
  InvitationModel,
  InvitationPreview,
} from './dto/invitation.model';
import { statusOf } from './invitation-status';
import { Invitation } from './invitation.entity';
import { InvitationRow, InvitationsReader } from './invitations.reader';
import { InvitationsRepository } from './invitations.repository';
import { PlanSeats } from './plan-seats';

export const INVITATION_VALID_DAYS = 7;
export const INVITATION_MAIL = 'invitation';

/** What a queued invitation mail carries: the invitation, and its token sealed (never in clear). */
export interface InvitationMailData {
  invitationId: string;
  token: string;
}

/** An invitation a mail may still offer, and what the mail needs to say about it. */
export interface MailableInvitation {
  acceptUrl: string;
  expiresAt: Date;
  /** The program's time zone, to say until when the link works. */
  timeZone: string;
}

/** Who sends an invitation: a signed-in staff member, or nobody for an organization's first admin. */
interface InvitationSender {
  organizationId: string;
  membershipId: string | null;
  userId: string | null;
  /** The invitee's mail is in it unless they already have an account. */
  language: Language;
  ip: string | null;
}

/** Who to invite, in which role, and (for a family member) to which place on a plan. */
export interface InvitationRequest {
  email: string;
  role: Role;
  displayName: string | null;
  planMemberId: string | null;
}

@Injectable()
export class InvitationsService {
  private planSeats: PlanSeats | null = null;

  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly reader: InvitationsReader,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tokens: SecretTokenService,
    private readonly box: SecretBoxService,
    private readonly mailer: Mailer,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
    private readonly devices: DeviceCookieService,
    private readonly totp: TotpService,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Planning registers the places on plans that family invitations lead to, once at start-up. */
  seatPlansWith(seats: PlanSeats): void {
    this.planSeats = seats;
  }

  private get seats(): PlanSeats {
    if (!this.planSeats) throw new Error('No PlanSeats registered: planning registers them');
    return this.planSeats;
  }

  /** A new invitation replaces any earlier pending one for the same email. */
  create(ctx: RequestContext, input: CreateInvitationInput): Promise<CreatedInvitation> {
    const actor = ctx.signedIn;
    if (!invitableRoles(actor.role).includes(input.role)) throw forbidden();
    const email = normalizeEmail(input.email);
    return ctx.manager.transaction(async (manager) => {
      // Another role is no bar: a counselor may also be the admin (DESIGN §1).
      if (await this.people.hasMemberWithEmail(manager, actor.organizationId, email, input.role)) {
        throw new DomainError('INVITATION_EMAIL_ALREADY_MEMBER', { email });
      }
      return this.issue(ctx.within(manager), {
        email,
        role: input.role,
        displayName: input.displayName ?? null,
        planMemberId: null,
      });
    });
  }

  /** Issues an invitation inside the caller's transaction; the link is returned once, never stored. */
  issue(ctx: RequestContext, input: InvitationRequest): Promise<CreatedInvitation>;
  /** @deprecated The form planning calls until it passes its change's ctx (removed at merge). */
  issue(
    manager: EntityManager,
    actor: Actor,
    input: InvitationRequest,
    origin: RequestOrigin,
  ): Promise<CreatedInvitation>;
  issue(
    first: RequestContext | EntityManager,
    second: InvitationRequest | Actor,
    input?: InvitationRequest,
    origin?: RequestOrigin,
  ): Promise<CreatedInvitation> {
    if (first instanceof RequestContext) return this.issueIn(first, second as InvitationRequest);
    const ctx = new RequestContext(
      second as Actor,
      origin as RequestOrigin,
      (second as Actor).language,
      this.clock,
      first,
    );
    return this.issueIn(ctx, input as InvitationRequest);
  }

  private async issueIn(ctx: RequestContext, input: InvitationRequest): Promise<CreatedInvitation> {
    const actor = ctx.signedIn;
    const { id, token } = await this.write(
      ctx.manager,
      {
        organizationId: actor.organizationId,
        membershipId: actor.membershipId,
        userId: actor.userId,
        language: ctx.language,
        ip: ctx.origin.ip,
      },
      input,
    );
    return { invitation: await this.get(ctx, id), acceptUrl: this.linkFor(token) };
  }

  /**
   * A new organization's first admin, invited by nobody (`npm run org:create`), inside the
   * caller's transaction: the invitation, its mail in `language` and its audit event land
   * together with the organization. The link is returned once, never stored.
   */
  async inviteFirstAdmin(
    manager: EntityManager,
    invitee: {
      organizationId: string;
      email: string;
      displayName: string | null;
      language: Language;
    },
  ): Promise<{ invitationId: string; acceptUrl: string; expiresAt: Date }> {
    const { id, token, expiresAt } = await this.write(
      manager,
      {
        organizationId: invitee.organizationId,
        membershipId: null,
        userId: null,
        language: invitee.language,
        ip: null,
      },
      {
        email: normalizeEmail(invitee.email),
        role: 'ADMIN',
        displayName: invitee.displayName,
        planMemberId: null,
      },
      { firstAdmin: true },
    );
    return { invitationId: id, acceptUrl: this.linkFor(token), expiresAt };
  }

  /** The invitation row, its mail and its audit event, in the caller's transaction. */
  private async write(
    manager: EntityManager,
    sender: InvitationSender,
    input: InvitationRequest,
    auditDetails: Record<string, unknown> = {},
  ): Promise<{ id: string; token: string; expiresAt: Date }> {
    const { email } = input;
    const now = this.clock.now();
    // A new link replaces an earlier pending one for the same place only (another plan's stays).
    await this.invitations.revokePendingFor(
      manager,
      { organizationId: sender.organizationId, email, planMemberId: input.planMemberId },
      now,
    );
    const { token, hash } = this.tokens.create();
    const invitation = await this.invitations.insert(manager, {
      organizationId: sender.organizationId,
      email,
      displayName: input.displayName?.trim() || null,
      role: input.role,
      planMemberId: input.planMemberId,
      tokenHash: hash,
      invitedById: sender.membershipId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60_000),
    });
    await this.queueMail(manager, invitation, token, sender.language);
    await this.audit.record(manager, {
      organizationId: sender.organizationId,
      actorUserId: sender.userId,
      action: 'invitation.created',
      recordType: 'invitation',
      recordId: invitation.id,
      details: { role: input.role, planMemberId: input.planMemberId, ...auditDetails },
      ip: sender.ip,
    });
    return { id: invitation.id, token, expiresAt: invitation.expiresAt };
  }

  private linkFor(token: string): string {
    return `${this.config.publicUrl}/invite/${token}`;
  }

  /**
   * The invitation mail, queued in the invitation's transaction (none if it rolls back). In the
   * invitee's language: their account's if they have one, else the one the inviter is using. A
   * family invitation waits for the patient's yes (DESIGN §3): its mail is held until then, or
   * until the link expires, when it is skipped.
   */
  private async queueMail(
    manager: EntityManager,
    invitation: Invitation,
    token: string,
    senderLanguage: Language,
  ) {
    const account = await this.people.accountByEmail(manager, invitation.email);
    const held =
      invitation.planMemberId !== null &&
      (await this.seats.stateOf(manager, invitation.planMemberId)) !== 'OPEN';
    const data: InvitationMailData = { invitationId: invitation.id, token: this.box.seal(token) };
    await this.mailer.queue(manager, {
      purpose: INVITATION_MAIL,
      to: invitation.email,
      language: account?.language ?? senderLanguage,
      data: { ...data },
      ...(held ? { sendAfter: invitation.expiresAt } : {}),
    });
  }

  /** The patient said yes to a place on their plan: a held invitation mail to it goes now. */
  async releaseMailFor(manager: EntityManager, planMemberId: string): Promise<void> {
    for (const { id } of await this.invitations.pendingForSeat(manager, planMemberId)) {
      await this.mailer.release(manager, INVITATION_MAIL, { invitationId: id });
    }
  }

  /**
   * What an invitation mail offers, when it goes out: null unless the link can still be used
   * (pending, unexpired, and for a family invitation, the patient has said yes).
   */
  async mailable(
    manager: EntityManager,
    data: InvitationMailData,
    now: Date,
  ): Promise<MailableInvitation | null> {
    const token = this.box.open(data.token);
    const invitation = await this.invitations.byTokenHash(manager, this.tokens.hash(token));
    if (!invitation || invitation.id !== data.invitationId) return null;
    const dates = {
      accepted_at: invitation.acceptedAt,
      revoked_at: invitation.revokedAt,
      expires_at: invitation.expiresAt,
    };
    if (statusOf(dates, now) !== 'PENDING') return null;
    const seat = invitation.planMemberId
      ? await this.seats.stateOf(manager, invitation.planMemberId)
      : 'OPEN';
    if (seat !== 'OPEN') return null;
    const { timeZone } = await this.organizations.summary(manager, invitation.organizationId);
    return { acceptUrl: this.linkFor(token), expiresAt: invitation.expiresAt, timeZone };
  }

  /** Withdraws an invitation nobody has used yet, inside the caller's transaction (plans use it). */
  revokePending(manager: EntityManager, invitationId: string, at: Date): Promise<void> {
    return this.invitations.revokePending(manager, invitationId, at);
  }

  async list(ctx: RequestContext, page: PageArgs): Promise<InvitationConnection> {
    const rows = await this.reader.page(
      ctx.manager,
      ctx.signedIn.organizationId,
      decodeCursor(page.after),
      page.first + 1,
    );
    const now = ctx.now();
    return toPage(
      rows.map((r) => toModel(r, now)),
      page.first,
      (i) => ({ at: i.createdAt.toISOString(), id: i.id }),
    );
  }

  revoke(ctx: RequestContext, id: string): Promise<InvitationModel> {
    const actor = ctx.signedIn;
    return ctx.manager.transaction(async (manager) => {
      const tx = ctx.within(manager);
      await this.access.require(manager, actor, 'invitation.revoke', id);
      const { planMemberId } = await this.invitations.byId(manager, id);
      if (planMemberId) throw new DomainError('INVITATION_BELONGS_TO_PLAN');
      const current = await this.get(tx, id);
      if (current.status !== 'PENDING') throw new DomainError('INVITATION_NOT_PENDING');
      await this.invitations.revokePending(manager, id, tx.now());
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'invitation.revoked',
        recordType: 'invitation',
        recordId: id,
        ip: ctx.origin.ip,
      });
      return this.get(tx, id);
    });
  }

  async preview(ctx: RequestContext, token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(ctx, token);
    const organization = await this.organizations.summary(ctx.manager, invitation.organizationId);
    // Whether the email already has an account is not said: that alone would tell another program something.
    return {
      email: invitation.email,
      role: invitation.role,
      organizationName: organization.name,
      expiresAt: invitation.expiresAt,
    };
  }

  /**
   * Creates the account (or, when the email already has one, confirms its password), joins the
   * organization and starts a session — all in one transaction, and the link works only once.
   */
  async accept(
    ctx: RequestContext,
    input: AcceptInvitationInput,
    cookies?: PresentedCookies,
  ): Promise<{ token: string; me: MeModel; device: DeviceCookie }> {
    const invitation = await this.usable(ctx, input.token);
    const existing = await this.people.accountByEmail(ctx.manager, invitation.email);
    let passwordHash: string | null = null;
    let usedStep: number | null = null;
    if (existing) {
      // Confirming an existing account is a sign-in: throttled, audited, and never a way around two-step sign-in.
      // From a known device of the account, its own count (as at sign-in).
      const device = this.devices.deviceOf(cookies, existing.id, ctx.now());
      await this.throttle.assertMayTry(ctx, existing.email, device);
      if (!(await this.passwords.verify(existing.passwordHash, input.password))) {
        await ctx.manager.transaction(async (manager) => {
          await this.throttle.recordFailure(ctx.within(manager), existing.email, device);
          await this.audit.record(manager, {
            organizationId: invitation.organizationId,
            actorUserId: existing.id,
            action: 'invitation.accept_failed',
            recordType: 'invitation',
            recordId: invitation.id,
            ip: ctx.origin.ip,
          });
        });
        throw new DomainError('INVITATION_PASSWORD_NOT_MATCHED', {}, { field: 'password' });
      }
      if (existing.totpEnabledAt) {
        // Asked for only once the password is right (as at sign-in), so it tells nobody else anything.
        if (!input.totpCode) throw new DomainError('SIGN_IN_CODE_REQUIRED');
        usedStep = this.totp.verify(
          existing.totpSecret as string,
          input.totpCode,
          existing.totpLastStep,
          ctx.now(),
        );
        if (usedStep === null) {
          await ctx.manager.transaction(async (manager) => {
            await this.throttle.recordFailure(ctx.within(manager), existing.email, device);
            await this.audit.record(manager, {
              organizationId: invitation.organizationId,
              actorUserId: existing.id,
              action: 'invitation.accept_failed',
              recordType: 'invitation',
              recordId: invitation.id,
              details: { reason: 'wrong code' },
              ip: ctx.origin.ip,
            });
          });
          throw new DomainError('SIGN_IN_CODE_NOT_MATCHED', {}, { field: 'totpCode' });
        }
      }
    } else {
      this.passwords.assertAcceptable(input.password);
      passwordHash = await this.passwords.hash(input.password);
    }

    return ctx.manager.transaction(async (manager) => {
      const tx = ctx.within(manager);
      if (!(await this.invitations.claim(manager, invitation.id, tx.now()))) {
        throw new DomainError('INVITATION_USED');
      }
      const user =
        existing ??
        (await this.people.createAccount(manager, {
          email: invitation.email,
          displayName: input.displayName.trim(),
          passwordHash: passwordHash as string,
          language: input.language ?? 'EN',
        }));
      if (existing && usedStep !== null) {
        await this.people.updateAccount(manager, existing.id, { totpLastStep: String(usedStep) });
      }
      const membership = await this.joinOrganization(manager, invitation, user.id);
      if (invitation.planMemberId) {
        await this.seats.take(manager, invitation.planMemberId, membership.id, user.displayName);
      }
      const { token, session } = await this.sessions.start(tx, user.id, membership.id);
      await this.audit.record(manager, {
        organizationId: invitation.organizationId,
        actorUserId: user.id,
        action: 'invitation.accepted',
        recordType: 'invitation',
        recordId: invitation.id,
        details: { membershipId: membership.id, sessionId: session.id, newAccount: !existing },
        ip: ctx.origin.ip,
      });
      return {
        token,
        me: await this.auth.meOf(tx, user.id, membership.id),
        device: this.devices.issue(user.id, tx.now()),
      };
    });
  }

  /**
   * A new membership for a new role or organization (a counselor made admin; a mother invited by
   * a second program); one already held in this role (a parent of two patients) is kept.
   */
  private async joinOrganization(
    manager: EntityManager,
    invitation: Invitation,
    userId: string,
  ): Promise<AccountMembership> {
    const { organizationId, role } = invitation;
    const existing = await this.people.membershipIn(manager, organizationId, userId, role);
    if (!existing) return this.people.join(manager, { organizationId, userId, role });
    if (existing.status !== 'ACTIVE') {
      throw new DomainError('INVITATION_EMAIL_OTHER_ACCOUNT');
    }
    return existing;
  }

  /** The invitation behind a link, if it can still be used; kind, specific answers when not. */
  private async usable(ctx: RequestContext, token: string): Promise<Invitation> {
    const { manager } = ctx;
    const invitation = await this.invitations.byTokenHash(manager, this.tokens.hash(token));
    if (!invitation || invitation.revokedAt) throw new DomainError('INVITATION_LINK_INVALID');
    if (invitation.planMemberId && !invitation.acceptedAt) {
      const seat = await this.seats.stateOf(manager, invitation.planMemberId);
      if (seat === 'GONE') throw new DomainError('INVITATION_LINK_INVALID');
      if (seat === 'AWAITING_PATIENT') throw new DomainError('INVITATION_AWAITING_APPROVAL');
    }
    if (invitation.acceptedAt) throw new DomainError('INVITATION_USED');
    if (invitation.expiresAt.getTime() <= ctx.now().getTime()) {
      throw new DomainError('INVITATION_EXPIRED', {}, { field: 'token' });
    }
    return invitation;
  }

  private async get(ctx: RequestContext, id: string): Promise<InvitationModel> {
    return toModel(await this.reader.byId(ctx.manager, id), ctx.now());
  }
}

function toModel(r: InvitationRow, now: Date): InvitationModel {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    status: statusOf(r, now),
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    invitedByName: r.invited_by_name,
    forPlan: r.for_plan,
  };
}
