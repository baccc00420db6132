import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType } from 'graphql';
import { localDay, notificationTitle, shiftDay } from '@homeward/domain';
import { RemindersService } from '../src/reaching/notifications/reminders.service';
import { createTestApp, TestApp } from './create-test-app';
import { BANNED_WORDS } from './discreet-mail';
import { askEverything } from './walk-queries';
import { createHome, data, Home, phoneCallWithMother, refusal, Who } from './home';

const PLAN = `planId pausedFollowingPlan mayRecord today notice
  agreed { id version status }
  versions { id version status whatItMeans told { memberId displayName } toldBy pausesVisits maxPauseDays stepsBackIn keeps
             acceptances { memberId displayName acceptedAt } mayAccept }
  lapses { id happenedOn words recordedByName followedVersion paused pauseEndsOn resumedAt steps { position words checkedAt } }`;
const READ = `query($p: ID!) { lapsePlan(planId: $p) { ${PLAN} } }`;
const PROPOSE = `mutation($i: ProposeLapsePlanInput!) { proposeLapsePlan(input: $i) { ${PLAN} } }`;
const ACCEPT = `mutation($i: AcceptLapsePlanInput!) { acceptLapsePlan(input: $i) { ${PLAN} } }`;
const RECORD = `mutation($i: RecordSomethingHappenedInput!) { recordSomethingHappened(input: $i) { ${PLAN} } }`;
const CHECK = `mutation($i: CheckStepBackInInput!) { checkStepBackIn(input: $i) { ${PLAN} } }`;
const RESUME = `mutation($i: ResumeAfterLapseInput!) { resumeAfterLapse(input: $i) { ${PLAN} } }`;
const NOTIFICATIONS = '{ notifications { kind planId path readAt } }';

interface Version {
  id: string;
  version: number;
  status: string;
  stepsBackIn: string[];
  keeps: string[];
  acceptances: { memberId: string; acceptedAt: string | null }[];
  mayAccept: boolean;
}
interface LapsePlan {
  pausedFollowingPlan: boolean;
  mayRecord: boolean;
  today: string;
  notice: string | null;
  agreed: { id: string; version: number } | null;
  versions: Version[];
  lapses: {
    id: string;
    happenedOn: string;
    words: string | null;
    followedVersion: number | null;
    paused: boolean;
    pauseEndsOn: string | null;
    resumedAt: string | null;
    steps: { position: number; checkedAt: string | null }[];
  }[];
}

const PATS_WORDS = 'I went to the old place after work and stayed too long.';

