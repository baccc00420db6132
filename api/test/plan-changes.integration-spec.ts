import { DEFAULT_LADDER, ladderText, REVOCATION_TERMS } from '@homeward/domain';
import { createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, refusal } from './home';

const REMOVE = 'mutation($i: RemovePlanMemberInput!) { removePlanMember(input: $i) { id status } }';
const SET_STATUS =
  'mutation($i: SetPlanStatusInput!) { setPlanStatus(input: $i) { status history { kind reason } } }';

describe('changes to a plan take one road', () => {
  let t: TestApp;
  let home: Home;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    home = await createHome(t);
  });
  afterAll(() => t.close());

  /** How many rows of a table speak of this plan (its history, the outbox) or of this action. */
  const planRows = async (sql: string, params: unknown[]) =>
    Number((await t.dataSource.query(sql, params))[0].n);

  it('takes someone off the plan once, however many removals race for them', async () => {
    const results = await Promise.all(
      [1, 2, 3, 4].map(() =>
        t.gql<{ removePlanMember: { id: string; status: string } }>(
          REMOVE,
          { i: { memberId: home.member.partner, reason: 'Asked to step away' } },
          { cookie: home.cookie.counselor },
        ),
      ),
    );
    const removed = results.filter((r) => !r.errors);
    expect(removed.map((r) => r.data?.removePlanMember)).toEqual([
      { id: home.member.partner, status: 'REMOVED' },
    ]);
    for (const refused of results.filter((r) => r.errors)) {
      expect(refusal(refused)).toEqual({
        code: 'CONFLICT',
        reason: 'PLAN_MEMBER_ALREADY_REMOVED',
        message: 'This person is already off the plan.',
      });
    }
    const counts = await Promise.all([
      planRows(
        `SELECT count(*) AS n FROM plan_event WHERE plan_id = $1 AND kind = 'MEMBER_REMOVED'`,
        [home.planId],
      ),
      planRows(
        `SELECT count(*) AS n FROM audit_event WHERE action = 'plan.member_removed' AND record_id = $1`,
        [home.planId],
      ),
      planRows(
        `SELECT count(*) AS n FROM domain_event WHERE plan_id = $1 AND type = 'plan.member_removed'`,
        [home.planId],
      ),
    ]);
    expect(counts).toEqual([1, 1, 1]);
  });

  it('keeps the history, the audit action and the outbox of a change as they have always read', async () => {
    t.clock.advanceMinutes(5);
    const paused = data(
      await t.gql<{ setPlanStatus: { status: string; history: { kind: string }[] } }>(
        SET_STATUS,
        { i: { id: home.planId, status: 'PAUSED', reason: 'A breather' } },
        { cookie: home.cookie.counselor },
      ),
    ).setPlanStatus;
    expect(paused.history[0]).toEqual({ kind: 'PLAN_PAUSED', reason: 'A breather' });
    const [audit] = await t.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'plan.plan_paused' AND record_id = $1`,
      [home.planId],
    );
    expect(audit.details).toMatchObject({ reason: 'A breather', from: 'ACTIVE' });
    const [plan] = await t.dataSource.query('SELECT last_activity_at FROM plan WHERE id = $1', [
      home.planId,
    ]);
    expect(plan.last_activity_at).toEqual(t.clock.now());
    expect(
      await planRows(
        `SELECT count(*) AS n FROM domain_event WHERE plan_id = $1 AND type = 'plan.plan_paused'`,
        [home.planId],
      ),
    ).toBe(1);

    // A plan already paused says so in its own words, and nothing is written.
    const again = await t.gql(
      SET_STATUS,
      { i: { id: home.planId, status: 'PAUSED', reason: 'Still a breather' } },
      { cookie: home.cookie.counselor },
    );
    expect(refusal(again)).toEqual({
      code: 'CONFLICT',
      reason: 'PLAN_ALREADY_IN_STATUS',
      message: 'The plan is already paused.',
    });
    expect(
      await planRows(`SELECT count(*) AS n FROM plan_event WHERE plan_id = $1`, [home.planId]),
    ).toBe(2);
  });
});

describe("planning in the reader's language", () => {
  let t: TestApp;
  let home: Home;

  beforeAll(async () => {
    t = await createTestApp();
    home = await createHome(t);
    await t.dataSource.query(`UPDATE app_user SET language = 'ES' WHERE email = $1`, [
      home.org.people.PATIENT.email,
    ]);
    await home.signInAgain();
  });
  afterAll(() => t.close());

  const MY_PLAN = '{ myPlan { phases { name description milestones { title } } } }';
  type MyPlan = {
    myPlan: { phases: { name: string; description: string; milestones: { title: string }[] }[] };
  };

  it('shows the default ladder in Spanish to a Spanish reader, and in English to staff', async () => {
    const [first] = data(await t.gql<MyPlan>(MY_PLAN, {}, { cookie: home.cookie.patient })).myPlan
      .phases;
    expect(first.name).toBe('Reencuentro');
    expect(first.description).toBe(ladderText(DEFAULT_LADDER[0].description, 'ES'));
    expect(first.milestones[0].title).toBe('Registros diarios: 25 en 30 días');
    const staff = data(
      await t.gql<{ plan: { phases: { name: string }[] } }>(
        'query($id: ID!) { plan(id: $id) { phases { name } } }',
        { id: home.planId },
        { cookie: home.cookie.counselor },
      ),
    ).plan;
    expect(staff.phases[0].name).toBe('Reconnect');
  });

  it("keeps a program's own wording as written", async () => {
    await t.dataSource.query(
      `UPDATE plan_phase SET name = 'First steps together' WHERE plan_id = $1 AND position = 1`,
      [home.planId],
    );
    const [first] = data(await t.gql<MyPlan>(MY_PLAN, {}, { cookie: home.cookie.patient })).myPlan
      .phases;
    expect(first.name).toBe('First steps together');
    expect(first.description).toBe(ladderText(DEFAULT_LADDER[0].description, 'ES'));
  });

  it('gives the standard revocation terms in the reader’s language, kept in English on the consent', async () => {
    const granted = data(
      await t.gql<{ grantConsent: { id: string; revocationTerms: string } }>(
        'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id revocationTerms } }',
        {
          i: {
            memberId: home.member.mother,
            categories: ['PROGRESS'],
            purpose: 'To support my return home',
            expiresAt: new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString(),
            signature: home.name.patient,
          },
        },
        { cookie: home.cookie.patient },
      ),
    ).grantConsent;
    expect(granted.revocationTerms).toMatch(/^Puedes revocar este consentimiento/);
    const [kept] = await t.dataSource.query('SELECT revocation_terms FROM consent WHERE id = $1', [
      granted.id,
    ]);
    expect(kept.revocation_terms).toBe(REVOCATION_TERMS);
  });
});
