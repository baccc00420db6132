import { Injectable } from '@nestjs/common';
import { Role } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../access/access.service';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../platform/actor';
import { decodeCursor, toPage } from '../../platform/pagination';
import { RequestContext } from '../../platform/request-context';
import { OrganizationsService } from '../organizations/organizations.service';
import { PeopleArgs } from './dto/people.args';
import { PersonConnection, PersonModel } from './dto/person.model';
import { Membership, MembershipStatus } from './membership.entity';
import { AccountPatch, NewAccount, PeopleRepository, PersonRow } from './people.repository';
import { User } from './user.entity';

export type { AccountPatch, NewAccount } from './people.repository';

/** An account as other features may read it (sign-in, invitations, the demo seed). */
export type Account = Readonly<
  Pick<
    User,
    | 'id'
    | 'email'
    | 'displayName'
    | 'passwordHash'
    | 'language'
    | 'timeZone'
    | 'totpSecret'
    | 'totpEnabledAt'
    | 'totpLastStep'
    | 'disabledAt'
  >
>;

/** A person's place in one organization. */
export type AccountMembership = Readonly<
  Pick<Membership, 'id' | 'organizationId' | 'userId' | 'role' | 'status'>
>;

/** What follows when a membership is disabled, registered by the feature that owns it (sessions). */
export type DisabledFollower = (
  manager: EntityManager,
  membershipId: string,
  at: Date,
) => Promise<void>;

const toPerson = (r: PersonRow): PersonModel => ({
  id: r.id,
  displayName: r.display_name,
  email: r.email,
  role: r.role,
  status: r.status,
  joinedAt: r.created_at,
});

/**
 * People: accounts and their memberships in organizations. Other features reach accounts only
 * through the narrow methods below, each taking the caller's manager (so it joins their
 * transaction).
 */
@Injectable()
export class PeopleService {
  private readonly disabledFollowers: DisabledFollower[] = [];

  constructor(
    private readonly people: PeopleRepository,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Registered once at start-up: auth ends a disabled membership's sessions (people never imports auth). */
  whenDisabled(follower: DisabledFollower): void {
    this.disabledFollowers.push(follower);
  }

  /** The actor's organization only, oldest first, keyset-paginated. */
  async list(ctx: RequestContext, page: PeopleArgs): Promise<PersonConnection> {
    const rows = await this.people.page(
      ctx.manager,
      ctx.signedIn.organizationId,
      decodeCursor(page.after),
      page.first + 1,
      page.role ?? null,
    );
    return toPage(rows.map(toPerson), page.first, (p) => ({
      at: p.joinedAt.toISOString(),
      id: p.id,
    }));
  }

  /** Disabling a membership ends that person's sessions in this organization at once. */
  setStatus(
    ctx: RequestContext,
    membershipId: string,
    status: MembershipStatus,
  ): Promise<PersonModel> {
    const actor = ctx.signedIn;
    return ctx.manager.transaction(async (manager) => {
      await this.access.require(manager, actor, 'person.disable', membershipId);
      await this.people.setMembershipStatus(manager, membershipId, status);
      if (status === 'DISABLED') {
        for (const follow of this.disabledFollowers) await follow(manager, membershipId, ctx.now());
      }
      await this.audit.record(manager, {
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action: status === 'DISABLED' ? 'person.disabled' : 'person.enabled',
        recordType: 'membership',
        recordId: membershipId,
        ip: ctx.origin.ip,
      });
      return toPerson(await this.people.person(manager, membershipId));
    });
  }

  /** The zone a person's days count in: their own, else their organization's. */
  async timeZoneOf(manager: EntityManager, actor: Actor): Promise<string> {
    return (
      (await this.people.ownTimeZone(manager, actor.userId)) ??
      this.organizations.timeZoneOf(manager, actor.organizationId)
    );
  }

  accountByEmail(manager: EntityManager, email: string): Promise<Account | null> {
    return this.people.accountByEmail(manager, email);
  }

  account(manager: EntityManager, userId: string): Promise<Account> {
    return this.people.accountById(manager, userId);
  }

  createAccount(manager: EntityManager, account: NewAccount): Promise<Account> {
    return this.people.insertAccount(manager, account);
  }

  updateAccount(manager: EntityManager, userId: string, patch: AccountPatch): Promise<void> {
    return this.people.updateAccount(manager, userId, patch);
  }

  /** Sessions act for one membership: at sign-in, the person's first active one until they choose. */
  firstActiveMembership(manager: EntityManager, userId: string): Promise<AccountMembership | null> {
    return this.people.firstActiveMembership(manager, userId);
  }

  /** One of the person's own memberships. */
  membership(
    manager: EntityManager,
    membershipId: string,
    userId: string,
  ): Promise<AccountMembership> {
    return this.people.membership(manager, membershipId, userId);
  }

  /** The person's membership in an organization in one role (they may hold several roles there). */
  membershipIn(
    manager: EntityManager,
    organizationId: string,
    userId: string,
    role: Role,
  ): Promise<AccountMembership | null> {
    return this.people.membershipIn(manager, organizationId, userId, role);
  }

  /** One of the person's own active memberships, or null (not theirs, disabled, or none). */
  activeMembership(
    manager: EntityManager,
    membershipId: string,
    userId: string,
  ): Promise<AccountMembership | null> {
    return this.people.activeMembership(manager, membershipId, userId);
  }

  join(
    manager: EntityManager,
    membership: { organizationId: string; userId: string; role: Role },
  ): Promise<AccountMembership> {
    return this.people.insertMembership(manager, membership);
  }

  /** Whether the email already holds this role in the organization (another role is no bar). */
  hasMemberWithEmail(
    manager: EntityManager,
    organizationId: string,
    email: string,
    role: Role,
  ): Promise<boolean> {
    return this.people.hasMemberWithEmail(manager, organizationId, email, role);
  }
}
