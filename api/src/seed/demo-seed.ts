import { INestApplicationContext, Logger } from '@nestjs/common';
import { Role } from '@homeward/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from '../identity/auth/password.service';
import { AppConfig } from '../platform/config/app-config';
import { SecretBoxService } from '../platform/secret-box.service';
import { OrganizationsService } from '../identity/organizations/organizations.service';
import { PeopleService } from '../identity/people/people.service';
import { TemplatesService } from '../planning/templates/templates.service';
import DEMO_TOTP_SECRETS from './demo-totp-secrets.json';

export const DEMO_ORGANIZATION = 'Harbor House Recovery (demo)';
export const DEMO_PASSWORD = 'homeward-demo-2026';
export const DEMO_PEOPLE: { email: string; displayName: string; role: Role }[] = [
  { email: 'admin@harbor.example', displayName: 'Avery Admin', role: 'ADMIN' },
  { email: 'counselor@harbor.example', displayName: 'Casey Counselor', role: 'COUNSELOR' },
  { email: 'patient@harbor.example', displayName: 'Pat Rivera', role: 'PATIENT' },
  { email: 'mother@harbor.example', displayName: 'Maria Rivera', role: 'FAMILY' },
  { email: 'partner@harbor.example', displayName: 'Sam Rivera', role: 'FAMILY' },
];

/**
 * People who hold several memberships (DESIGN §1): Jess counsels and is also the program's admin,
 * so she chooses where she is after signing in. Kept apart from DEMO_PEOPLE, whose one membership
 * each the demo home and the journeys rely on.
 */
export const DEMO_SEVERAL_PLACES: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'jess@harbor.example', displayName: 'Jess Morgan', roles: ['COUNSELOR', 'ADMIN'] },
];

/**
 * When staff must use two-step sign-in (REQUIRE_STAFF_MFA), the demo's staff have it on with
 * these published keys (README; `npm run totp -- <email>` prints the current code), so the demo
 * and the journeys sign in as a real program would. Never secrets: demo only.
 */
export const DEMO_TOTP: Readonly<Record<string, string>> = DEMO_TOTP_SECRETS;

/**
 * Seeds the demo organization once: only when the database has no organization at all. Made
 * through the services that own each table, as every other write is.
 */
export async function seedDemo(app: INestApplicationContext): Promise<boolean> {
  const dataSource = app.get(DataSource);
  const organizations = app.get(OrganizationsService);
  const people = app.get(PeopleService);
  const audit = app.get(AuditService);
  const templates = app.get(TemplatesService);
  if (await organizations.anyExist(dataSource.manager)) return false;
  const passwordHash = await app.get(PasswordService).hash(DEMO_PASSWORD);
  const withTotp = app.get(AppConfig).requireStaffMfa;
  const box = app.get(SecretBoxService);
  await dataSource.transaction(async (manager) => {
    const organization = await organizations.create(manager, DEMO_ORGANIZATION);
    await templates.createDefault(manager, organization.id);
    const everyone = [
      ...DEMO_PEOPLE.map(({ role, ...person }) => ({ ...person, roles: [role] })),
      ...DEMO_SEVERAL_PLACES,
    ];
    for (const person of everyone) {
      const { email, displayName, roles } = person;
      const user = await people.createAccount(manager, { email, displayName, passwordHash });
      const secret = DEMO_TOTP[email];
      if (withTotp && secret) {
        await people.updateAccount(manager, user.id, {
          totpSecret: box.seal(secret),
          totpEnabledAt: new Date(),
        });
      }
      // In order: the first is where sign-in starts until the person chooses.
      for (const role of roles) {
        await people.join(manager, { organizationId: organization.id, userId: user.id, role });
      }
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
