import { randomUUID } from 'node:crypto';
import { codes, createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, Who } from './home';

const PROPOSE_EXPECTATION =
  'mutation($i: ProposeExpectationInput!) { proposeExpectation(input: $i) { id } }';
const REQUEST_VISIT = 'mutation($i: RequestVisitInput!) { requestVisit(input: $i) { id } }';
const DAY = 86_400_000;

/**
 * The plan-change runner (DESIGN §6): every change to a plan takes the plan's one lock after
 * access is decided, and records its audit event, last activity and domain event with it.
 */
describe('one road for every change to a plan', () => {
  let t: TestApp;
  let home: Home;
  const as = (who: Who) => ({ cookie: home.cookie[who] });

  beforeEach(async () => {
    t = await createTestApp();
    home = await createHome(t, 'Road Program');
  });
  afterEach(() => t.close());

  const proposeExpectation = () =>
    t.gql<{ proposeExpectation: { id: string } }>(
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
      as('patient'),
    );
  const requestVisit = () => {
    const day = Date.parse(t.clock.now().toISOString().slice(0, 10)) + 2 * DAY;
    return t.gql<{ requestVisit: { id: string } }>(
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
      as('patient'),
    );
  };
  /** Sessions of this database waiting for a lock another one holds. */
  const waitingForLock = async () =>
    Number(
      (
        await t.dataSource.query(
          `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        )
      )[0].n,
    );
  const eventsOfPlan = async () =>
    (
      await t.dataSource.query(
        'SELECT type, record_type FROM domain_event WHERE plan_id = $1 ORDER BY id',
        [home.planId],
      )
    ).map((e: { type: string; record_type: string }) => `${e.record_type}:${e.type}`);

  it('runs an agreement change and a visit change on the same plan one at a time, and loses neither', async () => {
    const before = await eventsOfPlan();
    // Someone else holds the plan's lock: both changes must queue behind it, on the same lock.
    const holder = t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query('SELECT id FROM plan WHERE id = $1 FOR UPDATE', [home.planId]);

    const expectation = proposeExpectation();
    const visit = requestVisit();
    // Waiting for a condition, not for time: each look is one query.
    let waiting = 0;
    for (let look = 0; look < 2_000 && waiting < 2; look++) waiting = await waitingForLock();
    expect(waiting).toBe(2);
    expect(await eventsOfPlan()).toEqual(before);

    await holder.commitTransaction();
    await holder.release();
    const [proposed, requested] = await Promise.all([expectation, visit]);
    expect(data(proposed).proposeExpectation.id).toEqual(expect.any(String));
    expect(data(requested).requestVisit.id).toEqual(expect.any(String));

    const after = (await eventsOfPlan()).slice(before.length);
    expect(after.sort()).toEqual(['plan:agreement.expectation_proposed', 'visit:visit.requested']);
    expect(await t.count('expectation')).toBe(1);
    expect(await t.count('visit')).toBe(1);
    const [plan] = await t.dataSource.query('SELECT last_activity_at FROM plan WHERE id = $1', [
      home.planId,
    ]);
    expect(new Date(plan.last_activity_at).getTime()).toBe(t.clock.now().getTime());
  });

  it('records each change once in the audit trail and once in the outbox, in the same transaction', async () => {
    const visit = data(await requestVisit()).requestVisit;
    const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE record_id = $1`, [
      visit.id,
    ]);
    const outbox = await t.dataSource.query(`SELECT type FROM domain_event WHERE record_id = $1`, [
      visit.id,
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['visit.requested']);
    expect(outbox.map((e: { type: string }) => e.type)).toEqual(['visit.requested']);
    // The outbox keeps every word: it is append-only.
    await expect(
      t.dataSource.query(`UPDATE domain_event SET type = 'changed' WHERE record_id = $1`, [
        visit.id,
      ]),
    ).rejects.toThrow(/append-only/);
  });

  it('decides access before it locks: a plan nobody has answers NOT_FOUND, never an internal error', async () => {
    const unknown = randomUUID();
    const attempts: [Who, string, Record<string, unknown>][] = [
      ['mother', 'mutation($i: AskToPauseInput!) { askToPause(input: $i) }', { planId: unknown }],
      [
        'counselor',
        'mutation($i: ProposeNextPhaseInput!) { proposeNextPhase(input: $i) { id } }',
        { planId: unknown, reason: 'Ready' },
      ],
      [
        'counselor',
        'mutation($i: StepBackPhaseInput!) { stepBackPhase(input: $i) }',
        { planId: unknown, reason: 'More time', waitDays: 7 },
      ],
      [
        'patient',
        PROPOSE_EXPECTATION,
        {
          planId: unknown,
          category: 'CONTACT',
          appliesFromPhase: 1,
          fromMemberId: home.member.patient,
          toMemberId: home.member.mother,
          text: 'Calls',
        },
      ],
    ];
    for (const [who, mutation, input] of attempts) {
      expect(codes(await t.gql(mutation, { i: input }, as(who)))).toEqual(['NOT_FOUND']);
    }
  });
});
