import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { generateSync } from 'otplib';
import { DEMO_TOTP, seedDemo } from '../src/seed/demo-seed';
import { codes, createTestApp, GqlResult, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';
import { subscribeLive } from './live-client';

const REQUIRED = { env: { REQUIRE_STAFF_MFA: 'true' } };
const ME = '{ me { totpEnabled totpEnrollmentRequired recoveryCodesLeft } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { id } }';
const CONFIRM =
  'mutation($code: String!) { confirmTotpEnrollment(code: $code) { me { totpEnabled totpEnrollmentRequired recoveryCodesLeft } recoveryCodes } }';
const REGENERATE = 'mutation($code: String!) { regenerateRecoveryCodes(code: $code) }';

/** What staff who must still enrol may call; everything else that needs a session refuses them. */
const BEFORE_MFA = [
  'Query.me',
  'Mutation.logout',
  'Mutation.setLanguage',
  'Mutation.startTotpEnrollment',
  'Mutation.confirmTotpEnrollment',
  // To another of the person's memberships (a family one needs no second factor).
  'Mutation.chooseMembership',
];

const reasons = (result: GqlResult) => (result.errors ?? []).map((e) => e.extensions?.['reason']);

/** A value GraphQL accepts for the type (the guard runs before any finer validation). */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, placeholder(field.type)]),
    );
  }
  if (isScalarType(type)) {
    const byName: Record<string, unknown> = {
      Int: 1,
      Float: 1,
      Boolean: true,
      ID: '00000000-0000-4000-8000-000000000000',
      DateTime: '2026-03-02T09:00:00.000Z',
    };
    return byName[type.name] ?? 'x';
  }
  throw new Error(`No placeholder for ${String(type)}`);
}

/** One call of a root field with placeholder arguments, as variables. */
function callOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((arg) => isNonNullType(arg.type));
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, placeholder(arg.type)])),
  };
}

function rootFields(schema: GraphQLSchema) {
  return (['query', 'mutation'] as const).flatMap((kind) => {
    const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(root?.getFields() ?? {}).map((field) => ({
      name: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
      ...callOf(kind, field),
    }));
  });
}

