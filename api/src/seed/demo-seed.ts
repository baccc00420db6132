import { Logger } from '@nestjs/common';
import { Role } from '@homeward/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../identity/auth/password.service';
import { TemplatesService } from '../planning/templates/templates.service';
import { Organization } from '../identity/organizations/organization.entity';
import { Membership } from '../identity/people/membership.entity';
import { User } from '../identity/people/user.entity';

export const DEMO_ORGANIZATION = 'Harbor House Recovery (demo)';
export const DEMO_PASSWORD = 'homeward-demo-2026';
export const DEMO_PEOPLE: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@harbor.example', displayName: 'Avery Admin', role: 'ADMIN' },
  { email: 'counselor@harbor.example', displayName: 'Casey Counselor', role: 'COUNSELOR' },
  { email: 'patient@harbor.example', displayName: 'Pat Rivera', role: 'PATIENT' },
  { email: 'mother@harbor.example', displayName: 'Maria Rivera', role: 'FAMILY' },
  { email: 'partner@harbor.example', displayName: 'Sam Rivera', role: 'FAMILY' },
];

/** Seeds the demo organization once: only when the database has no organization at all. */
export async function seedDemo(
  dataSource: DataSource,
  passwords: PasswordService,
  audit: AuditService,
  templates: TemplatesService,
): Promise<boolean> {
  if ((await dataSource.getRepository(Organization).count()) > 0) return false;
  const passwordHash = await passwords.hash(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    const organization = await manager.save(
      manager.create(Organization, { name: DEMO_ORGANIZATION }),
    );
    await templates.createDefault(manager, organization.id);
    for (const person of DEMO_PEOPLE) {
      const user = await manager.save(
        manager.create(User, {
          email: person.email,
          displayName: person.displayName,
          passwordHash,
        }),
      );
      await manager.save(
        manager.create(Membership, {
          organizationId: organization.id,
          userId: user.id,
          role: person.role,
        }),
      );
    }
    await audit.record(manager, {
      organizationId: organization.id,
      actorUserId: null,
      action: 'organization.seeded',
      recordType: 'organization',
      recordId: organization.id,
    });
  });
  new Logger('DemoSeed').log(`Seeded ${DEMO_ORGANIZATION}`);
  return true;
}
