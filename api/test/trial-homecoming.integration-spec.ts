import { LANGUAGES, notificationTitle, shiftDay } from '@homeward/domain';
import { RemindersService } from '../src/reaching/notifications/reminders.service';
import { codes, createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, refusal, Who } from './home';
import { TrialEndsWithThePlan1796596349278 } from '../src/platform/database/migrations/1796596349278-trial-ends-with-the-plan';

const VERSION = `version conditions { text note source sourceId sourceVersion byName } startDay maxDays endsOn reviewDays
  contentHash signatures { memberId displayName typedName } awaitingSignatureFrom signedByAll`;
const TRIAL = `id status outcome outcomeWords startDay maxDays endsOn reviewDays nextReviewDay reviewDue extensions extensionsLeft
  today weekOf drafted { text note source sourceId sourceVersion byName } current { ${VERSION} } awaitingMySignature
  answeredThisWeek homeAnswers { memberId displayName weekOf rating words mine } reviews { reviewDay outcome reason newEndsOn newReviewDay reviewedByName }`;
const READ = `query($p: ID!) { homecomingTrial(planId: $p) { ${TRIAL} } }`;
const PUBLISH = `mutation($i: PublishTrialConditionsInput!) { publishTrialConditions(input: $i) { ${TRIAL} } }`;
const SIGN = `mutation($i: SignTrialConditionsInput!) { signTrialConditions(input: $i) { ${TRIAL} } }`;
const HOW = `mutation($i: SayHowHomeIsInput!) { sayHowHomeIs(input: $i) { ${TRIAL} } }`;
const REVIEW = `mutation($i: ReviewTrialInput!) { reviewTrial(input: $i) { ${TRIAL} } }`;
const NOTIFICATIONS = '{ notifications { kind path } }';

interface Condition {
  text: string;
  note: string | null;
  source: string;
  sourceId: string | null;
  sourceVersion: number | null;
  byName: string | null;
}
interface Trial {
  id: string;
  status: string;
  outcome: string | null;
  outcomeWords: string | null;
  startDay: string;
  endsOn: string;
  reviewDays: string[];
  nextReviewDay: string | null;
  reviewDue: boolean;
  extensions: number;
  extensionsLeft: number;
  today: string;
  weekOf: string;
  drafted: Condition[];
  current: {
    version: number;
    conditions: Condition[];
    reviewDays: string[];
    signatures: { memberId: string; typedName: string }[];
    awaitingSignatureFrom: string[];
    signedByAll: boolean;
  } | null;
  awaitingMySignature: boolean;
  answeredThisWeek: boolean;
  homeAnswers: { memberId: string; rating: number; words: string | null; mine: boolean }[];
  reviews: { outcome: string; reason: string | null; reviewedByName: string }[];
}