describe('a second factor required of staff (REQUIRE_STAFF_MFA)', () => {
  let t: TestApp;
  let org: TestOrganization;

  beforeEach(async () => {
    t = await createTestApp(REQUIRED);
    org = await createOrganization(t.dataSource);
  });
  afterEach(() => t.close());

  const codeFor = (secret: string) =>
    generateSync({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });

  /** Signs the counselor in, turns two-step sign-in on; answers the cookie, key and recovery codes. */
  async function enrol() {
    const cookie = await t.login(org.people.COUNSELOR.email, TEST_PASSWORD);
    const started = await t.gql<{ startTotpEnrollment: { secret: string } }>(
      'mutation { startTotpEnrollment { secret } }',
      {},
      { cookie },
    );
    const secret = started.data?.startTotpEnrollment.secret ?? '';
    const confirmed = await t.gql<{
      confirmTotpEnrollment: { me: Record<string, unknown>; recoveryCodes: string[] };
    }>(CONFIRM, { code: codeFor(secret) }, { cookie });
    const answer = confirmed.data?.confirmTotpEnrollment;
    if (!answer) throw new Error(JSON.stringify(confirmed.errors));
    return { cookie, secret, me: answer.me, recoveryCodes: answer.recoveryCodes };
  }

  it('lets staff without one sign in, but reach nothing except setting it up, signing out and the language', async () => {
    const cookie = await t.login(org.people.COUNSELOR.email, TEST_PASSWORD);
    expect((await t.gql(ME, {}, { cookie })).data).toEqual({
      me: { totpEnabled: false, totpEnrollmentRequired: true, recoveryCodesLeft: 0 },
    });

    // Every root operation of the schema, whoever wrote it: the ones a session may call answer
    // UNAUTHENTICATED without one; of those, an admin who must enrol reaches only the few that
    // enrolment needs (what the role may never call stays ROLE_NOT_ALLOWED, as before).
    const admin = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const refusedFor: Record<string, string[]> = {
      MFA_ENROLMENT_REQUIRED: [],
      ROLE_NOT_ALLOWED: [],
    };
    const needSession: string[] = [];
    for (const call of rootFields(schema)) {
      const anonymous = await t.gql(call.query, call.variables);
      if (!codes(anonymous).includes('UNAUTHENTICATED')) continue;
      needSession.push(call.name);
      if (BEFORE_MFA.includes(call.name)) continue;
      const asAdmin = await t.gql(call.query, call.variables, { cookie: admin });
      expect({ [call.name]: codes(asAdmin) }).toEqual({ [call.name]: ['FORBIDDEN'] });
      refusedFor[String(reasons(asAdmin)[0])].push(call.name);
    }
    expect(needSession).toEqual(expect.arrayContaining(BEFORE_MFA));
    expect(refusedFor['MFA_ENROLMENT_REQUIRED']).toEqual(
      expect.arrayContaining([
        'Query.caseload',
        'Query.people',
        'Query.auditEvents',
        'Query.notifications',
        'Mutation.createInvitation',
        'Mutation.updatePlanTemplate',
        'Mutation.changePassword',
        'Mutation.setTimeZone',
        'Mutation.regenerateRecoveryCodes',
      ]),
    );
    // Only what the patient and family do is left to the role's own refusal.
    expect(refusedFor['ROLE_NOT_ALLOWED']).toEqual(
      expect.arrayContaining(['Query.myPlan', 'Mutation.submitCheckIn']),
    );
    expect(refusedFor['ROLE_NOT_ALLOWED']).not.toContain('Query.caseload');
    expect(Object.keys(refusedFor)).toEqual(['MFA_ENROLMENT_REQUIRED', 'ROLE_NOT_ALLOWED']);
    expect(
      refusedFor['MFA_ENROLMENT_REQUIRED'].length + refusedFor['ROLE_NOT_ALLOWED'].length,
    ).toBe(needSession.length - BEFORE_MFA.length);

    const words = await t.gql('{ caseload { __typename } }', {}, { cookie });
    expect(words.errors?.[0].message).toMatch(/two-step sign-in before anything else/);

    // What enrolment needs works: the language, and signing out.
    const spanish = await t.gql(
      'mutation { setLanguage(language: ES) { language } }',
      {},
      { cookie },
    );
    expect(spanish.data).toEqual({ setLanguage: { language: 'ES' } });
    expect((await t.gql('mutation { logout }', {}, { cookie })).data).toEqual({ logout: true });
  });

  it('refuses the live updates too, until enrolled', async () => {
    const url = await t.listen();
    const cookie = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    const live = await subscribeLive(url, cookie);
    await live.ended;
    expect(live.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    await live.close();
  });

  it('opens the portal once a first code confirms it, and hands out ten recovery codes, stored only hashed', async () => {
    const { cookie, me, recoveryCodes } = await enrol();
    expect(me).toEqual({ totpEnabled: true, totpEnrollmentRequired: false, recoveryCodesLeft: 10 });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);

    // The same session now reaches the portal.
    expect(codes(await t.gql('{ caseload { __typename } }', {}, { cookie }))).toEqual([]);

    const rows: { code_hash: string; used_at: Date | null }[] = await t.dataSource.query(
      'SELECT code_hash, used_at FROM recovery_code WHERE user_id = $1',
      [org.people.COUNSELOR.userId],
    );
    expect(rows).toHaveLength(10);
    const stored = rows.map((row) => row.code_hash).join(' ');
    for (const code of recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
    }
    for (const row of rows) expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);

    const actions: { action: string }[] = await t.dataSource.query(
      'SELECT action FROM audit_event WHERE actor_user_id = $1 ORDER BY occurred_at, id',
      [org.people.COUNSELOR.userId],
    );
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['auth.totp.enabled', 'auth.recovery_codes.issued']),
    );
    // Shown once: nothing reads them back.
    expect(JSON.stringify(await t.gql(ME, {}, { cookie }))).not.toContain(recoveryCodes[0]);
  });

  it('signs in with a recovery code instead of a code, once', async () => {
    const { recoveryCodes } = await enrol();
    const input = { email: org.people.COUNSELOR.email, password: TEST_PASSWORD };
    // Typed as a person might: lower case, a space instead of the dash.
    const typed = recoveryCodes[3].toLowerCase().replace('-', ' ');
    const first = await t.gql(LOGIN, { input: { ...input, recoveryCode: typed } });
    expect(first.data).toEqual({ login: { id: org.people.COUNSELOR.userId } });

    const again = await t.gql(LOGIN, { input: { ...input, recoveryCode: recoveryCodes[3] } });
    expect(codes(again)).toEqual(['UNAUTHENTICATED']);
    expect(reasons(again)).toEqual(['SIGN_IN_RECOVERY_CODE_NOT_MATCHED']);
    const madeUp = await t.gql(LOGIN, { input: { ...input, recoveryCode: 'ABCDE-FGHJK' } });
    expect(reasons(madeUp)).toEqual(['SIGN_IN_RECOVERY_CODE_NOT_MATCHED']);
    // The right code with the wrong password neither signs in nor uses the code up.
    const wrongPassword = await t.gql(LOGIN, {
      input: { ...input, password: 'not the password at all', recoveryCode: recoveryCodes[4] },
    });
    expect(reasons(wrongPassword)).toEqual(['SIGN_IN_NOT_MATCHED']);

    const cookie = await loginWith({ ...input, recoveryCode: recoveryCodes[4] });
    expect((await t.gql(ME, {}, { cookie })).data).toEqual({
      me: { totpEnabled: true, totpEnrollmentRequired: false, recoveryCodesLeft: 8 },
    });
    const [used] = await t.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'auth.recovery_code.used' ORDER BY occurred_at DESC, id DESC LIMIT 1`,
    );
    expect(used.details).toEqual({ left: 8 });
  });

  it('makes new recovery codes with a current code, and the old ones stop working', async () => {
    const { cookie, secret, recoveryCodes: old } = await enrol();
    const wrong = await t.gql(REGENERATE, { code: '000000' }, { cookie });
    expect(reasons(wrong)).toEqual(['TOTP_CODE_NOT_MATCHED']);
    // The enrolment's own code was used up: a new one, from the next half-minute.
    t.clock.advanceMinutes(1);
    const renewed = await t.gql<{ regenerateRecoveryCodes: string[] }>(
      REGENERATE,
      { code: codeFor(secret) },
      { cookie },
    );
    const fresh = renewed.data?.regenerateRecoveryCodes ?? [];
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((code) => old.includes(code))).toEqual([]);

    const input = { email: org.people.COUNSELOR.email, password: TEST_PASSWORD };
    const withOld = await t.gql(LOGIN, { input: { ...input, recoveryCode: old[0] } });
    expect(reasons(withOld)).toEqual(['SIGN_IN_RECOVERY_CODE_NOT_MATCHED']);
    const withNew = await t.gql(LOGIN, { input: { ...input, recoveryCode: fresh[0] } });
    expect(withNew.data).toEqual({ login: { id: org.people.COUNSELOR.userId } });
  });

  it('asks for recovery codes only of staff with two-step sign-in on', async () => {
    const admin = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    expect(reasons(await t.gql(REGENERATE, { code: '123456' }, { cookie: admin }))).toEqual([
      'MFA_ENROLMENT_REQUIRED',
    ]);
    const family = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
    expect(codes(await t.gql(REGENERATE, { code: '123456' }, { cookie: family }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('never asks it of patients and family', async () => {
    for (const role of ['PATIENT', 'FAMILY'] as const) {
      const cookie = await t.login(org.people[role].email, TEST_PASSWORD);
      expect((await t.gql(ME, {}, { cookie })).data).toEqual({
        me: { totpEnabled: false, totpEnrollmentRequired: false, recoveryCodesLeft: 0 },
      });
      const bell = await t.gql('{ unreadNotificationCount }', {}, { cookie });
      expect(codes(bell)).toEqual([]);
    }
  });

  async function loginWith(input: Record<string, string>): Promise<string> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: LOGIN, variables: { input } },
      headers: { 'content-type': 'application/json' },
    });
    const setCookie = response.headers['set-cookie'];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0];
    if (!cookie) throw new Error(response.body);
    return cookie;
  }
});

describe('the demo, when staff must use two-step sign-in', () => {
  let t: TestApp;

  beforeEach(async () => {
    t = await createTestApp(REQUIRED);
  });
  afterEach(() => t.close());

  it("gives the demo's staff the published keys, so a code from them signs in", async () => {
    await seedDemo(t.app);
    const epoch = Math.floor(t.clock.now().getTime() / 1000);
    for (const email of ['admin@harbor.example', 'counselor@harbor.example']) {
      const input = { email, password: 'homeward-demo-2026' };
      expect(codes(await t.gql(LOGIN, { input }))).toEqual(['TOTP_REQUIRED']);
      const totpCode = generateSync({ secret: DEMO_TOTP[email], epoch });
      expect(codes(await t.gql(LOGIN, { input: { ...input, totpCode } }))).toEqual([]);
    }
    const patient = await t.gql(LOGIN, {
      input: { email: 'patient@harbor.example', password: 'homeward-demo-2026' },
    });
    expect(codes(patient)).toEqual([]);
    // Jess counsels and is the admin too: her code signs her in, and she has both places to choose.
    const jess = { email: 'jess@harbor.example', password: 'homeward-demo-2026' };
    expect(codes(await t.gql(LOGIN, { input: jess }))).toEqual(['TOTP_REQUIRED']);
    const signedIn = await t.gql<{ login: { role: string; memberships: { role: string }[] } }>(
      'mutation($input: LoginInput!) { login(input: $input) { role memberships { role } } }',
      { input: { ...jess, totpCode: generateSync({ secret: DEMO_TOTP[jess.email], epoch }) } },
    );
    expect(signedIn.data?.login).toEqual({
      role: 'COUNSELOR',
      memberships: [{ role: 'ADMIN' }, { role: 'COUNSELOR' }],
    });
  });
});
