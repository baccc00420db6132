import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { invitableRoles, Role } from '@homeward/domain';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { Actor, RequestOrigin } from '../../platform/actor';
import { AuthService, normalizeEmail } from '../auth/auth.service';
import { MeModel } from '../auth/dto/me.model';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { PasswordService } from '../auth/password.service';
import { SessionService } from '../auth/session.service';
import { AuditService } from '../../audit/audit.service';
import { CLOCK, Clock } from '../../platform/clock';
import { AppError, badInput, conflict, forbidden } from '../../platform/errors';
import { decodeCursor, PageArgs, toPage } from '../../platform/pagination';
import { SecretTokenService } from '../../platform/secret-token.service';
import { AppConfig } from '../../platform/config/app-config';
import { Organization } from '../organizations/organization.entity';
import { Membership } from '../people/membership.entity';
import { User } from '../people/user.entity';
import { PlanMember } from '../../planning/plan-members/plan-member.entity';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { CreateInvitationInput } from './dto/create-invitation.input';
import {
  CreatedInvitation,
  InvitationConnection,
  InvitationModel,
  InvitationPreview,
  InvitationStatus,
} from './dto/invitation.model';
import { Invitation } from './invitation.entity';

export const INVITATION_VALID_DAYS = 7;

const invalidLink = () =>
  new AppError(
    'NOT_FOUND',
    "This invitation link isn't valid. Ask the person who invited you for a new one.",
  );