describe('the trial homecoming', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const as = (home: Home, who: Who) => ({ cookie: home.cookie[who] });
  const trialOf = async (home: Home, who: Who = 'counselor') =>
    data(await t.gql<{ homecomingTrial: Trial | null }>(READ, { p: home.planId }, as(home, who)))
      .homecomingTrial;
  const currentPosition = async (home: Home): Promise<number> =>
    (
      await t.dataSource.query(
        `SELECT position FROM plan_phase WHERE plan_id = $1 AND status = 'CURRENT'`,
        [home.planId],
      )
    )[0].position;
  const stagePosition = async (home: Home, stage: string): Promise<number> =>
    (
      await t.dataSource.query(
        `SELECT position FROM plan_phase WHERE plan_id = $1 AND stage = $2`,
        [home.planId, stage],
      )
    )[0].position;

  /** The plan stands on `position` with its milestones reached (set up directly: the ladder is not what is tested). */
  async function standOn(home: Home, position: number) {
    await t.dataSource.query(
      `UPDATE plan_phase SET status = (CASE WHEN position < $2 THEN 'DONE' WHEN position = $2 THEN 'CURRENT' ELSE 'LOCKED' END)::phase_status
        WHERE plan_id = $1`,
      [home.planId, position],
    );
    await t.dataSource.query(
      `UPDATE plan_milestone SET achieved_at = $2 WHERE phase_id IN (SELECT id FROM plan_phase WHERE plan_id = $1) AND achieved_at IS NULL`,
      [home.planId, t.clock.now()],
    );
  }

  /** The counselor proposes the next phase and everyone agrees: the plan moves up, as it does in the app. */
  async function moveUp(home: Home) {
    const proposal = data(
      await t.gql<{ proposeNextPhase: { id: string } }>(
        'mutation($i: ProposeNextPhaseInput!) { proposeNextPhase(input: $i) { id } }',
        { i: { planId: home.planId, reason: 'Steady weeks, kindly kept.' } },
        as(home, 'counselor'),
      ),
    ).proposeNextPhase;
    for (const who of ['patient', 'mother', 'partner'] as const)
      data(
        await t.gql(
          'mutation($i: AnswerPhaseProposalInput!) { answerPhaseProposal(input: $i) { id } }',
          { i: { proposalId: proposal.id, agree: true } },
          as(home, who),
        ),
      );
  }

  /** An agreed expectation (patient → mother), an acknowledged boundary (the partner's), the contract signed. */
  async function agree(home: Home) {
    const e = data(
      await t.gql<{ proposeExpectation: { id: string } }>(
        'mutation($i: ProposeExpectationInput!) { proposeExpectation(input: $i) { id } }',
        {
          i: {
            planId: home.planId,
            fromMemberId: home.member.patient,
            toMemberId: home.member.mother,
            category: 'CONTACT',
            appliesFromPhase: 1,
            text: 'A phone call three evenings a week',
          },
        },
        as(home, 'patient'),
      ),
    ).proposeExpectation;
    data(
      await t.gql(
        'mutation($i: AnswerExpectationInput!) { answerExpectation(input: $i) { id } }',
        { i: { expectationId: e.id, version: 1, decision: 'ACCEPT' } },
        as(home, 'mother'),
      ),
    );
    const b = data(
      await t.gql<{ stateBoundary: { id: string } }>(
        'mutation($i: StateBoundaryInput!) { stateBoundary(input: $i) { id } }',
        {
          i: {
            planId: home.planId,
            category: 'HOUSEHOLD',
            need: 'No alcohol in the house',
            ifCrossed: 'We talk it over with the counselor',
            appliesToMemberIds: [home.member.patient],
            visibility: 'PLAN',
          },
        },
        as(home, 'partner'),
      ),
    ).stateBoundary;
    data(
      await t.gql(
        'mutation($i: AcknowledgeBoundaryInput!) { acknowledgeBoundary(input: $i) { id } }',
        { i: { boundaryId: b.id, version: 1 } },
        as(home, 'patient'),
      ),
    );
    const [{ version }] = await t.dataSource.query(
      'SELECT max(version) AS version FROM contract_version WHERE plan_id = $1',
      [home.planId],
    );
    for (const who of ['patient', 'mother', 'partner'] as const)
      data(
        await t.gql(
          'mutation($i: SignHomeContractInput!) { signHomeContract(input: $i) { version } }',
          { i: { planId: home.planId, version, typedName: home.name[who] } },
          as(home, who),
        ),
      );
    return { expectationId: e.id, boundaryId: b.id };
  }

  /** A home whose plan has just entered Homecoming, with what it agreed. */
  async function homecoming(timeZone?: string) {
    const home = await createHome(t);
    if (timeZone)
      await t.dataSource.query('UPDATE organization SET time_zone = $2 WHERE id = $1', [
        home.org.id,
        timeZone,
      ]);
    const agreed = await agree(home);
    await standOn(home, (await stagePosition(home, 'HOMECOMING')) - 1);
    await moveUp(home);
    return { home, ...agreed };
  }

  const publish = (home: Home, input: Record<string, unknown>) =>
    t.gql<{ publishTrialConditions: Trial }>(
      PUBLISH,
      { i: { planId: home.planId, maxDays: 90, ...input } },
      as(home, 'counselor'),
    );
  const sign = (home: Home, who: Who, version: number, typedName?: string) =>
    t.gql<{ signTrialConditions: Trial }>(
      SIGN,
      {
        i: {
          planId: home.planId,
          version,
          typedName: typedName ?? home.name[who as 'patient'],
        },
      },
      as(home, who),
    );
  const review = (home: Home, input: Record<string, unknown>) =>
    t.gql<{ reviewTrial: Trial }>(
      REVIEW,
      { i: { planId: home.planId, ...input } },
      as(home, 'counselor'),
    );
  const kinds = async (home: Home, who: Who) =>
    data(
      await t.gql<{ notifications: { kind: string; path: string }[] }>(
        NOTIFICATIONS,
        {},
        as(home, who),
      ),
    ).notifications;

  it('starts on entering Homecoming (by its stage), not on any other move, and ends "home" on moving to Aftercare', async () => {
    const home = await createHome(t);
    await agree(home);
    const homecomingAt = await stagePosition(home, 'HOMECOMING');
    await standOn(home, homecomingAt - 2);
    await moveUp(home);
    expect(await currentPosition(home)).toBe(homecomingAt - 1);
    expect(await trialOf(home)).toBeNull();

    // Renaming the phase changes nothing: the stage says what it is.
    await t.dataSource.query(
      `UPDATE plan_phase SET name = 'Back together' WHERE plan_id = $1 AND stage = 'HOMECOMING'`,
      [home.planId],
    );
    await standOn(home, homecomingAt - 1);
    await moveUp(home);
    const trial = (await trialOf(home)) as Trial;
    expect(trial).toMatchObject({ status: 'OPEN', outcome: null, current: null, extensions: 0 });
    expect(trial.startDay).toBe(trial.today);
    expect(trial.reviewDays).toEqual([shiftDay(trial.today, -30)]);
    const audited = await t.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'plan.phase_advanced' AND record_id = $1 ORDER BY id DESC LIMIT 1`,
      [home.planId],
    );
    expect(audited[0].details.trialStarted).toBe(trial.id);

    // Every member reads it; nobody else does, and "not yours" reads as "not there".
    expect((await trialOf(home, 'partner'))?.id).toBe(trial.id);
    const stranger = await createHome(t);
    expect(
      codes(await t.gql(READ, { p: home.planId }, { cookie: stranger.cookie.patient })),
    ).toEqual(['NOT_FOUND']);

    await standOn(home, homecomingAt);
    await moveUp(home);
    const ended = (await trialOf(home, 'mother')) as Trial;
    expect(ended).toMatchObject({
      id: trial.id,
      status: 'ENDED',
      outcome: 'HOME',
      outcomeWords: 'Home',
    });
    await expect(
      t.dataSource.query(`UPDATE homecoming_trial SET outcome = 'STEPPED_BACK' WHERE id = $1`, [
        trial.id,
      ]),
    ).rejects.toThrow(/never changes/);
  });

  it('ends with the plan when the plan is closed while it is under way', async () => {
    const { home } = await homecoming();
    const open = (await trialOf(home)) as Trial;
    expect(open.status).toBe('OPEN');
    data(
      await t.gql(
        'mutation($i: SetPlanStatusInput!) { setPlanStatus(input: $i) { id } }',
        { i: { id: home.planId, status: 'CLOSED', reason: 'The family moved out of state.' } },
        as(home, 'counselor'),
      ),
    );
    expect(await trialOf(home, 'mother')).toMatchObject({
      id: open.id,
      status: 'ENDED',
      outcome: 'PLAN_CLOSED',
      outcomeWords: 'Ended with the plan',
    });
    const [closed] = await t.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'plan.plan_closed' AND record_id = $1`,
      [home.planId],
    );
    expect(closed.details.trialEnded).toEqual({ trialId: open.id, outcome: 'PLAN_CLOSED' });
  });

  it('is ended by the upgrade when its plan was closed before trials followed the close', async () => {
    const { home } = await homecoming();
    const open = (await trialOf(home)) as Trial;
    // The plan as an older version closed it: the trial was left open.
    const closedAt = new Date('2026-11-20T15:00:00Z');
    await t.dataSource.query(`UPDATE plan SET status = 'CLOSED' WHERE id = $1`, [home.planId]);
    await t.dataSource.query(
      `INSERT INTO plan_event (plan_id, kind, details, occurred_at) VALUES ($1, 'PLAN_CLOSED', '{}', $2)`,
      [home.planId, closedAt],
    );
    const runner = t.dataSource.createQueryRunner();
    try {
      await new TrialEndsWithThePlan1796596349278().up(runner);
    } finally {
      await runner.release();
    }
    expect(await trialOf(home)).toMatchObject({
      id: open.id,
      status: 'ENDED',
      outcome: 'PLAN_CLOSED',
    });
    const [ended] = await t.dataSource.query(
      'SELECT ended_at FROM homecoming_trial WHERE id = $1',
      [open.id],
    );
    expect(new Date(ended.ended_at).toISOString()).toBe(closedAt.toISOString());
  });

  it('drafts its conditions from the agreed expectations and acknowledged boundaries; each version needs everyone to sign it', async () => {
    const { home, expectationId, boundaryId } = await homecoming();
    const trial = (await trialOf(home)) as Trial;
    expect(trial.drafted).toEqual([
      {
        text: 'A phone call three evenings a week',
        note: null,
        source: 'EXPECTATION',
        sourceId: expectationId,
        sourceVersion: 1,
        byName: expect.any(String),
      },
      {
        text: 'No alcohol in the house',
        note: 'We talk it over with the counselor',
        source: 'BOUNDARY',
        sourceId: boundaryId,
        sourceVersion: 1,
        byName: 'Sam',
      },
    ]);
    // Members do not see the counselor's working list.
    expect((await trialOf(home, 'patient'))?.drafted).toEqual([]);

    const start = trial.today;
    const first = {
      conditions: [
        { source: 'EXPECTATION', sourceId: expectationId, text: 'words a client made up' },
        { source: 'BOUNDARY', sourceId: boundaryId },
        { source: 'COUNSELOR', text: 'Sunday dinner together, phones away' },
      ],
      startDay: start,
      reviewDays: [shiftDay(start, -14), shiftDay(start, -45)],
    };
    // Review dates outside the length, a source that is not this plan's, a counselor condition without words.
    for (const [input, code] of [
      [{ ...first, reviewDays: [shiftDay(start, -120)] }, 'BAD_USER_INPUT'],
      [{ ...first, reviewDays: [] }, 'BAD_USER_INPUT'],
      [{ ...first, maxDays: 400 }, 'BAD_USER_INPUT'],
      [{ ...first, conditions: [{ source: 'BOUNDARY', sourceId: expectationId }] }, 'CONFLICT'],
      [{ ...first, conditions: [{ source: 'COUNSELOR' }] }, 'BAD_USER_INPUT'],
    ] as const)
      expect(codes(await publish(home, input))).toEqual([code]);
    expect(refusal(await publish(home, { ...first, maxDays: 400 })).reason).toBe(
      'INPUT_TRIAL_LENGTH',
    );
    // Home before the trial began would make every review due at once.
    const early = await publish(home, { ...first, startDay: shiftDay(start, 3) });
    expect(refusal(early).reason).toBe('INPUT_TRIAL_START');
    expect(refusal(early).message).toBe(
      `The first day at home can be the day the trial began (${start}) or later.`,
    );

    const published = data(await publish(home, first)).publishTrialConditions;
    // The agreement's words are copied as they stand, whatever the client sent.
    expect(published.current?.conditions.map((c) => [c.source, c.text])).toEqual([
      ['EXPECTATION', 'A phone call three evenings a week'],
      ['BOUNDARY', 'No alcohol in the house'],
      ['COUNSELOR', 'Sunday dinner together, phones away'],
    ]);
    expect(published.current).toMatchObject({ version: 1, signedByAll: false, signatures: [] });
    expect(published.endsOn).toBe(shiftDay(start, -90));
    // The same conditions again are no new version.
    expect(data(await publish(home, first)).publishTrialConditions.current?.version).toBe(1);
    for (const who of ['patient', 'mother', 'partner'] as const) {
      expect((await trialOf(home, who))?.awaitingMySignature).toBe(true);
      const told = (await kinds(home, who)).filter((n) => n.kind === 'TRIAL_TO_SIGN');
      expect(told).toHaveLength(1);
    }
    expect((await kinds(home, 'patient')).find((n) => n.kind === 'TRIAL_TO_SIGN')?.path).toBe(
      '/patient/homecoming',
    );
    expect((await kinds(home, 'mother')).find((n) => n.kind === 'TRIAL_TO_SIGN')?.path).toBe(
      `/family/homecoming/${home.planId}`,
    );

    expect(codes(await sign(home, 'patient', 1, 'Somebody Else'))).toEqual(['BAD_USER_INPUT']);
    // The same rules as the home contract's signature: a name is at most 120 characters.
    expect(refusal(await sign(home, 'patient', 1, 'x'.repeat(121)))).toMatchObject({
      reason: 'INPUT_TOO_LONG',
    });
    expect(refusal(await sign(home, 'patient', 0))).toMatchObject({
      reason: 'INPUT_VERSION_SIGNED',
    });
    expect(codes(await sign(home, 'patient', 2))).toEqual(['NOT_FOUND']);
    expect(codes(await sign(home, 'counselor', 1, 'Counselor'))).toEqual(['FORBIDDEN']);
    data(await sign(home, 'patient', 1));
    expect(codes(await sign(home, 'patient', 1))).toEqual(['CONFLICT']);
    // Signing reads the "sign" notification as done.
    const [waiting] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification n JOIN plan_member m ON m.id = $1
        JOIN membership s ON s.id = m.membership_id WHERE n.user_id = s.user_id AND n.kind = 'TRIAL_TO_SIGN' AND n.read_at IS NULL`,
      [home.member.patient],
    );
    expect(waiting.n).toBe(0);

    // A new version needs new signatures, the patient's too.
    const second = data(
      await publish(home, {
        ...first,
        conditions: [
          ...first.conditions,
          { source: 'COUNSELOR', text: 'Curfew at eleven on weeknights' },
        ],
      }),
    ).publishTrialConditions;
    expect(second.current).toMatchObject({ version: 2, signatures: [] });
    expect(second.current?.awaitingSignatureFrom).toHaveLength(3);
    expect(codes(await sign(home, 'patient', 1))).toEqual(['CONFLICT']);
    for (const who of ['patient', 'mother', 'partner'] as const) data(await sign(home, who, 2));
    const signed = (await trialOf(home)) as Trial;
    expect(signed.current).toMatchObject({ version: 2, signedByAll: true });
    expect(signed.current?.signatures.map((s) => s.memberId)).toEqual([
      home.member.patient,
      home.member.mother,
      home.member.partner,
    ]);

    // Published words and signatures are kept as they were.
    await expect(
      t.dataSource.query(`UPDATE trial_conditions_version SET content = '{}'::jsonb`),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM trial_signature`)).rejects.toThrow(/append-only/);
  });

  it('takes one "how is home?" from each member a week, read by its author and staff', async () => {
    const { home } = await homecoming();
    const say = (who: Who, rating: number, words?: string) =>
      t.gql<{ sayHowHomeIs: Trial }>(
        HOW,
        { i: { planId: home.planId, rating, words } },
        as(home, who),
      );
    expect(codes(await say('patient', 6))).toEqual(['BAD_USER_INPUT']);
    expect(refusal(await say('patient', 0)).reason).toBe('INPUT_HOME_RATING');
    expect(codes(await say('counselor', 4))).toEqual(['FORBIDDEN']);
    const mine = data(await say('patient', 4, 'Quiet dinners, a good week')).sayHowHomeIs;
    expect(mine.answeredThisWeek).toBe(true);
    expect(mine.homeAnswers).toMatchObject([
      { rating: 4, words: 'Quiet dinners, a good week', mine: true },
    ]);
    expect(refusal(await say('patient', 3)).reason).toBe('TRIAL_HOME_ANSWERED');
    data(await say('mother', 3));

    // Yours, not a report: each member reads only their own; staff read all.
    expect((await trialOf(home, 'mother'))?.homeAnswers.map((a) => a.rating)).toEqual([3]);
    expect((await trialOf(home, 'partner'))?.homeAnswers).toEqual([]);
    expect((await trialOf(home, 'counselor'))?.homeAnswers.map((a) => a.memberId).sort()).toEqual(
      [home.member.patient, home.member.mother].sort(),
    );
    // The words stay out of the audit trail and the events.
    const [events] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM domain_event WHERE type = 'trial.home_answered' AND details::text LIKE '%Quiet dinners%'`,
    );
    expect(events.n).toBe(0);

    // A new week, a new answer.
    t.clock.advanceDays(7);
    await home.signInAgain();
    expect((await trialOf(home, 'patient'))?.answeredThisWeek).toBe(false);
    data(await say('patient', 5));
    expect((await trialOf(home, 'patient'))?.homeAnswers.map((a) => a.rating)).toEqual([5, 4]);
    await expect(t.dataSource.query(`UPDATE home_answer SET rating = 1`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('reminds the counselor once on a review day; extends at most twice; a step back moves the plan back and ends the trial for now', async () => {
    // The program keeps the clock of Kiritimati (UTC+14): its days begin ten hours before UTC's.
    const { home } = await homecoming('Pacific/Kiritimati');
    const homecomingAt = await currentPosition(home);
    const start = ((await trialOf(home)) as Trial).today;
    data(
      await publish(home, {
        conditions: [{ source: 'COUNSELOR', text: 'Sunday dinner together' }],
        startDay: start,
        reviewDays: [shiftDay(start, -14)],
      }),
    );
    const reminders = t.app.get(RemindersService);
    const reviewReminders = async () =>
      (await kinds(home, 'counselor')).filter((n) => n.kind === 'STAFF_TRIAL_REVIEW_DUE');

    await reminders.sweep();
    expect(await reviewReminders()).toHaveLength(0);
    expect(refusal(await review(home, { outcome: 'CONTINUE' })).reason).toBe(
      'TRIAL_REVIEW_NOT_DUE',
    );

    // 23:50 on the day before the review, in the program's time zone: not yet.
    t.clock.advanceDays(13);
    t.clock.advanceMinutes(50);
    await home.signInAgain();
    await reminders.sweep();
    expect(await reviewReminders()).toHaveLength(0);
    // Twenty minutes on, the review day has begun there (in UTC it is still the day before): once.
    t.clock.advanceMinutes(20);
    await home.signInAgain();
    expect(t.clock.now().toISOString().slice(0, 10)).toBe(shiftDay(start, -13));
    await reminders.sweep();
    await reminders.sweep();
    expect(await reviewReminders()).toHaveLength(1);
    expect((await reviewReminders())[0].path).toBe(`/staff/plans/${home.planId}/homecoming`);
    expect((await kinds(home, 'patient')).map((n) => n.kind)).not.toContain(
      'STAFF_TRIAL_REVIEW_DUE',
    );
    expect(((await trialOf(home)) as Trial).reviewDue).toBe(true);

    const trial = (await trialOf(home)) as Trial;
    // An extension names a new end after the current one and a review on or before it.
    expect(
      refusal(
        await review(home, {
          outcome: 'EXTEND',
          newEndsOn: trial.endsOn,
          newReviewDay: trial.endsOn,
        }),
      ).reason,
    ).toBe('TRIAL_EXTEND_DAYS');
    const newEnd = shiftDay(trial.endsOn, -30);
    const extended = data(
      await review(home, {
        outcome: 'EXTEND',
        newEndsOn: newEnd,
        newReviewDay: shiftDay(trial.today, -14),
        reason: 'A few more weeks to settle in',
      }),
    ).reviewTrial;
    expect(extended).toMatchObject({
      status: 'OPEN',
      endsOn: newEnd,
      extensions: 1,
      extensionsLeft: 1,
      nextReviewDay: shiftDay(trial.today, -14),
      reviewDue: false,
    });
    // Members hear that something is new, in words that name nothing.
    for (const who of ['patient', 'mother', 'partner'] as const)
      expect((await kinds(home, who)).filter((n) => n.kind === 'TRIAL_REVIEWED')).toHaveLength(1);
    for (const language of LANGUAGES)
      expect(notificationTitle('TRIAL_REVIEWED', language)).not.toMatch(
        /trial|prueba|review|revisi|home|casa|step|paso|recovery|treatment/i,
      );
    expect((await trialOf(home, 'mother'))?.reviews).toMatchObject([
      { outcome: 'EXTEND', reason: 'A few more weeks to settle in' },
    ]);

    // The second review: extend again; a third extension is a conversation, not a date.
    t.clock.advanceDays(14);
    await home.signInAgain();
    const second = (await trialOf(home)) as Trial;
    data(
      await review(home, {
        outcome: 'EXTEND',
        newEndsOn: shiftDay(second.endsOn, -10),
        newReviewDay: shiftDay(second.today, -7),
      }),
    );
    t.clock.advanceDays(7);
    await home.signInAgain();
    const third = (await trialOf(home)) as Trial;
    expect(third.extensionsLeft).toBe(0);
    expect(
      refusal(
        await review(home, {
          outcome: 'EXTEND',
          newEndsOn: shiftDay(third.endsOn, -5),
          newReviewDay: shiftDay(third.today, -3),
        }),
      ).reason,
    ).toBe('TRIAL_EXTENSIONS_USED');

    // Stepping back needs kind words; it moves the plan back a phase and ends the trial for now.
    expect(refusal(await review(home, { outcome: 'STEP_BACK' })).reason).toBe(
      'TRIAL_STEP_BACK_NEEDS_WORDS',
    );
    const back = data(
      await review(home, {
        outcome: 'STEP_BACK',
        reason: 'We want a steadier footing first; the door stays open.',
      }),
    ).reviewTrial;
    expect(back).toMatchObject({
      status: 'ENDED',
      outcome: 'STEPPED_BACK',
      outcomeWords: 'Stepped back, for now',
    });
    expect(await currentPosition(home)).toBe(homecomingAt - 1);
    const [stepped] = await t.dataSource.query(
      `SELECT details FROM plan_event WHERE plan_id = $1 AND kind = 'PHASE_STEPPED_BACK'`,
      [home.planId],
    );
    expect(stepped.details.reason).toBe('We want a steadier footing first; the door stays open.');
    expect(codes(await review(home, { outcome: 'CONTINUE' }))).toEqual(['CONFLICT']);
    // In Spanish, the same end in kind words.
    await t.gql('mutation { setLanguage(language: ES) { id } }', {}, as(home, 'mother'));
    expect((await trialOf(home, 'mother'))?.outcomeWords).toBe('Un paso atrás, por ahora');
  });
});