describe('the lapse plan and "something happened"', () => {
  let t: TestApp;
  let home: Home;

  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const read = async (who: Who) =>
    data(await t.gql<{ lapsePlan: LapsePlan }>(READ, { p: home.planId }, as(who))).lapsePlan;
  const step = async <K extends string>(query: string, input: object, who: Who, key: K) =>
    data(await t.gql<Record<K, LapsePlan>>(query, { i: input }, as(who)))[key];
  const proposal = (over: Record<string, unknown> = {}) => ({
    planId: home.planId,
    whatItMeans: 'Using again, even once. It is a hard day, not the end of anything.',
    toldMemberIds: [home.member.mother],
    toldBy: 'Casey calls Maria the same day',
    pausesVisits: true,
    maxPauseDays: 14,
    stepsBackIn: ['A talk with Casey', 'Three check-ins in a row', 'A family meeting'],
    ...over,
  });
  const propose = (over: Record<string, unknown> = {}) =>
    step(PROPOSE, proposal(over), 'counselor', 'proposeLapsePlan');
  const agreeAll = async (versionId: string) => {
    for (const who of ['patient', 'mother', 'partner'] as const)
      await step(ACCEPT, { versionId }, who, 'acceptLapsePlan');
  };
  const kinds = async (who: Who) =>
    data(
      await t.gql<{ notifications: { kind: string; path: string; readAt: string | null }[] }>(
        NOTIFICATIONS,
        {},
        as(who),
      ),
    ).notifications;
  const today = () => t.clock.now().toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    home = await createHome(t);
  });
  afterAll(() => t.close());

  it('is agreed when everyone on the plan accepts the same version; a new version needs new acceptances and the agreed one stays in force until then', async () => {
    const first = await propose();
    const v1 = first.versions[0];
    expect(v1).toMatchObject({
      version: 1,
      status: 'PROPOSED',
      keeps: ['HISTORY', 'MILESTONES_EARNED', 'COMMITMENTS_KEPT'],
    });
    expect(v1.acceptances.map((a) => a.memberId)).toEqual([
      home.member.patient,
      home.member.mother,
      home.member.partner,
    ]);
    // Everyone on the plan is asked, discreetly.
    expect((await kinds('partner')).map((n) => n.kind)).toContain('LAPSE_PLAN_TO_ACCEPT');
    expect((await read('partner')).versions[0].mayAccept).toBe(true);

    await step(ACCEPT, { versionId: v1.id }, 'patient', 'acceptLapsePlan');
    const twice = await t.gql(ACCEPT, { i: { versionId: v1.id } }, as('patient'));
    expect(refusal(twice).reason).toBe('LAPSE_PLAN_ALREADY_ACCEPTED');
    await step(ACCEPT, { versionId: v1.id }, 'mother', 'acceptLapsePlan');
    expect((await read('patient')).agreed).toBeNull();
    const agreed = await step(ACCEPT, { versionId: v1.id }, 'partner', 'acceptLapsePlan');
    expect(agreed.agreed).toMatchObject({ id: v1.id, version: 1 });
    // Sam's "accept" no longer waits once he answered.
    const sams = (await kinds('partner')).filter((n) => n.kind === 'LAPSE_PLAN_TO_ACCEPT');
    expect(sams.every((n) => n.readAt !== null)).toBe(true);

    // A new version: v1 stays in force until everyone accepts v2; then v1 is kept as SUPERSEDED.
    const second = await propose({ maxPauseDays: 7 });
    expect(second.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'PROPOSED'],
      [1, 'AGREED'],
    ]);
    expect(second.agreed?.version).toBe(1);
    await agreeAll(second.versions[0].id);
    const after = await read('mother');
    expect(after.versions.map((v) => [v.version, v.status])).toEqual([
      [2, 'AGREED'],
      [1, 'SUPERSEDED'],
    ]);
    // Nothing is overwritten: the database itself refuses to change or remove a version's words.
    await expect(
      t.dataSource.query(`UPDATE lapse_plan_version SET what_it_means = 'x' WHERE id = $1`, [
        v1.id,
      ]),
    ).rejects.toThrow(/never/);
    await expect(
      t.dataSource.query(`DELETE FROM lapse_plan_acceptance WHERE version_id = $1`, [v1.id]),
    ).rejects.toThrow();
    // Members accept; staff draft. A family member cannot draft, a counselor cannot accept.
    expect(refusal(await t.gql(PROPOSE, { i: proposal() }, as('mother'))).code).toBe('FORBIDDEN');
    expect(refusal(await t.gql(ACCEPT, { i: { versionId: v1.id } }, as('counselor'))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('follows the agreed plan in one change when something happens: Maria is told, Sam is not, visits pause, nothing earned is erased; the counselor resumes through the steps back in', async () => {
    const v = (await propose()).versions[0];
    await agreeAll(v.id);
    // Pat has earned his first phase's milestones, and a visit with Maria is approved for next week.
    await t.dataSource.query(
      `UPDATE plan_milestone SET status = 'ACHIEVED', achieved_at = now() WHERE phase_id IN (SELECT id FROM plan_phase WHERE plan_id = $1 AND position = 1)`,
      [home.planId],
    );
    const startsAt = new Date(t.clock.now().getTime() + 7 * 86_400_000);
    const visit = { id: await phoneCallWithMother(t, home, 'APPROVED', 7) };
    const eventsBefore = Number(
      (
        await t.dataSource.query('SELECT count(*) FROM domain_event WHERE plan_id = $1', [
          home.planId,
        ])
      )[0].count,
    );

    const recorded = await step(
      RECORD,
      { planId: home.planId, happenedOn: today(), words: PATS_WORDS },
      'patient',
      'recordSomethingHappened',
    );
    expect(recorded.pausedFollowingPlan).toBe(true);
    const [lapse] = recorded.lapses;
    expect(lapse).toMatchObject({
      words: PATS_WORDS,
      followedVersion: 1,
      paused: true,
      resumedAt: null,
    });
    // One transaction, one domain event.
    const events = await t.dataSource.query(
      'SELECT type, details FROM domain_event WHERE plan_id = $1 ORDER BY id OFFSET $2',
      [home.planId, eventsBefore],
    );
    expect(events.map((e: { type: string }) => e.type)).toEqual(['lapse.recorded']);
    expect(events[0].details.cancelledVisitIds).toEqual([visit.id]);
    const [plan] = await t.dataSource.query(
      'SELECT status, status_reason FROM plan WHERE id = $1',
      [home.planId],
    );
    expect(plan).toEqual({ status: 'PAUSED', status_reason: 'Paused, following our plan.' });
    const [cancelled] = await t.dataSource.query('SELECT status FROM visit WHERE id = $1', [
      visit.id,
    ]);
    expect(cancelled.status).toBe('CANCELLED');
    // No visit can be asked for while the plan is paused.
    const asked = await t.gql(
      'mutation($i: RequestVisitInput!) { requestVisit(input: $i) { id } }',
      {
        i: {
          planId: home.planId,
          contactType: 'PHONE',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          place: 'By phone',
          participantMemberIds: [home.member.patient, home.member.mother],
        },
      },
      as('patient'),
    );
    expect(asked.errors).toBeDefined();

    // Maria is told as agreed (discreetly, on her lapse plan page); Sam is not; the counselor is.
    expect(await kinds('mother')).toContainEqual(
      expect.objectContaining({
        kind: 'LAPSE_PLAN_FOLLOWED',
        path: `/family/lapse-plan/${home.planId}`,
      }),
    );
    expect((await kinds('partner')).map((n) => n.kind)).not.toContain('LAPSE_PLAN_FOLLOWED');
    expect((await kinds('counselor')).map((n) => n.kind)).toContain('STAFF_SOMETHING_HAPPENED');
    // What they read on a lock screen never names what happened, in either language.
    for (const kind of [
      'LAPSE_PLAN_TO_ACCEPT',
      'LAPSE_PLAN_FOLLOWED',
      'STAFF_SOMETHING_HAPPENED',
      'STAFF_PAUSE_LIMIT',
    ] as const)
      for (const language of ['EN', 'ES'] as const)
        for (const word of [...BANNED_WORDS, 'lapse', 'happened', 'using', 'consumo', 'pasó'])
          expect(notificationTitle(kind, language).toLowerCase()).not.toContain(word);

    // Nothing earned is erased: the milestones stay achieved; the record marks one hard day.
    const staff = data(
      await t.gql<{
        plan: { phases: { position: number; milestones: { status: string }[] }[] };
      }>(
        'query($id: ID!) { plan(id: $id) { phases { position milestones { status } } } }',
        { id: home.planId },
        as('counselor'),
      ),
    ).plan;
    expect(staff.phases[0].milestones.every((m) => m.status === 'ACHIEVED')).toBe(true);
    const record = data(
      await t.gql<{ trackRecord: { hardDays: string[]; timeline: { kind: string }[] } }>(
        'query($p: ID!) { trackRecord(planId: $p) { hardDays timeline { kind } } }',
        { p: home.planId },
        as('patient'),
      ),
    ).trackRecord;
    expect(record.hardDays).toEqual([today()]);
    expect(record.timeline.map((e) => e.kind)).toContain('PLAN_CREATED');

    // The steps back in: all checked off before the plan resumes.
    expect(refusal(await t.gql(RESUME, { i: { lapseId: lapse.id } }, as('counselor'))).reason).toBe(
      'LAPSE_STEPS_NOT_DONE',
    );
    // The longest pause agreed comes: the counselor is reminded, once.
    const reminders = t.app.get(RemindersService);
    await reminders.sweep();
    expect((await kinds('counselor')).map((n) => n.kind)).not.toContain('STAFF_PAUSE_LIMIT');
    // The last day is the program's (New York): at 23:00 there it is still the day before,
    // though in UTC the day has come.
    t.clock.advanceMinutes((13 * 24 + 18) * 60);
    await home.signInAgain();
    await reminders.sweep();
    expect((await kinds('counselor')).map((n) => n.kind)).not.toContain('STAFF_PAUSE_LIMIT');
    t.clock.advanceMinutes(6 * 60);
    await home.signInAgain();
    await reminders.sweep();
    await reminders.sweep();
    expect((await kinds('counselor')).filter((n) => n.kind === 'STAFF_PAUSE_LIMIT')).toHaveLength(
      1,
    );

    for (const position of [0, 1, 2])
      await step(CHECK, { lapseId: lapse.id, position }, 'counselor', 'checkStepBackIn');
    expect(
      refusal(await t.gql(CHECK, { i: { lapseId: lapse.id, position: 3 } }, as('counselor')))
        .reason,
    ).toBe('LAPSE_STEP_UNKNOWN');
    const resumed = await step(RESUME, { lapseId: lapse.id }, 'counselor', 'resumeAfterLapse');
    expect(resumed.pausedFollowingPlan).toBe(false);
    expect(resumed.lapses[0].resumedAt).not.toBeNull();
    const [running] = await t.dataSource.query('SELECT status FROM plan WHERE id = $1', [
      home.planId,
    ]);
    expect(running.status).toBe('ACTIVE');
    // Those told it happened hear again once the plan runs again; Sam still hears nothing.
    expect((await kinds('mother')).filter((n) => n.kind === 'LAPSE_PLAN_FOLLOWED')).toHaveLength(2);
    expect((await kinds('partner')).map((n) => n.kind)).not.toContain('LAPSE_PLAN_FOLLOWED');
    // The hard day stays on the record as written.
    await expect(
      t.dataSource.query(`UPDATE lapse SET words = NULL WHERE id = $1`, [lapse.id]),
    ).rejects.toThrow(/never/);
  });

  it('without an agreed plan, recording still works and tells only the counselor; the plan keeps running', async () => {
    await propose(); // proposed, never accepted
    const recorded = await step(
      RECORD,
      { planId: home.planId, happenedOn: today() },
      'counselor',
      'recordSomethingHappened',
    );
    expect(recorded.pausedFollowingPlan).toBe(false);
    expect(recorded.lapses[0]).toMatchObject({ followedVersion: null, paused: false, words: null });
    const [plan] = await t.dataSource.query('SELECT status FROM plan WHERE id = $1', [home.planId]);
    expect(plan.status).toBe('ACTIVE');
    expect((await kinds('mother')).map((n) => n.kind)).not.toContain('LAPSE_PLAN_FOLLOWED');
    // The patient (not the counselor who recorded it) is not told of their own day either; staff are.
    const [other] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE kind = 'STAFF_SOMETHING_HAPPENED' AND plan_id = $1`,
      [home.planId],
    );
    expect(other.n).toBe(0); // the only staff member recorded it themself
    const byPatient = await step(
      RECORD,
      { planId: home.planId, happenedOn: today() },
      'patient',
      'recordSomethingHappened',
    );
    expect(byPatient.lapses).toHaveLength(2);
    expect((await kinds('counselor')).map((n) => n.kind)).toContain('STAFF_SOMETHING_HAPPENED');
    // Family members cannot record one; nor can a day ahead be chosen.
    expect(
      refusal(
        await t.gql(RECORD, { i: { planId: home.planId, happenedOn: today() } }, as('mother')),
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      refusal(
        await t.gql(
          RECORD,
          { i: { planId: home.planId, happenedOn: '2999-01-01' } },
          as('patient'),
        ),
      ).reason,
    ).toBe('LAPSE_DAY_AHEAD');
  });

  it("offers the program's day, not the phone's, as the latest a hard day can have happened", async () => {
    // A program where it is already another day than in UTC (an evening in the Americas is
    // tomorrow in UTC): the form must not offer a day the API then refuses.
    const zone = t.clock.now().getUTCHours() < 10 ? 'Pacific/Honolulu' : 'Pacific/Kiritimati';
    await t.dataSource.query('UPDATE organization SET time_zone = $2 WHERE id = $1', [
      home.org.id,
      zone,
    ]);
    const programDay = localDay(t.clock.now(), zone);
    expect(programDay).not.toBe(today());
    const plan = await read('patient');
    expect(plan.today).toBe(programDay);
    expect((await read('mother')).today).toBe(programDay);
    // The next day is refused; the program's day is taken.
    const ahead = await t.gql(
      RECORD,
      { i: { planId: home.planId, happenedOn: shiftDay(plan.today, -1) } },
      as('patient'),
    );
    expect(refusal(ahead).reason).toBe('LAPSE_DAY_AHEAD');
    const recorded = await step(
      RECORD,
      { planId: home.planId, happenedOn: plan.today },
      'patient',
      'recordSomethingHappened',
    );
    expect(recorded.lapses.map((l) => l.happenedOn)).toEqual([programDay]);
  });

  it('refuses bad input with a reason and keeps nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ whatItMeans: '  ' }, 'INPUT_LAPSE_MEANING'],
      [{ maxPauseDays: 0 }, 'INPUT_LAPSE_PAUSE_DAYS'],
      [{ maxPauseDays: 91 }, 'INPUT_LAPSE_PAUSE_DAYS'],
      [{ stepsBackIn: [] }, 'INPUT_LAPSE_STEPS'],
      [{ stepsBackIn: ['  '] }, 'INPUT_LAPSE_STEPS'],
      [{ toldMemberIds: ['00000000-0000-4000-8000-000000000000'] }, 'LAPSE_PLAN_TELLS_OFF_PLAN'],
    ];
    for (const [over, reason] of cases)
      expect(refusal(await t.gql(PROPOSE, { i: proposal(over) }, as('counselor'))).reason).toBe(
        reason,
      );
    // 'today' is not a date, and 2026-02-29 is not a day (the fuzzer found it reached PostgreSQL).
    for (const happenedOn of ['today', '2026-02-29'])
      expect(
        refusal(await t.gql(RECORD, { i: { planId: home.planId, happenedOn } }, as('patient')))
          .reason,
      ).toBe('INPUT_LAPSE_DAY');
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM lapse_plan_version WHERE plan_id = $1',
      [home.planId],
    );
    expect(n).toBe(0);
  });

  it("keeps a lapse's details from a family member without PROGRESS consent by every path of the schema; a revoked consent counts on the next request", async () => {
    const v = (await propose({ toldMemberIds: [home.member.mother, home.member.partner] }))
      .versions[0];
    await agreeAll(v.id);
    const recorded = await step(
      RECORD,
      { planId: home.planId, happenedOn: today(), words: PATS_WORDS },
      'patient',
      'recordSomethingHappened',
    );
    const lapseId = recorded.lapses[0].id;

    // Sam (no consent) learns only that the plan is paused, following the plan he agreed.
    const sams = await read('partner');
    expect(sams.pausedFollowingPlan).toBe(true);
    expect(sams.lapses).toEqual([]);
    expect(sams.agreed?.version).toBe(1);
    expect(sams.notice).toBeNull();

    const schema = t.app.get(GraphQLSchemaHost).schema;
    const values = {
      planId: home.planId,
      id: lapseId,
      memberId: home.member.partner,
      token: 'not-a-real-invitation-token-but-long-enough',
      version: 1,
      categories: ['PROGRESS', 'CHECKINS', 'ATTENDANCE', 'VISIT_REFLECTIONS'],
      from: '2000-01-01',
      to: '2999-12-31',
    };
    const seen: string[] = [];
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      const ids = field.args.some((a) => getNamedType(a.type).name === 'ID')
        ? [lapseId, home.planId]
        : [null];
      for (const id of ids) {
        const answer = await askEverything(t, schema, field, values, id, home.cookie.partner);
        seen.push(`${field.name}: ${answer}`);
        expect(answer).not.toContain(lapseId);
        expect(answer).not.toContain('old place');
        // The record shows him no hard day either.
        if (field.name === 'trackRecord' && id === home.planId)
          expect(answer).toContain('"hardDays":[]');
      }
    }
    const answered = seen.filter((s) => !s.includes('"errors"')).map((s) => s.split(':')[0]);
    expect(answered).toEqual(
      expect.arrayContaining(['lapsePlan', 'trackRecord', 'notifications', 'familyPlans']),
    );

    // Maria with PROGRESS reads what happened, with the §2.32 notice, and it is a disclosure.
    const granted = data(
      await t.gql<{ grantConsent: { id: string } }>(
        'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }',
        {
          i: {
            memberId: home.member.mother,
            categories: ['PROGRESS'],
            purpose: 'To support my return home',
            expiresAt: new Date(t.clock.now().getTime() + 60 * 86_400_000).toISOString(),
            signature: home.name.patient,
          },
        },
        as('patient'),
      ),
    ).grantConsent;
    const marias = await read('mother');
    expect(marias.lapses[0]).toMatchObject({ id: lapseId, words: PATS_WORDS });
    expect(marias.notice).toContain('42 CFR part 2');
    const disclosed = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'plan.family_viewed_lapse' AND record_id = $1`,
      [home.planId],
    );
    expect(disclosed[0].n).toBeGreaterThan(0);
    // Revoked: the very next request no longer shows it.
    await t.gql(
      'mutation($id: ID!) { revokeConsent(id: $id) { id } }',
      { id: granted.id },
      as('patient'),
    );
    const revoked = await read('mother');
    expect(revoked.lapses).toEqual([]);
    expect(JSON.stringify(revoked)).not.toContain('old place');
    expect(revoked.pausedFollowingPlan).toBe(true);
  });
});
