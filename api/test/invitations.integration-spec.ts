import { codes, createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';

const CREATE =
  'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { acceptUrl invitation { id status role email } } }';
const PREVIEW =
  'query($token: String!) { invitationPreview(token: $token) { email role organizationName } }';
const ACCEPT =
  'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email role displayName language } }';

describe('invitations', () => {
  let t: TestApp;
  let org: TestOrganization;
  let counselor: string;

  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrganization(t.dataSource, 'Harbor Test');
    counselor = await t.login(org.people.COUNSELOR.email, TEST_PASSWORD);
  });
  afterEach(() => t.close());

  async function invite(email: string, role = 'FAMILY'): Promise<{ token: string; id: string }> {
    const result = await t.gql<{
      createInvitation: { acceptUrl: string; invitation: { id: string } };
    }>(CREATE, { input: { email, role } }, { cookie: counselor });
    expect(result.errors).toBeUndefined();
    const created = result.data?.createInvitation;
    const url = created?.acceptUrl ?? '';
    expect(url).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    return { token: url.slice(url.lastIndexOf('/') + 1), id: created?.invitation.id ?? '' };
  }

  it('lets the invitee preview, set a password, join and land signed in', async () => {
    const { token } = await invite('Grandma@Example.org');
    const preview = await t.gql(PREVIEW, { token });
    expect(preview.data).toEqual({
      invitationPreview: {
        email: 'grandma@example.org',
        role: 'FAMILY',
        organizationName: 'Harbor Test',
      },
    });

    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: {
        query: ACCEPT,
        variables: {
          input: {
            token,
            displayName: 'Rosa',
            password: 'my grandchildren are my sunshine',
            language: 'ES',
          },
        },
      },
    });
    expect(JSON.parse(response.body).data.acceptInvitation).toEqual({
      email: 'grandma@example.org',
      role: 'FAMILY',
      displayName: 'Rosa',
      language: 'ES',
    });
    const cookie = String(response.headers['set-cookie']).split(';')[0];
    const me = await t.gql('{ me { email role } }', {}, { cookie });
    expect(me.data).toEqual({ me: { email: 'grandma@example.org', role: 'FAMILY' } });
    await expect(
      t.login('grandma@example.org', 'my grandchildren are my sunshine'),
    ).resolves.toMatch(/hw_session/);
  });

  it('stores only a hash of the token', async () => {
    const { token } = await invite('someone@example.org');
    const [row] = await t.dataSource.query('SELECT token_hash FROM invitation');
    expect(row.token_hash).not.toContain(token);
  });

  it('works only once', async () => {
    const { token } = await invite('once@example.org');
    const input = { token, displayName: 'Once', password: 'a perfectly fine passphrase' };
    expect(codes(await t.gql(ACCEPT, { input }))).toEqual([]);
    const again = await t.gql(ACCEPT, { input });
    expect(codes(again)).toEqual(['CONFLICT']);
    expect(again.errors?.[0].message).toMatch(/already been used/);
    expect(await t.count('membership')).toBe(5);
  });

  it('expires after 7 days and then changes nothing', async () => {
    const { token } = await invite('late@example.org');
    t.clock.advanceDays(7);
    const users = await t.count('app_user');
    const late = await t.gql(ACCEPT, {
      input: { token, displayName: 'Late', password: 'a perfectly fine passphrase' },
    });
    expect(codes(late)).toEqual(['BAD_USER_INPUT']);
    expect(late.errors?.[0].message).toMatch(/expired/);
    expect(await t.count('app_user')).toBe(users);
    const freshSession = await t.login(org.people.COUNSELOR.email, TEST_PASSWORD);
    const list = await t.gql<{ invitations: { nodes: { status: string }[] } }>(
      '{ invitations { nodes { status } } }',
      {},
      { cookie: freshSession },
    );
    expect(list.data?.invitations.nodes).toEqual([{ status: 'EXPIRED' }]);
  });

  it('is still good on day 6', async () => {
    const { token } = await invite('ontime@example.org');
    t.clock.advanceDays(6);
    expect(
      codes(
        await t.gql(ACCEPT, {
          input: { token, displayName: 'On Time', password: 'a perfectly fine passphrase' },
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a weak password with a clear message and writes nothing', async () => {
    const { token } = await invite('weak@example.org');
    const before = await Promise.all(
      ['app_user', 'membership', 'session', 'audit_event'].map((table) => t.count(table)),
    );
    const result = await t.gql(ACCEPT, {
      input: { token, displayName: 'Weak', password: 'short' },
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].message).toMatch(/at least 15 characters/);
    expect(
      await Promise.all(
        ['app_user', 'membership', 'session', 'audit_event'].map((table) => t.count(table)),
      ),
    ).toEqual(before);
  });

  it('lets a counselor invite patients and families but not staff', async () => {
    const result = await t.gql(
      CREATE,
      { input: { email: 'new.admin@example.org', role: 'ADMIN' } },
      { cookie: counselor },
    );
    expect(codes(result)).toEqual(['FORBIDDEN']);
    const admin = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    expect(
      codes(
        await t.gql(
          CREATE,
          { input: { email: 'new.counselor@example.org', role: 'COUNSELOR' } },
          { cookie: admin },
        ),
      ),
    ).toEqual([]);
  });

  it('does not invite someone who already holds that role in the program (another role is theirs to add)', async () => {
    const result = await t.gql(
      CREATE,
      { input: { email: org.people.PATIENT.email, role: 'PATIENT' } },
      { cookie: counselor },
    );
    expect(codes(result)).toEqual(['CONFLICT']);
    // A person may hold several roles (DESIGN §1): the patient may also be someone's family.
    const family = await t.gql(
      CREATE,
      { input: { email: org.people.PATIENT.email, role: 'FAMILY' } },
      { cookie: counselor },
    );
    expect(codes(family)).toEqual([]);
  });

  it('can be withdrawn, after which the link no longer works', async () => {
    const { token, id } = await invite('withdrawn@example.org');
    const revoked = await t.gql(
      'mutation($id: ID!) { revokeInvitation(id: $id) { status } }',
      { id },
      { cookie: counselor },
    );
    expect(revoked.data).toEqual({ revokeInvitation: { status: 'REVOKED' } });
    expect(codes(await t.gql(PREVIEW, { token }))).toEqual(['NOT_FOUND']);
  });

  it('joins an existing account to the program when its password is given', async () => {
    const other = await createOrganization(t.dataSource, 'Another Program');
    const { token } = await invite(other.people.FAMILY.email);
    const wrong = await t.gql(ACCEPT, {
      input: { token, displayName: 'x', password: 'not the password of that account' },
    });
    expect(codes(wrong)).toEqual(['BAD_USER_INPUT']);
    // Confirming an existing account counts like a sign-in: five wrong tries and it waits.
    for (let i = 0; i < 4; i++)
      await t.gql(ACCEPT, {
        input: { token, displayName: 'x', password: `another wrong guess ${i}` },
      });
    expect(
      codes(await t.gql(ACCEPT, { input: { token, displayName: 'x', password: TEST_PASSWORD } })),
    ).toEqual(['TOO_MANY_REQUESTS']);
    t.clock.advanceMinutes(15);
    expect(
      codes(await t.gql(ACCEPT, { input: { token, displayName: 'x', password: TEST_PASSWORD } })),
    ).toEqual([]);
  });
});
