import { Role } from '@homeward/domain';
import { DataSource } from 'typeorm';
import { ARGON2_OPTIONS } from '../src/identity/auth/password.service';
import { Organization } from '../src/identity/organizations/organization.entity';
import { Membership } from '../src/identity/people/membership.entity';
import { User } from '../src/identity/people/user.entity';
import { PlanTemplate } from '../src/planning/templates/plan-template.entity';
import { DEFAULT_LADDER } from '@homeward/domain';
import * as argon2 from 'argon2';

export const TEST_PASSWORD = 'a long test password of my own';
let cachedHash: Promise<string> | null = null;
export const testPasswordHash = () => (cachedHash ??= argon2.hash(TEST_PASSWORD, ARGON2_OPTIONS));

export interface TestPerson {
  email: string;
  userId: string;
  membershipId: string;
  role: Role;
}

export interface TestOrganization {
  id: string;
  name: string;
  people: Record<Role, TestPerson>;
}

let sequence = 0;

/** An organization with one person of each role, all with TEST_PASSWORD; emails are unique per call. */
export async function createOrganization(
  dataSource: DataSource,
  name = 'Test Program',
): Promise<TestOrganization> {
  const tag = `${Date.now().toString(36)}${(sequence++).toString(36)}`;
  const passwordHash = await testPasswordHash();
  return dataSource.transaction(async (manager) => {
    const organization = await manager.save(manager.create(Organization, { name }));
    await manager.save(
      manager.create(PlanTemplate, {
        organizationId: organization.id,
        version: 1,
        phases: DEFAULT_LADDER,
        createdByUserId: null,
      }),
    );
    const people = {} as Record<Role, TestPerson>;
    for (const role of ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'] as Role[]) {
      const email = `${role.toLowerCase()}-${tag}@test.example`;
      const user = await manager.save(
        manager.create(User, { email, displayName: `${role} ${tag}`, passwordHash }),
      );
      const membership = await manager.save(
        manager.create(Membership, { organizationId: organization.id, userId: user.id, role }),
      );
      people[role] = { email, userId: user.id, membershipId: membership.id, role };
    }
    return { id: organization.id, name, people };
  });
}
