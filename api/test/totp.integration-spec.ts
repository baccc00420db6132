import { generateSync } from 'otplib';
import { codes, createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { id totpEnabled } }';

describe('two-step sign-in for staff', () => {
  let t: TestApp;
  let org: TestOrganization;

  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrganization(t.dataSource);
  });
  afterEach(() => t.close());

  const codeFor = (secret: string) =>
    generateSync({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });

  async function enrol(): Promise<string> {
    const cookie = await t.login(org.people.COUNSELOR.email, TEST_PASSWORD);
    const started = await t.gql<{ startTotpEnrollment: { secret: string; otpauthUrl: string } }>(
      'mutation { startTotpEnrollment { secret otpauthUrl } }',
      {},
      { cookie },
    );
    const secret = started.data?.startTotpEnrollment.secret ?? '';
    expect(started.data?.startTotpEnrollment.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Homeward/);
    const [row] = await t.dataSource.query('SELECT totp_secret FROM app_user WHERE id = $1', [
      org.people.COUNSELOR.userId,
    ]);
    expect(row.totp_secret).not.toContain(secret);
    const wrong = await t.gql(
      'mutation { confirmTotpEnrollment(code: "000000") { me { totpEnabled } } }',
      {},
      { cookie },
    );
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    const confirmed = await t.gql(
      `mutation { confirmTotpEnrollment(code: "${codeFor(secret)}") { me { totpEnabled } } }`,
      {},
      { cookie },
    );
    expect(confirmed.data).toEqual({ confirmTotpEnrollment: { me: { totpEnabled: true } } });
    return secret;
  }

  it('asks for a code once the password is right, and signs in with the current one', async () => {
    const secret = await enrol();
    const input = { email: org.people.COUNSELOR.email, password: TEST_PASSWORD };
    expect(codes(await t.gql(LOGIN, { input }))).toEqual(['TOTP_REQUIRED']);
    expect(
      codes(await t.gql(LOGIN, { input: { ...input, password: 'the wrong password entirely' } })),
    ).toEqual(['UNAUTHENTICATED']);
    const wrongCode = await t.gql(LOGIN, { input: { ...input, totpCode: '123456' } });
    expect(codes(wrongCode)).toEqual(['UNAUTHENTICATED']);
    expect(wrongCode.errors?.[0].message).toMatch(/code/);
    t.clock.advanceMinutes(1); // the enrolment's own code cannot be used again
    const code = codeFor(secret);
    const ok = await t.gql(LOGIN, { input: { ...input, totpCode: code } });
    expect(ok.data).toEqual({ login: { id: org.people.COUNSELOR.userId, totpEnabled: true } });
    const replayed = await t.gql(LOGIN, { input: { ...input, totpCode: code } });
    expect(codes(replayed)).toEqual(['UNAUTHENTICATED']);
  });

  it('is for staff only', async () => {
    const cookie = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
    expect(
      codes(await t.gql('mutation { startTotpEnrollment { secret } }', {}, { cookie })),
    ).toEqual(['FORBIDDEN']);
  });
});
