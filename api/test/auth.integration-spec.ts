import { PasswordService } from '../src/identity/auth/password.service';
import { codes, createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { id role } }';
const ME = '{ me { id email role sessionIdleMinutes } }';

describe('accounts and sessions', () => {
  let t: TestApp;
  let org: TestOrganization;

  beforeEach(async () => {
    // Addresses count only behind a trusted proxy (sign-in-guessing.integration-spec.ts); without
    // an X-Forwarded-For header the address is the socket's, as before.
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    org = await createOrganization(t.dataSource);
  });
  afterEach(() => t.close());

  it('signs in with an HttpOnly, SameSite=Strict session cookie and stores only its hash', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: {
        query: LOGIN,
        variables: {
          input: { email: org.people.PATIENT.email.toUpperCase(), password: TEST_PASSWORD },
        },
      },
    });
    expect(JSON.parse(response.body).data.login.role).toBe('PATIENT');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/hw_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const token = cookie.split(';')[0].split('=')[1];
    const [session] = await t.dataSource.query('SELECT token_hash FROM session');
    expect(session.token_hash).not.toContain(token);
    expect(session.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('hashes passwords with argon2id, m=19456 KiB, t=2, p=1', async () => {
    const hash = await t.app.get(PasswordService).hash('another long password here');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('answers a wrong email and a wrong password alike, and audits both', async () => {
    const wrongPassword = await t.gql(LOGIN, {
      input: { email: org.people.PATIENT.email, password: 'not the right password' },
    });
    const wrongEmail = await t.gql(LOGIN, {
      input: { email: 'nobody@test.example', password: 'not the right password' },
    });
    expect(codes(wrongPassword)).toEqual(['UNAUTHENTICATED']);
    expect(wrongEmail.errors?.[0].message).toBe(wrongPassword.errors?.[0].message);
    const events = await t.dataSource.query(
      `SELECT organization_id, details->>'reason' AS reason FROM audit_event WHERE action = 'auth.login.failed' ORDER BY id`,
    );
    expect(events).toEqual([
      { organization_id: org.id, reason: 'wrong password' },
      { organization_id: null, reason: 'unknown email' },
    ]);
  });

  it('throttles an account after 5 failures, says when to try again, and hashes nothing meanwhile', async () => {
    for (let i = 0; i < 5; i++) {
      expect(
        codes(
          await t.gql(LOGIN, {
            input: { email: org.people.FAMILY.email, password: `wrong guess ${i}` },
          }),
        ),
      ).toEqual(['UNAUTHENTICATED']);
    }
    const verify = jest.spyOn(t.app.get(PasswordService), 'verify');
    const throttled = await t.gql(LOGIN, {
      input: { email: org.people.FAMILY.email, password: TEST_PASSWORD },
    });
    expect(codes(throttled)).toEqual(['TOO_MANY_REQUESTS']);
    expect(throttled.errors?.[0].extensions?.['retryAfterSeconds']).toBe(15 * 60);
    expect(throttled.errors?.[0].message).toMatch(/wait 15 minutes/);
    expect(verify).not.toHaveBeenCalled();

    t.clock.advanceMinutes(15);
    expect(
      codes(
        await t.gql(LOGIN, { input: { email: org.people.FAMILY.email, password: TEST_PASSWORD } }),
      ),
    ).toEqual([]);
  });

  it('cannot be raced: parallel guesses still stop at five', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.gql(LOGIN, {
          input: { email: org.people.FAMILY.email, password: `parallel guess ${i}` },
        }),
      ),
    );
    const answers = guesses.map((g) => codes(g)[0]);
    expect(answers.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(answers.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(7);
  });

  it('throttles an address that tries many accounts', async () => {
    for (let i = 0; i < 30; i++) {
      await t.gql(
        LOGIN,
        { input: { email: `guess${i}@test.example`, password: 'wrong guess' } },
        { ip: '198.51.100.7' },
      );
    }
    const fromSameAddress = await t.gql(
      LOGIN,
      { input: { email: org.people.ADMIN.email, password: TEST_PASSWORD } },
      { ip: '198.51.100.7' },
    );
    expect(codes(fromSameAddress)).toEqual(['TOO_MANY_REQUESTS']);
    const fromElsewhere = await t.gql(
      LOGIN,
      { input: { email: org.people.ADMIN.email, password: TEST_PASSWORD } },
      { ip: '198.51.100.8' },
    );
    expect(codes(fromElsewhere)).toEqual([]);
  });

  it('ends a staff session after 15 idle minutes and a family session after 30', async () => {
    const staff = await t.login(org.people.COUNSELOR.email, TEST_PASSWORD);
    const family = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
    t.clock.advanceMinutes(14);
    expect(codes(await t.gql(ME, {}, { cookie: staff }))).toEqual([]);
    t.clock.advanceMinutes(14);
    expect(codes(await t.gql(ME, {}, { cookie: staff }))).toEqual([]);
    expect(codes(await t.gql(ME, {}, { cookie: family }))).toEqual([]);
    t.clock.advanceMinutes(15);
    expect(codes(await t.gql(ME, {}, { cookie: staff }))).toEqual(['UNAUTHENTICATED']);
    t.clock.advanceMinutes(14);
    expect(codes(await t.gql(ME, {}, { cookie: family }))).toEqual([]);
    t.clock.advanceMinutes(30);
    expect(codes(await t.gql(ME, {}, { cookie: family }))).toEqual(['UNAUTHENTICATED']);
    const reasons = await t.dataSource.query('SELECT end_reason FROM session ORDER BY created_at');
    expect(reasons.map((r: { end_reason: string }) => r.end_reason)).toEqual(['IDLE', 'IDLE']);
  });

  it('ends any session 12 hours after sign-in, however active', async () => {
    const cookie = await t.login(org.people.PATIENT.email, TEST_PASSWORD);
    for (let step = 0; step < 28; step++) {
      t.clock.advanceMinutes(25); // active every 25 minutes, up to 11 h 40 min
      expect(codes(await t.gql(ME, {}, { cookie }))).toEqual([]);
    }
    t.clock.advanceMinutes(20);
    expect(codes(await t.gql(ME, {}, { cookie }))).toEqual(['UNAUTHENTICATED']);
    const [session] = await t.dataSource.query('SELECT end_reason FROM session');
    expect(session.end_reason).toBe('EXPIRED');
  });

  it('ends the session at once on logout, and audits it', async () => {
    const cookie = await t.login(org.people.PATIENT.email, TEST_PASSWORD);
    expect(codes(await t.gql('mutation { logout }', {}, { cookie }))).toEqual([]);
    expect(codes(await t.gql(ME, {}, { cookie }))).toEqual(['UNAUTHENTICATED']);
    const actions = await t.dataSource.query(
      'SELECT action FROM audit_event WHERE organization_id = $1 ORDER BY id',
      [org.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['auth.login', 'auth.logout']);
  });

  it('ends the sessions of a disabled person at once, and refuses their sign-in alike', async () => {
    const admin = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    const patient = await t.login(org.people.PATIENT.email, TEST_PASSWORD);
    const disabled = await t.gql(
      'mutation($id: ID!) { disablePerson(id: $id) { status } }',
      { id: org.people.PATIENT.membershipId },
      { cookie: admin },
    );
    expect(disabled.data).toEqual({ disablePerson: { status: 'DISABLED' } });
    expect(codes(await t.gql(ME, {}, { cookie: patient }))).toEqual(['UNAUTHENTICATED']);
    const again = await t.gql(LOGIN, {
      input: { email: org.people.PATIENT.email, password: TEST_PASSWORD },
    });
    expect(codes(again)).toEqual(['UNAUTHENTICATED']);
  });

  it('changes a password, ends the other sessions and keeps this one', async () => {
    const here = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
    const elsewhere = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
    const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
    const weak = await t.gql(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'short' } },
      { cookie: here },
    );
    expect(codes(weak)).toEqual(['BAD_USER_INPUT']);
    expect(weak.errors?.[0].extensions?.['field']).toBe('newPassword');
    const changed = await t.gql(
      CHANGE,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase for me' } },
      { cookie: here },
    );
    expect(changed.data).toEqual({ changePassword: true });
    expect(codes(await t.gql(ME, {}, { cookie: here }))).toEqual([]);
    expect(codes(await t.gql(ME, {}, { cookie: elsewhere }))).toEqual(['UNAUTHENTICATED']);
    await expect(
      t.login(org.people.FAMILY.email, 'a brand new passphrase for me'),
    ).resolves.toMatch(/hw_session=/);
  });

  it('refuses a common password even when it is long enough', async () => {
    const cookie = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
    const result = await t.gql(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      {
        input: { currentPassword: TEST_PASSWORD, newPassword: 'PasswordPassword' },
      },
      { cookie },
    );
    expect(result.errors?.[0].message).toMatch(/commonly used/);
  });

  it('keeps the chosen language on the account', async () => {
    const cookie = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
    await t.gql('mutation { setLanguage(language: ES) { language } }', {}, { cookie });
    const me = await t.gql<{ me: { language: string } }>(
      '{ me { language } }',
      {},
      { cookie: await t.login(org.people.FAMILY.email, TEST_PASSWORD) },
    );
    expect(me.data?.me.language).toBe('ES');
  });
});