interface InvitationRow {
  id: string;
  email: string;
  display_name: string | null;
  role: InvitationModel['role'];
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  invited_by_name: string | null;
}

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tokens: SecretTokenService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A new invitation replaces any earlier pending one for the same email. */
  create(
    actor: Actor,
    input: CreateInvitationInput,
    origin: RequestOrigin,
  ): Promise<CreatedInvitation> {
    if (!invitableRoles(actor.role).includes(input.role)) throw forbidden();
    const email = normalizeEmail(input.email);
    return this.dataSource.transaction(async (manager) => {
      const alreadyMember = await manager
        .createQueryBuilder(Membership, 'm')
        .innerJoin(User, 'u', 'u.id = m.user_id')
        .where('m.organization_id = :org AND u.email = :email', {
          org: actor.organizationId,
          email,
        })
        .getExists();
      if (alreadyMember) throw conflict(`${email} already has an account in this program.`);
      return this.issue(
        manager,
        actor,
        { email, role: input.role, displayName: input.displayName ?? null, planMemberId: null },
        origin,
      );
    });
  }

  /** Issues an invitation inside the caller's transaction; the link is returned once, never stored. */
  async issue(
    manager: EntityManager,
    actor: Actor,
    input: { email: string; role: Role; displayName: string | null; planMemberId: string | null },
    origin: RequestOrigin,
  ): Promise<CreatedInvitation> {
    const { email } = input;
    const now = this.clock.now();
    // A new link replaces an earlier pending one for the same place only (another plan's stays).
    await manager.update(
      Invitation,
      {
        organizationId: actor.organizationId,
        email,
        planMemberId: input.planMemberId ?? IsNull(),
        acceptedAt: IsNull(),
        revokedAt: IsNull(),
      },
      { revokedAt: now },
    );
    const { token, hash } = this.tokens.create();
    const invitation = await manager.save(
      manager.create(Invitation, {
        organizationId: actor.organizationId,
        email,
        displayName: input.displayName?.trim() || null,
        role: input.role,
        planMemberId: input.planMemberId,
        tokenHash: hash,
        invitedById: actor.membershipId,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60_000),
      }),
    );
    await this.audit.record(manager, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'invitation.created',
      recordType: 'invitation',
      recordId: invitation.id,
      details: { role: input.role, planMemberId: input.planMemberId },
      ip: origin.ip,
    });
    return {
      invitation: await this.get(manager, invitation.id),
      acceptUrl: `${this.config.publicUrl}/invite/${token}`,
    };
  }

  async list(actor: Actor, page: PageArgs): Promise<InvitationConnection> {
    const after = decodeCursor(page.after);
    const rows = await this.query(
      this.dataSource.manager,
      `i.organization_id = $1 AND ($2::timestamptz IS NULL OR (i.created_at, i.id) < ($2::timestamptz, $3::uuid))
       ORDER BY i.created_at DESC, i.id DESC LIMIT $4`,
      [actor.organizationId, after?.at ?? null, after?.id ?? null, page.first + 1],
    );
    return toPage(rows, page.first, (i) => ({ at: i.createdAt.toISOString(), id: i.id }));
  }

  revoke(actor: Actor, id: string, origin: RequestOrigin): Promise<InvitationModel> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(manager, actor, 'invitation.revoke', id);
      const planMemberId = (await manager.findOneByOrFail(Invitation, { id })).planMemberId;
      if (planMemberId)
        throw conflict('This invitation belongs to a plan: take the person off the plan instead.');
      const current = await this.get(manager, id);
      if (current.status !== 'PENDING')
        throw conflict('Only a pending invitation can be withdrawn.');
      await manager.update(Invitation, { id }, { revokedAt: this.clock.now() });
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: 'invitation.revoked',
        recordType: 'invitation',
        recordId: id,
        ip: origin.ip,
      });
      return this.get(manager, id);
    });
  }

  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(this.dataSource.manager, token);
    const organization = await this.dataSource
      .getRepository(Organization)
      .findOneByOrFail({ id: invitation.organizationId });
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
    input: AcceptInvitationInput,
    origin: RequestOrigin,
  ): Promise<{ token: string; me: MeModel }> {
    const invitation = await this.usable(this.dataSource.manager, input.token);
    const existing = await this.dataSource
      .getRepository(User)
      .findOneBy({ email: invitation.email });
    let passwordHash: string | null = null;
    if (existing) {
      // Confirming an existing account is a sign-in: throttled, audited, and never a way around two-step sign-in.
      await this.throttle.assertMayTry(existing.email, origin.ip);
      if (!(await this.passwords.verify(existing.passwordHash, input.password))) {
        await this.dataSource.transaction(async (manager) => {
          await this.throttle.recordFailure(manager, existing.email, origin.ip);
          await this.audit.record(manager, {
            organizationId: invitation.organizationId,
            actorUserId: existing.id,
            action: 'invitation.accept_failed',
            recordType: 'invitation',
            recordId: invitation.id,
            ip: origin.ip,
          });
        });
        throw badInput(
          'That password does not match. If you already use Homeward, enter your Homeward password.',
          'password',
        );
      }
      if (existing.totpEnabledAt) {
        throw conflict(
          'Your account uses two-step sign-in. Ask the person who invited you to add you while you are signed in.',
        );
      }
    } else {
      this.passwords.assertAcceptable(input.password);
      passwordHash = await this.passwords.hash(input.password);
    }

    return this.dataSource.transaction(async (manager) => {
      const claimed = await manager
        .createQueryBuilder()
        .update(Invitation)
        .set({ acceptedAt: this.clock.now() })
        .where('id = :id AND accepted_at IS NULL AND revoked_at IS NULL', { id: invitation.id })
        .execute();
      if (claimed.affected !== 1)
        throw conflict(
          'This invitation has already been used. Sign in with your email and password.',
        );

      const user =
        existing ??
        (await manager.save(
          manager.create(User, {
            email: invitation.email,
            displayName: input.displayName.trim(),
            passwordHash: passwordHash as string,
            language: input.language ?? 'EN',
          }),
        ));
      const membership = await this.joinOrganization(manager, invitation, user.id);
      if (invitation.planMemberId) {
        await manager.update(
          PlanMember,
          { id: invitation.planMemberId },
          { membershipId: membership.id, status: 'ACTIVE', displayName: user.displayName },
        );
      }
      const { token, session } = await this.sessions.start(
        manager,
        user.id,
        membership.id,
        origin.ip,
      );
      await this.audit.record(manager, {
        organizationId: invitation.organizationId,
        actorUserId: user.id,
        action: 'invitation.accepted',
        recordType: 'invitation',
        recordId: invitation.id,
        details: { membershipId: membership.id, sessionId: session.id, newAccount: !existing },
        ip: origin.ip,
      });
      return { token, me: await this.auth.meOf(manager, user.id, membership.id) };
    });
  }

  /** A person already in the organization (say, a parent of two patients) keeps their one membership. */
  private async joinOrganization(
    manager: EntityManager,
    invitation: Invitation,
    userId: string,
  ): Promise<Membership> {
    const existing = await manager.findOneBy(Membership, {
      organizationId: invitation.organizationId,
      userId,
    });
    if (!existing) {
      return manager.save(
        manager.create(Membership, {
          organizationId: invitation.organizationId,
          userId,
          role: invitation.role,
        }),
      );
    }
    if (existing.role !== invitation.role || existing.status !== 'ACTIVE') {
      throw conflict(
        'This email already has a different account in this program. Ask your counselor to sort it out with you.',
      );
    }
    return existing;
  }

  /** The invitation behind a link, if it can still be used; kind, specific answers when not. */
  private async usable(manager: EntityManager, token: string): Promise<Invitation> {
    const invitation = await manager.findOneBy(Invitation, { tokenHash: this.tokens.hash(token) });
    if (!invitation || invitation.revokedAt) throw invalidLink();
    if (invitation.planMemberId && !invitation.acceptedAt) {
      const member = await manager.findOneBy(PlanMember, { id: invitation.planMemberId });
      if (!member || member.status === 'DECLINED' || member.status === 'REMOVED')
        throw invalidLink();
      if (member.status === 'AWAITING_PATIENT') {
        throw conflict(
          'This invitation is waiting for approval. The link will work as soon as it is approved; please try again later.',
        );
      }
    }
    if (invitation.acceptedAt)
      throw conflict(
        'This invitation has already been used. Sign in with your email and password.',
      );
    if (invitation.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw badInput(
        'This invitation has expired. Ask the person who invited you to send a new one.',
        'token',
      );
    }
    return invitation;
  }

  private async get(manager: EntityManager, id: string): Promise<InvitationModel> {
    const [invitation] = await this.query(manager, 'i.id = $1', [id]);
    return invitation;
  }

  private async query(
    manager: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<InvitationModel[]> {
    const rows = (await manager.query(
      `SELECT i.id, i.email, i.display_name, i.role, i.created_at, i.expires_at, i.accepted_at, i.revoked_at, u.display_name AS invited_by_name
         FROM invitation i
         JOIN membership m ON m.id = i.invited_by_id
         JOIN app_user u ON u.id = m.user_id
        WHERE ${where}`,
      params,
    )) as InvitationRow[];
    const now = this.clock.now().getTime();
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      role: r.role,
      status: statusOf(r, now),
      createdAt: r.created_at,
      expiresAt: r.expires_at,
      invitedByName: r.invited_by_name,
    }));
  }
}

function statusOf(r: InvitationRow, now: number): InvitationStatus {
  if (r.accepted_at) return 'ACCEPTED';
  if (r.revoked_at) return 'REVOKED';
  return new Date(r.expires_at).getTime() <= now ? 'EXPIRED' : 'PENDING';
}
