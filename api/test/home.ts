import { codes, GqlResult, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, testPasswordHash, TestOrganization } from './factories';

export type Who = 'counselor' | 'patient' | 'mother' | 'partner';

/** A plan with its patient, a mother and a partner (both active), and a signed-in session for each. */
export interface Home {
  org: TestOrganization;
  planId: string;
  member: Record<'patient' | 'mother' | 'partner', string>;
  /** Account names, as each would type them to sign. */
  name: Record<'patient' | 'mother' | 'partner', string>;
  cookie: Record<Who, string>;
  /** Signs everyone in again (after the clock has moved past their sessions). */
  signInAgain(): Promise<void>;
}

export async function createHome(t: TestApp, programName = 'Home Program'): Promise<Home> {
  const org = await createOrganization(t.dataSource, programName);
  const counselor = await t.login(org.people.COUNSELOR.email, TEST_PASSWORD);
  const created = await t.gql<{ createPlan: { id: string } }>(
    'mutation($i: CreatePlanInput!) { createPlan(input: $i) { id } }',
    { i: { patientId: org.people.PATIENT.membershipId } },
    { cookie: counselor },
  );
  const planId = data(created).createPlan.id;
  const [patient] = await t.dataSource.query(
    `SELECT m.id, u.display_name FROM plan_member m JOIN membership s ON s.id = m.membership_id JOIN app_user u ON u.id = s.user_id WHERE m.plan_id = $1 AND m.kind = 'PATIENT'`,
    [planId],
  );
  const partnerEmail = `partner-${planId}@test.example`;
  const [partnerUser] = await t.dataSource.query(
    `INSERT INTO app_user (email, display_name, password_hash) VALUES ($1, 'Sam Partner', $2) RETURNING id`,
    [partnerEmail, await testPasswordHash()],
  );
  const [partnerMembership] = await t.dataSource.query(
    `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'FAMILY') RETURNING id`,
    [org.id, partnerUser.id],
  );
  const member = { patient: patient.id as string, mother: '', partner: '' };
  for (const [who, membershipId, relationship, displayName, second] of [
    ['mother', org.people.FAMILY.membershipId, 'PARENT', 'Maria', 1],
    ['partner', partnerMembership.id, 'PARTNER', 'Sam', 2],
  ] as const) {
    // Joined a second apart, so the plan's order of people (patient, mother, partner) is stable.
    const [row] = await t.dataSource.query(
      `INSERT INTO plan_member (plan_id, membership_id, kind, relationship, display_name, status, added_at) VALUES ($1, $2, 'FAMILY', $3, $4, 'ACTIVE', $5) RETURNING id`,
      [
        planId,
        membershipId,
        relationship,
        displayName,
        new Date(t.clock.now().getTime() + second * 1000),
      ],
    );
    member[who] = row.id;
  }
  const [mother] = await t.dataSource.query('SELECT display_name FROM app_user WHERE id = $1', [
    org.people.FAMILY.userId,
  ]);
  const home: Home = {
    org,
    planId,
    member,
    name: { patient: patient.display_name, mother: mother.display_name, partner: 'Sam Partner' },
    cookie: { counselor, patient: '', mother: '', partner: '' },
    async signInAgain() {
      home.cookie.counselor = await t.login(org.people.COUNSELOR.email, TEST_PASSWORD);
      home.cookie.patient = await t.login(org.people.PATIENT.email, TEST_PASSWORD);
      home.cookie.mother = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
      home.cookie.partner = await t.login(partnerEmail, TEST_PASSWORD);
    },
  };
  await home.signInAgain();
  return home;
}

/** The data of a result that must have succeeded; its errors otherwise, in the failure. */
export function data<T>(result: GqlResult<T>): T {
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

/** The first error's code and its reason extension, for refusals. */
export function refusal(result: GqlResult): { code: string; reason: unknown; message: string } {
  return {
    code: codes(result)[0],
    reason: result.errors?.[0].extensions?.['reason'],
    message: result.errors?.[0].message ?? '',
  };
}

/**
 * A phone call with the patient and the mother, both willing, written straight into the tables
 * (a fixture: the visits specs walk the real way there). `fromNowDays` may be negative.
 */
export async function phoneCallWithMother(
  t: TestApp,
  home: Home,
  status: 'APPROVED' | 'COMPLETED',
  fromNowDays: number,
): Promise<string> {
  const startsAt = new Date(t.clock.now().getTime() + fromNowDays * 86_400_000);
  const [visit] = await t.dataSource.query(
    `INSERT INTO visit (plan_id, contact_type, starts_at, ends_at, place, status, requested_by_user_id, created_at)
     VALUES ($1, 'PHONE', $2, $3, 'By phone', $4, $5, now()) RETURNING id`,
    [
      home.planId,
      startsAt,
      new Date(startsAt.getTime() + 3_600_000),
      status,
      home.org.people.COUNSELOR.userId,
    ],
  );
  await t.dataSource.query(
    `INSERT INTO visit_participant (visit_id, member_id, willingness) VALUES ($1, $2, 'WILLING'), ($1, $3, 'WILLING')`,
    [visit.id, home.member.patient, home.member.mother],
  );
  return visit.id;
}
