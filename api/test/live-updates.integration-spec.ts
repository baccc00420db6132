import { PlanChanges } from '../src/plan-changes/plan-changes.service';
import { DomainError } from '../src/platform/domain-error';
import { LiveUpdates } from '../src/platform/live/live-updates';
import { LiveSockets } from '../src/reaching/live/live-sockets';
import { codes, createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, Who } from './home';
import { LiveSubscriber, subscribeLive } from './live-client';

const DAY = 86_400_000;
const PROPOSE_EXPECTATION =
  'mutation($i: ProposeExpectationInput!) { proposeExpectation(input: $i) { id } }';
const REQUEST_VISIT = 'mutation($i: RequestVisitInput!) { requestVisit(input: $i) { id } }';
const CHECK_IN = 'mutation($i: PatientCheckInInput!) { submitCheckIn(input: $i) { id } }';
const GRANT = 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }';

/**
 * Live updates across instances (issue 11): two API instances on one database. Changes go
 * through A; subscribers sit on B; PostgreSQL's LISTEN/NOTIFY carries every update between them.
 */
describe('live updates across two instances', () => {
  let a: TestApp;
  let b: TestApp;
  let bUrl: string;
  /** A plan whose changes a test listener rolls back after everything else has run. */
  let rollBackPlanId: string | null = null;
  const open: LiveSubscriber[] = [];

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ sameDatabaseAs: a });
    bUrl = await b.listen();
    a.app.get(PlanChanges).listen({
      afterChange: async (change) => {
        if (change.planId === rollBackPlanId) throw new DomainError('SAME_CHANGE_RACED');
      },
    });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  /** A subscriber on B as this person, once B has started their subscription. */
  async function subscriber(home: Home, who: Who, userId: string): Promise<LiveSubscriber> {
    const subscribed = b.app.get(LiveUpdates).whenSubscribed(userId);
    const live = await subscribeLive(bUrl, home.cookie[who]);
    open.push(live);
    expect(live.acknowledged).toBe(true);
    await subscribed;
    return live;
  }

  const users = (home: Home) => ({
    counselor: home.org.people.COUNSELOR.userId,
    patient: home.org.people.PATIENT.userId,
    mother: home.org.people.FAMILY.userId,
  });

  const proposeExpectation = (home: Home) =>
    a.gql(
      PROPOSE_EXPECTATION,
      {
        i: {
          planId: home.planId,
          category: 'CONTACT',
          appliesFromPhase: 1,
          fromMemberId: home.member.patient,
          toMemberId: home.member.mother,
          text: 'A phone call on Sundays',
        },
      },
      { cookie: home.cookie.patient },
    );
  const requestVisit = (home: Home) => {
    const day = Date.parse(a.clock.now().toISOString().slice(0, 10)) + 2 * DAY;
    return a.gql(
      REQUEST_VISIT,
      {
        i: {
          planId: home.planId,
          contactType: 'PHONE',
          startsAt: new Date(day + 15 * 3_600_000),
          endsAt: new Date(day + 16 * 3_600_000),
          place: 'By phone',
          participantMemberIds: [home.member.patient, home.member.mother],
        },
      },
      { cookie: home.cookie.patient },
    );
  };

  it('carries a change made through instance A to subscribers on instance B, the actor included', async () => {
    const home = await createHome(a, 'Live Program');
    const ids = users(home);
    const mother = await subscriber(home, 'mother', ids.mother);
    const counselor = await subscriber(home, 'counselor', ids.counselor);
    const patient = await subscriber(home, 'patient', ids.patient);

    data(await requestVisit(home));
    for (const live of [mother, counselor, patient])
      expect(await live.next()).toEqual({ topic: 'visits', planId: home.planId });

    data(await proposeExpectation(home));
    for (const live of [mother, counselor, patient])
      expect(await live.next()).toEqual({ topic: 'agreement', planId: home.planId });
  });

  it('refuses a socket without a session, and one whose cookie names no open session', async () => {
    const none = await subscribeLive(bUrl);
    expect(none.acknowledged).toBe(false);
    expect((await none.closed).code).toBe(4401);

    const stale = await subscribeLive(bUrl, 'hw_session=not-a-session-anyone-has');
    expect(stale.acknowledged).toBe(false);
    expect((await stale.closed).code).toBe(4401);
    expect(b.app.get(LiveSockets).openSockets).toBe(0);
  });

  it('ends the subscription when its session is signed out through the other instance', async () => {
    const home = await createHome(a, 'Sign-out Program');
    const ids = users(home);
    const mother = await subscriber(home, 'mother', ids.mother);
    const patient = await subscriber(home, 'patient', ids.patient);

    expect(codes(await a.gql('mutation { logout }', {}, { cookie: home.cookie.mother }))).toEqual(
      [],
    );
    const closed = await mother.closed;
    expect(closed.code).toBe(4401);

    // The patient's session carries on: their socket still hears the next change.
    data(await proposeExpectation(home));
    expect(await patient.next()).toEqual({ topic: 'agreement', planId: home.planId });
  });

  it('ends the subscription once its session goes idle by the clock, without touching the sessions it checks', async () => {
    const home = await createHome(a, 'Idle Program');
    const ids = users(home);
    const mother = await subscriber(home, 'mother', ids.mother);
    const patient = await subscriber(home, 'patient', ids.patient);

    a.clock.advanceMinutes(20);
    // The patient keeps using the app; the mother does not.
    data(await a.gql('{ me { id } }', {}, { cookie: home.cookie.patient }));
    a.clock.advanceMinutes(11);
    const lastSeen = () =>
      a.dataSource.query(
        'SELECT id, last_seen_at FROM session WHERE ended_at IS NULL ORDER BY id',
      ) as Promise<unknown[]>;
    const before = await lastSeen();

    await b.app.get(LiveSockets).recheck();
    expect((await mother.closed).code).toBe(4401);
    expect(await lastSeen()).toEqual(before);

    data(await proposeExpectation(home));
    expect(await patient.next()).toEqual({ topic: 'agreement', planId: home.planId });
  });

  it("tells family members of the patient's check-ins only within consent, and staff always", async () => {
    const home = await createHome(a, 'Consent Program');
    const ids = users(home);
    data(
      await a.gql(
        GRANT,
        {
          i: {
            memberId: home.member.partner,
            categories: ['CHECKINS'],
            purpose: 'To support my return home',
            expiresAt: new Date(a.clock.now().getTime() + 30 * DAY).toISOString(),
            signature: home.name.patient,
          },
        },
        { cookie: home.cookie.patient },
      ),
    );
    const [{ user_id: partnerId }] = await a.dataSource.query(
      'SELECT s.user_id FROM plan_member m JOIN membership s ON s.id = m.membership_id WHERE m.id = $1',
      [home.member.partner],
    );
    const counselor = await subscriber(home, 'counselor', ids.counselor);
    const mother = await subscriber(home, 'mother', ids.mother);
    const partner = await subscriber(home, 'partner', partnerId);

    data(
      await a.gql(
        CHECK_IN,
        {
          i: {
            planId: home.planId,
            idempotencyKey: 'live-check-in-1',
            mood: 4,
            craving: 2,
            attendedMeeting: true,
          },
        },
        { cookie: home.cookie.patient },
      ),
    );
    expect(await counselor.next()).toEqual({ topic: 'check-ins', planId: home.planId });
    expect(await partner.next()).toEqual({ topic: 'check-ins', planId: home.planId });

    // Notifications arrive in commit order: the mother's first update is the later change.
    data(await proposeExpectation(home));
    expect(await mother.next()).toEqual({ topic: 'agreement', planId: home.planId });
  });

  it('tells nobody of a change that rolled back', async () => {
    const home = await createHome(a, 'Rollback Program');
    const mother = await subscriber(home, 'mother', users(home).mother);

    rollBackPlanId = home.planId;
    try {
      expect(codes(await requestVisit(home))).toEqual(['CONFLICT']);
    } finally {
      rollBackPlanId = null;
    }
    expect(
      await a.dataSource.query('SELECT id FROM visit WHERE plan_id = $1', [home.planId]),
    ).toEqual([]);

    data(await proposeExpectation(home));
    expect(await mother.next()).toEqual({ topic: 'agreement', planId: home.planId });
  });

  it('carries subscriptions only: a query over the socket, and a subscription over HTTP, are refused with a reason', async () => {
    const home = await createHome(a, 'Transport Program');
    const overSocket = await subscribeLive(bUrl, home.cookie.patient, { query: '{ me { id } }' });
    open.push(overSocket);
    await overSocket.ended;
    expect(overSocket.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(overSocket.errors.map((e) => e.extensions?.reason)).toEqual([
      'LIVE_CONNECTION_UPDATES_ONLY',
    ]);

    const overHttp = await a.post(
      JSON.stringify({ query: 'subscription { liveUpdates { topic } }' }),
      {
        cookie: home.cookie.patient,
      },
    );
    expect(overHttp.statusCode).toBe(400);
    expect(codes(JSON.parse(overHttp.body))).toEqual(['BAD_USER_INPUT']);
    expect(JSON.parse(overHttp.body).errors[0].extensions.reason).toBe(
      'SUBSCRIPTION_NEEDS_LIVE_CONNECTION',
    );
  });

  it('in production, refuses a socket opened from another origin', async () => {
    const production = await createTestApp({
      sameDatabaseAs: a,
      env: {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://homeward.example',
        // The same key as the other instances, so the cookie names the same session.
        SESSION_SECRET: 'homeward-development-secret-not-for-production-use',
      },
    });
    try {
      const url = await production.listen();
      const home = await createHome(a, 'Origin Program');
      const elsewhere = await subscribeLive(url, home.cookie.patient, {
        headers: { origin: 'https://elsewhere.example' },
      });
      expect((await elsewhere.closed).code).toBe(4403);

      const ours = await subscribeLive(url, home.cookie.patient, {
        headers: { origin: 'https://homeward.example' },
      });
      expect(ours.acknowledged).toBe(true);
      await ours.close();
    } finally {
      await production.close();
    }
  });
});
