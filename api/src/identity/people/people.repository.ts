import { Injectable } from '@nestjs/common';
import { Language, Role } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { Membership, MembershipStatus } from './membership.entity';
import { User } from './user.entity';

/** A membership and the account behind it, as staff see a person. */
export interface PersonRow {
  id: string;
  display_name: string;
  email: string;
  role: Role;
  status: MembershipStatus;
  created_at: Date;
}

/** The account columns other features may change, each through PeopleService. */
export type AccountPatch = Partial<
  Pick<
    User,
    'passwordHash' | 'language' | 'timeZone' | 'totpSecret' | 'totpEnabledAt' | 'totpLastStep'
  >
>;

export interface NewAccount {
  email: string;
  displayName: string;
  passwordHash: string;
  language?: Language;
}

const PERSON_COLUMNS = 'm.id, u.display_name, u.email, m.role, m.status, m.created_at';

/** The app_user and membership tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class PeopleRepository {
  accountByEmail(manager: EntityManager, email: string): Promise<User | null> {
    return manager.findOneBy(User, { email });
  }

  accountById(manager: EntityManager, userId: string): Promise<User> {
    return manager.findOneByOrFail(User, { id: userId });
  }

  /** The person's own time zone, or null when they keep the program's. */
  async ownTimeZone(manager: EntityManager, userId: string): Promise<string | null> {
    const user = await manager.findOne(User, {
      where: { id: userId },
      select: { id: true, timeZone: true },
    });
    return user?.timeZone ?? null;
  }

  insertAccount(manager: EntityManager, account: NewAccount): Promise<User> {
    return manager.save(manager.create(User, account));
  }

  async updateAccount(manager: EntityManager, userId: string, patch: AccountPatch): Promise<void> {
    await manager.update(User, { id: userId }, patch);
  }

  /**
   * The person's oldest active membership; of several made at once (one transaction), the one
   * with the fewest powers (roles run ADMIN, COUNSELOR, PATIENT, FAMILY), so a session that has
   * not chosen yet never starts with more than it needs.
   */
  firstActiveMembership(manager: EntityManager, userId: string): Promise<Membership | null> {
    return manager.findOne(Membership, {
      where: { userId, status: 'ACTIVE' },
      order: { createdAt: 'ASC', role: 'DESC', id: 'ASC' },
    });
  }

  membership(manager: EntityManager, membershipId: string, userId: string): Promise<Membership> {
    return manager.findOneByOrFail(Membership, { id: membershipId, userId });
  }

  /** The person's membership in one organization in one role, if they hold it. */
  membershipIn(
    manager: EntityManager,
    organizationId: string,
    userId: string,
    role: Role,
  ): Promise<Membership | null> {
    return manager.findOneBy(Membership, { organizationId, userId, role });
  }

  /** One of the person's own memberships, if it is theirs and active. */
  activeMembership(
    manager: EntityManager,
    membershipId: string,
    userId: string,
  ): Promise<Membership | null> {
    return manager.findOneBy(Membership, { id: membershipId, userId, status: 'ACTIVE' });
  }

  insertMembership(
    manager: EntityManager,
    membership: { organizationId: string; userId: string; role: Role },
  ): Promise<Membership> {
    return manager.save(manager.create(Membership, membership));
  }

  async setMembershipStatus(
    manager: EntityManager,
    membershipId: string,
    status: MembershipStatus,
  ): Promise<void> {
    await manager.update(Membership, { id: membershipId }, { status });
  }

  hasMemberWithEmail(manager: EntityManager, organizationId: string, email: string, role: Role) {
    return manager
      .createQueryBuilder(Membership, 'm')
      .innerJoin(User, 'u', 'u.id = m.user_id')
      .where('m.organization_id = :organizationId AND u.email = :email AND m.role = :role', {
        organizationId,
        email,
        role,
      })
      .getExists();
  }

  async person(manager: EntityManager, membershipId: string): Promise<PersonRow> {
    const [row]: PersonRow[] = await manager.query(
      `SELECT ${PERSON_COLUMNS}
         FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.id = $1`,
      [membershipId],
    );
    return row;
  }

  /** One organization's people, oldest first, after a keyset position; `limit` rows at most. */
  page(
    manager: EntityManager,
    organizationId: string,
    after: { at: string; id: string } | null,
    limit: number,
    role: Role | null,
  ): Promise<PersonRow[]> {
    return manager.query(
      `SELECT ${PERSON_COLUMNS}
         FROM membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.organization_id = $1 AND ($2::timestamptz IS NULL OR (m.created_at, m.id) > ($2::timestamptz, $3::uuid))
          AND ($5::role IS NULL OR m.role = $5)
        ORDER BY m.created_at, m.id LIMIT $4`,
      [organizationId, after?.at ?? null, after?.id ?? null, limit, role],
    );
  }
}
