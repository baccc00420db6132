import { generateSync } from 'otplib';
import { SecretBoxService } from '../src/platform/secret-box.service';
import { codes, createTestApp, GqlResult, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';
import { createHome, data, Home, refusal } from './home';

/**
 * Several memberships (DESIGN §1): one person, several roles and organizations. The session acts
 * in one membership at a time; choosing another starts a fresh session in it and ends the old one.
 */
const ME =
  '{ me { role membershipId organization { name } memberships { id role current organization { id name } } } }';
const CHOOSE =
  'mutation($id: ID!) { chooseMembership(id: $id) { role membershipId organization { name } } }';

interface Me {
  role: string;
  membershipId: string;
  organization: { name: string };
  memberships: { id: string; role: string; current: boolean; organization: { name: string } }[];
}

describe('several memberships', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Chooses a membership; answers the result and the new session's cookie (none when refused). */
  async function choose(
    cookie: string,
    membershipId: string,
  ): Promise<{ result: GqlResult<{ chooseMembership: Me }>; cookie: string | null }> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: '203.0.113.10',
      payload: { query: CHOOSE, variables: { id: membershipId } },
      headers: { 'content-type': 'application/json', cookie },
    });
    const setCookie = response.headers['set-cookie'];
    const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
    const session = all.find((c) => c.startsWith('hw_session='))?.split(';')[0] ?? null;
    return { result: JSON.parse(response.body), cookie: session };
  }

  async function me(cookie: string): Promise<Me> {
    return data(await t.gql<{ me: Me }>(ME, {}, { cookie })).me;
  }

  /** Gives a person another membership, straight in the database (as an accepted invitation would). */
  async function addMembership(org: TestOrganization, userId: string, role: string) {
    const [row] = await t.dataSource.query(
      'INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, $3) RETURNING id',
      [org.id, userId, role],
    );
    return row.id as string;
  }

  it('a counselor who is also the admin reaches admin operations only in the admin membership', async () => {
    const org = await createOrganization(t.dataSource, 'Hillside');
    const casey = org.people.COUNSELOR;
    const adminMembership = await addMembership(org, casey.userId, 'ADMIN');

    // Signed in, in the first membership (today's behaviour), and told where else they may be.
    const asCounselor = await t.login(casey.email, TEST_PASSWORD);
    const first = await me(asCounselor);
    expect(first.role).toBe('COUNSELOR');
    expect(first.memberships.map((m) => [m.role, m.organization.name, m.current])).toEqual([
      ['ADMIN', 'Hillside', false],
      ['COUNSELOR', 'Hillside', true],
    ]);
    expect(
      codes(await t.gql('{ auditEvents { nodes { id } } }', {}, { cookie: asCounselor })),
    ).toEqual(['FORBIDDEN']);

    const chosen = await choose(asCounselor, adminMembership);
    expect(data(chosen.result).chooseMembership).toMatchObject({
      role: 'ADMIN',
      membershipId: adminMembership,
    });
    const asAdmin = chosen.cookie as string;
    expect(asAdmin).toBeTruthy();
    expect(asAdmin).not.toBe(asCounselor);
    expect(codes(await t.gql('{ auditEvents { nodes { id } } }', {}, { cookie: asAdmin }))).toEqual(
      [],
    );

    // Back to the counselor membership: admin operations are refused again.
    const back = await choose(asAdmin, casey.membershipId);
    expect(data(back.result).chooseMembership.role).toBe('COUNSELOR');
    expect(
      codes(await t.gql('{ auditEvents { nodes { id } } }', {}, { cookie: back.cookie as string })),
    ).toEqual(['FORBIDDEN']);
    // The admin may disable the counselor membership alone: the admin one carries on.
    const again = await choose(back.cookie as string, adminMembership);
    const avery = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    data(
      await t.gql(
        'mutation($id: ID!) { disablePerson(id: $id) { id } }',
        { id: casey.membershipId },
        { cookie: avery },
      ),
    );
    expect((await me(again.cookie as string)).memberships.map((m) => m.role)).toEqual(['ADMIN']);
    // The people list shows the person once per role.
    const people = data(
      await t.gql<{
        people: { nodes: { id: string; role: string; status: string; email: string }[] };
      }>('{ people { nodes { id role status email } } }', {}, { cookie: avery }),
    ).people.nodes.filter((p) => p.email === casey.email);
    expect(people.map((p) => [p.role, p.status]).sort()).toEqual([
      ['ADMIN', 'ACTIVE'],
      ['COUNSELOR', 'DISABLED'],
    ]);
  });

  it('switching rotates the session: the old token stops working at once, and it is audited', async () => {
    const org = await createOrganization(t.dataSource, 'Hillside');
    const casey = org.people.COUNSELOR;
    const adminMembership = await addMembership(org, casey.userId, 'ADMIN');
    const old = await t.login(casey.email, TEST_PASSWORD);
    const [before] = await t.dataSource.query(
      'SELECT id, created_at FROM session WHERE user_id = $1 AND ended_at IS NULL',
      [casey.userId],
    );
    t.clock.advanceMinutes(5);

    const { cookie } = await choose(old, adminMembership);
    expect(codes(await t.gql(ME, {}, { cookie: old }))).toEqual(['UNAUTHENTICATED']);
    expect((await me(cookie as string)).role).toBe('ADMIN');
    // Choosing again with the old cookie goes nowhere.
    expect(codes((await choose(old, casey.membershipId)).result)).toEqual(['UNAUTHENTICATED']);

    const sessions = await t.dataSource.query(
      'SELECT id, membership_id, created_at, ended_at, end_reason FROM session WHERE user_id = $1 ORDER BY ended_at NULLS LAST',
      [casey.userId],
    );
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ id: before.id, end_reason: 'SWITCHED' });
    expect(sessions[1]).toMatchObject({ membership_id: adminMembership, ended_at: null });
    // The 12-hour limit counts from the sign-in, not from the switch.
    expect(sessions[1].created_at).toEqual(before.created_at);
    const [audit] = await t.dataSource.query(
      `SELECT organization_id, actor_user_id, details FROM audit_event WHERE action = 'auth.membership.chosen' AND actor_user_id = $1`,
      [casey.userId],
    );
    expect(audit).toMatchObject({
      organization_id: org.id,
      details: { fromSessionId: before.id, toMembershipId: adminMembership, role: 'ADMIN' },
    });
  });

  it('never chooses a membership that is not the person’s own or is disabled: one answer for both', async () => {
    const org = await createOrganization(t.dataSource, 'Hillside');
    const other = await createOrganization(t.dataSource, 'Elsewhere');
    const pat = await t.login(org.people.PATIENT.email, TEST_PASSWORD);
    const notYours = await choose(pat, other.people.ADMIN.membershipId);
    const missing = await choose(pat, '00000000-0000-4000-8000-000000000000');
    const disabledId = await addMembership(org, org.people.PATIENT.userId, 'FAMILY');
    await t.dataSource.query(`UPDATE membership SET status = 'DISABLED' WHERE id = $1`, [
      disabledId,
    ]);
    const disabled = await choose(pat, disabledId);
    for (const refused of [notYours, missing, disabled]) {
      expect(refusal(refused.result)).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'MEMBERSHIP_NOT_FOUND',
      });
      expect(refused.cookie).toBeNull();
    }
    expect(notYours.result.errors?.[0].message).toBe(missing.result.errors?.[0].message);
    // The session carries on where it was.
    expect((await me(pat)).role).toBe('PATIENT');
  });

  it('a family member of two organizations never sees the other organization from either session', async () => {
    const a = await createHome(t, 'Hillside');
    const b = await createHome(t, 'Lakeview');
    // Maria is the mother on both plans: Lakeview's family place becomes hers.
    const maria = a.org.people.FAMILY;
    await t.dataSource.query('UPDATE membership SET user_id = $1 WHERE id = $2', [
      maria.userId,
      b.org.people.FAMILY.membershipId,
    ]);
    const inA = await t.login(maria.email, TEST_PASSWORD);
    const places = (await me(inA)).memberships;
    expect(places.map((m) => [m.organization.name, m.role]).sort()).toEqual([
      ['Hillside', 'FAMILY'],
      ['Lakeview', 'FAMILY'],
    ]);
    const place = (name: string) => places.find((m) => m.organization.name === name)?.id as string;

    const inAFirst = await choose(inA, place('Hillside'));
    const inB = await choose(inAFirst.cookie as string, place('Lakeview'));
    // The choice's own session ended: Hillside's cookie is gone too.
    expect(codes(await t.gql(ME, {}, { cookie: inAFirst.cookie as string }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const hillside = await t.login(maria.email, TEST_PASSWORD);
    const hillsideCookie = (await choose(hillside, place('Hillside'))).cookie as string;
    const lakeviewCookie = inB.cookie as string;

    await expectSeesOnly(hillsideCookie, a, b);
    await expectSeesOnly(lakeviewCookie, b, a);
  });

  it('finds each notification once, in the place it belongs to: two roles in one program, or two programs', async () => {
    const a = await createHome(t, 'Hillside');
    const b = await createHome(t, 'Lakeview');
    // Casey counsels at Hillside and is its admin too; Maria is the mother on both plans.
    const casey = a.org.people.COUNSELOR;
    await addMembership(a.org, casey.userId, 'ADMIN');
    const maria = a.org.people.FAMILY;
    await t.dataSource.query('UPDATE membership SET user_id = $1 WHERE id = $2', [
      maria.userId,
      b.org.people.FAMILY.membershipId,
    ]);
    const tell = (userId: string, home: Home, memberId: string | null) =>
      t.dataSource.query(
        `INSERT INTO notification (user_id, organization_id, plan_id, member_id, kind, dedupe_key, created_at)
         VALUES ($1, $2, $3, $4, 'ANSWER_PHASE_PROPOSAL', $5, now())`,
        [userId, home.org.id, home.planId, memberId, `proposal:${home.planId}`],
      );
    await tell(casey.userId, a, null);
    await tell(maria.userId, a, a.member.mother);
    await tell(maria.userId, b, b.member.mother);
    const BELL = '{ notifications { planId path } unreadNotificationCount }';
    const bell = async (cookie: string) =>
      data(
        await t.gql<{
          notifications: { planId: string; path: string }[];
          unreadNotificationCount: number;
        }>(BELL, {}, { cookie }),
      );

    expect(await bell(await t.login(casey.email, TEST_PASSWORD))).toEqual({
      notifications: [{ planId: a.planId, path: `/staff/plans/${a.planId}` }],
      unreadNotificationCount: 1,
    });

    const signedIn = await t.login(maria.email, TEST_PASSWORD);
    const places = (await me(signedIn)).memberships;
    const place = (name: string) => places.find((m) => m.organization.name === name)?.id as string;
    const hillside = (await choose(signedIn, place('Hillside'))).cookie as string;
    expect(await bell(hillside)).toEqual({
      notifications: [{ planId: a.planId, path: '/family' }],
      unreadNotificationCount: 1,
    });
    // Marking all read at Hillside leaves Lakeview's bell as it was.
    data(await t.gql('mutation { markAllNotificationsRead }', {}, { cookie: hillside }));
    const lakeview = (await choose(hillside, place('Lakeview'))).cookie as string;
    expect(await bell(lakeview)).toEqual({
      notifications: [{ planId: b.planId, path: '/family' }],
      unreadNotificationCount: 1,
    });
  });

  /** Through this cookie, the family plans and records of `own` only; `other`'s answer NOT_FOUND. */
  async function expectSeesOnly(cookie: string, own: Home, other: Home) {
    const plans = data(
      await t.gql<{ familyPlans: { planId: string }[] }>(
        '{ familyPlans { planId } }',
        {},
        { cookie },
      ),
    ).familyPlans.map((p) => p.planId);
    expect(plans).toEqual([own.planId]);
    for (const query of [
      'query($p: ID!) { trackRecord(planId: $p) { planId } }',
      'query($p: ID!) { agreement(id: $p) { planId } }',
    ]) {
      expect(codes(await t.gql(query, { p: own.planId }, { cookie }))).toEqual([]);
      expect(codes(await t.gql(query, { p: other.planId }, { cookie }))).toEqual(['NOT_FOUND']);
    }
  }

  it('an existing account invited into another role or organization gets a new membership', async () => {
    const hillside = await createOrganization(t.dataSource, 'Hillside');
    const lakeview = await createOrganization(t.dataSource, 'Lakeview');
    const casey = hillside.people.COUNSELOR;
    const avery = await t.login(hillside.people.ADMIN.email, TEST_PASSWORD);
    const lakeAdmin = await t.login(lakeview.people.ADMIN.email, TEST_PASSWORD);

    const invite = async (cookie: string, role: string) =>
      t.gql<{ createInvitation: { acceptUrl: string } }>(
        'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { acceptUrl } }',
        { i: { email: casey.email.toUpperCase(), role } },
        { cookie },
      );
    const accept = (url: string, password: string) =>
      t.gql<{ acceptInvitation: Me }>(
        `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { role membershipId organization { name } memberships { role organization { name } } } }`,
        { i: { token: url.split('/invite/')[1], displayName: 'Casey', password } },
      );

    // The same role again in the same program is still "already a member".
    expect(refusal(await invite(avery, 'COUNSELOR')).reason).toBe(
      'INVITATION_EMAIL_ALREADY_MEMBER',
    );
    const asAdmin = data(await invite(avery, 'ADMIN')).createInvitation.acceptUrl;
    const asFamily = data(await invite(lakeAdmin, 'FAMILY')).createInvitation.acceptUrl;

    // Someone else's password: the same words as for a new account's, and nothing joined.
    expect(refusal(await accept(asAdmin, 'not the password at all, sorry')).reason).toBe(
      'INVITATION_PASSWORD_NOT_MATCHED',
    );
    const joined = data(await accept(asAdmin, TEST_PASSWORD)).acceptInvitation;
    expect(joined).toMatchObject({ role: 'ADMIN', organization: { name: 'Hillside' } });
    const elsewhere = data(await accept(asFamily, TEST_PASSWORD)).acceptInvitation;
    expect(elsewhere).toMatchObject({ role: 'FAMILY', organization: { name: 'Lakeview' } });
    expect(elsewhere.memberships.map((m) => `${m.role} ${m.organization.name}`)).toEqual([
      'ADMIN Hillside',
      'COUNSELOR Hillside',
      'FAMILY Lakeview',
    ]);
    const rows = await t.dataSource.query(
      'SELECT organization_id, role FROM membership WHERE user_id = $1 ORDER BY created_at',
      [casey.userId],
    );
    expect(rows).toEqual([
      { organization_id: hillside.id, role: 'COUNSELOR' },
      { organization_id: hillside.id, role: 'ADMIN' },
      { organization_id: lakeview.id, role: 'FAMILY' },
    ]);
  });

  it('an invited account with two-step sign-in on confirms with a code from its app, once', async () => {
    const org = await createOrganization(t.dataSource, 'Hillside');
    const casey = org.people.COUNSELOR;
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await t.dataSource.query(
      'UPDATE app_user SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1',
      [casey.userId, t.app.get(SecretBoxService).seal(secret)],
    );
    const avery = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    const url = data(
      await t.gql<{ createInvitation: { acceptUrl: string } }>(
        'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { acceptUrl } }',
        { i: { email: casey.email, role: 'ADMIN' } },
        { cookie: avery },
      ),
    ).createInvitation.acceptUrl;
    const accept = (extra: Record<string, string>) =>
      t.gql<{ acceptInvitation: Me }>(
        'mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { role } }',
        {
          i: {
            token: url.split('/invite/')[1],
            displayName: 'Casey',
            password: TEST_PASSWORD,
            ...extra,
          },
        },
      );
    const code = generateSync({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
    expect(refusal(await accept({})).reason).toBe('SIGN_IN_CODE_REQUIRED');
    const wrong = code === '000000' ? '111111' : '000000';
    expect(refusal(await accept({ totpCode: wrong })).reason).toBe('SIGN_IN_CODE_NOT_MATCHED');
    const held = async () =>
      (
        await t.dataSource.query('SELECT role FROM membership WHERE user_id = $1 ORDER BY role', [
          casey.userId,
        ])
      ).map((r: { role: string }) => r.role);
    expect(await held()).toEqual(['COUNSELOR']);
    expect(data(await accept({ totpCode: code })).acceptInvitation.role).toBe('ADMIN');
    expect(await held()).toEqual(['ADMIN', 'COUNSELOR']);
    // A code is used once: it cannot sign in again.
    const reuse = await t.gql('mutation($i: LoginInput!) { login(input: $i) { id } }', {
      i: { email: casey.email, password: TEST_PASSWORD, totpCode: code },
    });
    expect(refusal(reuse).reason).toBe('SIGN_IN_CODE_NOT_MATCHED');
  });

  it('a family-only person who gains a staff membership sets up two-step sign-in before using it', async () => {
    const mfa = await createTestApp({ env: { REQUIRE_STAFF_MFA: 'true' } });
    try {
      const org = await createOrganization(mfa.dataSource, 'Hillside');
      const maria = org.people.FAMILY;
      const [row] = await mfa.dataSource.query(
        `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'COUNSELOR') RETURNING id`,
        [org.id, maria.userId],
      );
      // Family first (the oldest): in, with no code.
      const cookie = await mfa.login(maria.email, TEST_PASSWORD);
      const response = await mfa.app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: CHOOSE, variables: { id: row.id } },
        headers: { 'content-type': 'application/json', cookie },
      });
      const staff = String(response.headers['set-cookie']).split(';')[0];
      expect(
        data(
          await mfa.gql<{ me: { role: string; totpEnrollmentRequired: boolean } }>(
            '{ me { role totpEnrollmentRequired } }',
            {},
            { cookie: staff },
          ),
        ).me,
      ).toEqual({ role: 'COUNSELOR', totpEnrollmentRequired: true });
      expect(
        refusal(await mfa.gql('{ caseload { __typename } }', {}, { cookie: staff })),
      ).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_ENROLMENT_REQUIRED' });
      // Back to the family membership, which needs no second factor.
      const back = await mfa.app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: CHOOSE, variables: { id: maria.membershipId } },
        headers: { 'content-type': 'application/json', cookie: staff },
      });
      const family = String(back.headers['set-cookie']).split(';')[0];
      expect(codes(await mfa.gql('{ familyPlans { planId } }', {}, { cookie: family }))).toEqual(
        [],
      );
    } finally {
      await mfa.close();
    }
  });
});
