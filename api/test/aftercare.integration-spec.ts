import { localDay, shiftDay } from '@homeward/domain';
import { Mailer } from '../src/platform/mail/mailer.service';
import { RemindersService } from '../src/reaching/notifications/reminders.service';
import { nextLocal } from '../src/reaching/notifications/delivery-time';
import { codes, createTestApp, TestApp } from './create-test-app';
import { addressee, indiscretions } from './discreet-mail';
import { TEST_PASSWORD } from './factories';
import { createHome, data, Home, refusal, Who } from './home';
import { MailSink, startMailSink } from './mail-sink';

const ZONE = 'America/New_York';
const SCHEDULE_FIELDS =
  'planId stage scheduled steps { cadence weeks } startsOn version today dueToday nextDueOn upcoming';
const SCHEDULE = `query($p: ID!) { checkInSchedule(planId: $p) { ${SCHEDULE_FIELDS} } }`;
const SET = `mutation($i: SetCheckInScheduleInput!) { setCheckInSchedule(input: $i) { ${SCHEDULE_FIELDS} } }`;
const SUMMARY_FIELDS =
  'planId patientName closingWords closingWordsVersion phases expectations boundaries milestones visitsWentWell { contactType day } familyTrackMarks sharedCategories redisclosureNotice';
const SUMMARY = `query($p: ID!) { closingSummary(planId: $p) { ${SUMMARY_FIELDS} } }`;
const COMPLETE = `mutation($i: CompletePlanInput!) { completePlan(input: $i) { ${SUMMARY_FIELDS} } }`;
const CHECK_IN = 'mutation($i: PatientCheckInInput!) { submitCheckIn(input: $i) { id } }';
const PHASES = `query($p: ID!) { plan(id: $p) { status phases { position milestones { title measure status progress } } } }`;
const NOTIFICATIONS = '{ notifications { kind planId path } }';
const SETTINGS =
  'mutation($i: NotificationSettingsInput!) { updateNotificationSettings(input: $i) { emailGroups } }';
const GRANT = 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }';

interface Schedule {
  stage: string | null;
  scheduled: boolean;
  steps: { cadence: string; weeks: number | null }[];
  startsOn: string | null;
  version: number | null;
  today: string;
  dueToday: boolean;
  nextDueOn: string | null;
  upcoming: string[];
}

interface Summary {
  closingWords: string;
  closingWordsVersion: number;
  phases: string[] | null;
  expectations: string[];
  boundaries: string[];
  milestones: string[];
  visitsWentWell: { contactType: string; day: string }[];
  familyTrackMarks: number | null;
  sharedCategories: string[];
  redisclosureNotice: string | null;
}

describe('coming home: the check-in schedule, aftercare and completing a plan', () => {
  let t: TestApp;
  let home: Home;
  let sink: MailSink;
  let keys = 0;
  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const schedule = async (who: Who = 'patient') =>
    data(await t.gql<{ checkInSchedule: Schedule }>(SCHEDULE, { p: home.planId }, as(who)))
      .checkInSchedule;
  const setSchedule = (steps: unknown[], who: Who = 'counselor', startsOn?: string) =>
    t.gql<{ setCheckInSchedule: Schedule }>(
      SET,
      { i: { planId: home.planId, steps, startsOn } },
      as(who),
    );
  /** The plan reaches a phase now (the ladder's own moves are tested with phase moves). */
  const toPhase = (position: number) =>
    t.dataSource.query(
      `UPDATE plan_phase SET status = (CASE WHEN position < $2 THEN 'DONE' WHEN position = $2 THEN 'CURRENT' ELSE 'LOCKED' END)::phase_status,
              started_at = CASE WHEN position = $2 THEN $3::timestamptz ELSE started_at END WHERE plan_id = $1`,
      [home.planId, position, t.clock.now()],
    );
  const checkIn = () =>
    t.gql(
      CHECK_IN,
      {
        i: {
          planId: home.planId,
          idempotencyKey: `aftercare-${keys++}-check-in`,
          mood: 4,
          craving: 1,
          attendedMeeting: false,
        },
      },
      as('patient'),
    );
  const days = async (n: number) => {
    t.clock.advanceDays(n);
    await home.signInAgain();
  };
  /** On to the next moment the program's clocks show `time`. */
  const moveTo = async (time: string) => {
    const next = nextLocal(new Date(t.clock.now().getTime() + 60_000), ZONE, time);
    t.clock.advanceMinutes((next.getTime() - t.clock.now().getTime()) / 60_000);
    await home.signInAgain();
  };
  const today = () => localDay(t.clock.now(), ZONE);
  const kinds = async (who: Who) =>
    data(
      await t.gql<{ notifications: { kind: string; path: string }[] }>(NOTIFICATIONS, {}, as(who)),
    ).notifications;

  beforeAll(async () => {
    sink = await startMailSink();
    t = await createTestApp({ env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://homeward.test' } });
  });
  beforeEach(async () => {
    home = await createHome(t, 'Aftercare Program');
    // Early morning in the program's time zone, so a day moved is a day there.
    await moveTo('06:00');
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('has no schedule before Homecoming; Homecoming starts daily-then-three-a-week; the counselor sets new versions', async () => {
    const before = await schedule();
    expect(before).toMatchObject({ scheduled: false, stage: null, dueToday: true, steps: [] });
    expect(refusal(await setSchedule([{ cadence: 'WEEKLY', weeks: null }])).reason).toBe(
      'CHECK_IN_SCHEDULE_NOT_YET',
    );

    await toPhase(6);
    const start = today();
    const transition = await schedule();
    expect(transition).toMatchObject({
      scheduled: true,
      stage: 'HOMECOMING',
      version: null,
      startsOn: start,
      steps: [
        { cadence: 'DAILY', weeks: 2 },
        { cadence: 'THREE_A_WEEK', weeks: null },
      ],
    });
    expect(transition.upcoming).toEqual([0, 1, 2, 3, 4, 5].map((d) => shiftDay(start, -d)));
    // The family reads when check-ins are due; which phase it is stays within PROGRESS.
    expect(await schedule('mother')).toMatchObject({ scheduled: true, stage: null });

    // Two weeks on: three times a week (the step's first, third and fifth day).
    await days(14);
    const thinner = await schedule();
    expect(thinner.today).toBe(shiftDay(start, -14));
    expect(thinner.upcoming.slice(0, 4)).toEqual([14, 16, 18, 21].map((d) => shiftDay(start, -d)));
    await days(1);
    expect(await schedule()).toMatchObject({ dueToday: false, nextDueOn: shiftDay(start, -16) });

    // Only staff set it, and only with steps that make a schedule.
    expect(codes(await setSchedule([{ cadence: 'WEEKLY', weeks: null }], 'patient'))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      refusal(
        await setSchedule([
          { cadence: 'DAILY', weeks: null },
          { cadence: 'WEEKLY', weeks: 2 },
        ]),
      ).reason,
    ).toBe('INPUT_SCHEDULE_WEEKS');
    expect(
      refusal(await setSchedule([{ cadence: 'WEEKLY', weeks: null }], 'counselor', '2020-01-01'))
        .reason,
    ).toBe('INPUT_SCHEDULE_START');
    const set = data(
      await setSchedule([
        { cadence: 'THREE_A_WEEK', weeks: 1 },
        { cadence: 'WEEKLY', weeks: null },
      ]),
    ).setCheckInSchedule;
    expect(set).toMatchObject({ version: 1, startsOn: today(), dueToday: true });
    expect(set.upcoming).toEqual([0, 2, 4, 7, 14, 21].map((d) => shiftDay(today(), -d)));
    data(await setSchedule([{ cadence: 'EVERY_TWO_WEEKS', weeks: null }]));
    // Everyone who follows it is told, discreetly; staff set it and are not.
    for (const who of ['patient', 'mother', 'partner'] as const)
      expect((await kinds(who)).filter((n) => n.kind === 'CHECK_IN_SCHEDULE_SET')).toHaveLength(2);
    expect((await kinds('counselor')).map((n) => n.kind)).not.toContain('CHECK_IN_SCHEDULE_SET');
    expect(await schedule()).toMatchObject({ version: 2, nextDueOn: today() });
    // Every version is kept, as set; the history and the audit trail tell it.
    expect(await t.count('check_in_schedule_version')).toBeGreaterThanOrEqual(2);
    await expect(
      t.dataSource.query('UPDATE check_in_schedule_version SET steps = $1 WHERE plan_id = $2', [
        '[]',
        home.planId,
      ]),
    ).rejects.toThrow(/append-only/);
    const [history] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM plan_event WHERE plan_id = $1 AND kind = 'CHECK_IN_SCHEDULE_SET'`,
      [home.planId],
    );
    expect(history.n).toBe(2);

    // Aftercare starts its own default (thinning out) from the day it is reached.
    await toPhase(7);
    expect(await schedule()).toMatchObject({
      stage: 'AFTERCARE',
      version: null,
      startsOn: today(),
      steps: [
        { cadence: 'WEEKLY', weeks: 8 },
        { cadence: 'EVERY_TWO_WEEKS', weeks: 8 },
        { cadence: 'MONTHLY', weeks: null },
      ],
    });
  });

  it("counts due days in the program's time zone, not the server's", async () => {
    await toPhase(7);
    data(await setSchedule([{ cadence: 'WEEKLY', weeks: null }]));
    const start = today();
    // 22:30 in New York is the next day in UTC: still the program's day.
    await moveTo('22:30');
    expect(t.clock.now().toISOString().slice(0, 10)).not.toBe(start);
    expect(await schedule()).toMatchObject({ today: start, dueToday: true });
    await moveTo('00:30');
    expect(await schedule()).toMatchObject({ today: shiftDay(start, -1), dueToday: false });
  });

  it('reminds only on due days, and nudges staff after three due check-ins missed, not three days', async () => {
    data(
      await t.gql(
        SETTINGS,
        {
          i: {
            emailGroups: ['REMINDERS'],
            digest: false,
            digestTime: '18:00',
            quietFrom: null,
            quietUntil: null,
            checkInReminderAt: '08:00',
            caseloadDigest: false,
            allPaused: false,
          },
        },
        as('patient'),
      ),
    );
    await toPhase(7);
    data(await setSchedule([{ cadence: 'WEEKLY', weeks: null }]));
    const reminders = t.app.get(RemindersService);
    const reminded = async () =>
      (await kinds('patient')).filter((n) => n.kind === 'CHECK_IN_REMINDER').length;
    const quietAbout = async () =>
      (
        await t.dataSource.query(
          `SELECT record_id FROM notification WHERE kind = 'STAFF_QUIET' AND plan_id = $1`,
          [home.planId],
        )
      ).map((r: { record_id: string }) => r.record_id);

    await moveTo('08:05');
    await reminders.sweep();
    expect(await reminded()).toBe(1);
    for (let day = 1; day < 7; day++) {
      await moveTo('08:05');
      await reminders.sweep();
    }
    // Six days none was due: no reminder, and nobody is "quiet" yet.
    expect(await reminded()).toBe(1);
    expect(await quietAbout()).toEqual([]);
    await moveTo('08:05');
    await reminders.sweep();
    expect(await reminded()).toBe(2);

    // Two weeks more without a check-in: the third due day missed is yesterday's.
    await days(7);
    await reminders.sweep();
    expect(await quietAbout()).toEqual([]);
    await days(8);
    await reminders.sweep();
    expect(await quietAbout()).toContain(home.member.patient);
  });

  it('measures "check-ins kept on the schedule" from real check-ins on due days', async () => {
    await toPhase(7);
    data(await setSchedule([{ cadence: 'WEEKLY', weeks: null }]));
    const milestone = async () =>
      data(
        await t.gql<{
          plan: {
            phases: {
              position: number;
              milestones: { title: string; measure: string; progress: number }[];
            }[];
          };
        }>(PHASES, { p: home.planId }, as('counselor')),
      ).plan.phases[6].milestones[0];
    expect(await milestone()).toMatchObject({
      title: 'Check-ins kept on the schedule: 8 in 90 days',
      measure: 'SCHEDULED_CHECK_INS',
      progress: 0,
    });
    data(await checkIn());
    expect((await milestone()).progress).toBe(1);
    // A check-in on a day none was due is welcome, but does not count here.
    await days(1);
    data(await checkIn());
    expect((await milestone()).progress).toBe(1);
    await days(6);
    data(await checkIn());
    expect((await milestone()).progress).toBe(2);
  });

  it('completes only from aftercare; everyone receives a summary of what happened, the family within consent; then it is read-only', async () => {
    const admin = await t.login(home.org.people.ADMIN.email, TEST_PASSWORD);
    const complete = (who: Who = 'counselor') =>
      t.gql<{ completePlan: Summary }>(
        COMPLETE,
        { i: { planId: home.planId, closingWords: 'You built this, step by step. Be proud.' } },
        as(who),
      );
    expect(codes(await complete('patient'))).toEqual(['FORBIDDEN']);
    expect(refusal(await complete()).reason).toBe('PLAN_COMPLETE_NEEDS_AFTERCARE');
    expect(refusal(await t.gql(SUMMARY, { p: home.planId }, as('patient'))).reason).toBe(
      'CLOSING_SUMMARY_NOT_YET',
    );

    // What happened: an expectation the patient and Maria agreed, a boundary acknowledged, a
    // milestone verified, a family track session Maria went to.
    const proposed = data(
      await t.gql<{ proposeExpectation: { id: string } }>(
        'mutation($i: ProposeExpectationInput!) { proposeExpectation(input: $i) { id } }',
        {
          i: {
            planId: home.planId,
            category: 'CONTACT',
            appliesFromPhase: 1,
            fromMemberId: home.member.patient,
            toMemberId: home.member.mother,
            text: 'Sunday dinner together',
          },
        },
        as('patient'),
      ),
    ).proposeExpectation;
    data(
      await t.gql(
        'mutation($i: AnswerExpectationInput!) { answerExpectation(input: $i) { id } }',
        { i: { expectationId: proposed.id, version: 1, decision: 'ACCEPT' } },
        as('mother'),
      ),
    );
    const boundary = data(
      await t.gql<{ stateBoundary: { id: string } }>(
        'mutation($i: StateBoundaryInput!) { stateBoundary(input: $i) { id } }',
        {
          i: {
            planId: home.planId,
            category: 'HOUSEHOLD',
            need: 'Knock before coming in',
            ifCrossed: 'I will say so, calmly',
            appliesToMemberIds: [home.member.patient],
            visibility: 'PLAN',
          },
        },
        as('mother'),
      ),
    ).stateBoundary;
    data(
      await t.gql(
        'mutation($i: AcknowledgeBoundaryInput!) { acknowledgeBoundary(input: $i) { id } }',
        { i: { boundaryId: boundary.id, version: 1 } },
        as('patient'),
      ),
    );
    const [manual] = await t.dataSource.query(
      `SELECT m.id FROM plan_milestone m JOIN plan_phase ph ON ph.id = m.phase_id WHERE ph.plan_id = $1 AND m.kind = 'MANUAL' AND ph.position = 1`,
      [home.planId],
    );
    data(
      await t.gql(
        'mutation($i: DecideMilestoneInput!) { decideMilestone(input: $i) }',
        { i: { milestoneId: manual.id, decision: 'VERIFY' } },
        as('counselor'),
      ),
    );
    const item = data(
      await t.gql<{ defineFamilyTrackItem: { id: string } }>(
        'mutation($i: DefineFamilyTrackItemInput!) { defineFamilyTrackItem(input: $i) { id } }',
        {
          i: {
            kind: 'EDUCATION_SESSION',
            title: 'Family night',
            titleEs: 'Noche familiar',
            summary: 'An evening with other families.',
            link: 'https://example.org/family-night',
          },
        },
        { cookie: admin },
      ),
    ).defineFamilyTrackItem;
    data(
      await t.gql(
        'mutation($i: MarkFamilyTrackInput!) { markFamilyTrack(input: $i) { id } }',
        { i: { planId: home.planId, itemId: item.id, mark: 'ATTENDED' } },
        as('mother'),
      ),
    );
    // Maria sees progress; Sam has no consent. Maria reads in Spanish.
    data(
      await t.gql(
        GRANT,
        {
          i: {
            memberId: home.member.mother,
            categories: ['PROGRESS'],
            purpose: 'So my mother sees how far we came',
            expiresAt: new Date(t.clock.now().getTime() + 90 * 86_400_000).toISOString(),
            signature: home.name.patient,
          },
        },
        as('patient'),
      ),
    );
    data(await t.gql('mutation { setLanguage(language: ES) { id } }', {}, as('mother')));
    await home.signInAgain();

    await toPhase(7);
    // Aftercare keeps the family's own track open.
    data(
      await t.gql(
        'mutation($i: MarkFamilyTrackInput!) { markFamilyTrack(input: $i) { id } }',
        { i: { planId: home.planId, itemId: item.id, mark: 'ATTENDED' } },
        as('mother'),
      ),
    );
    const staffSummary = data(await complete()).completePlan;
    expect(staffSummary).toMatchObject({
      closingWords: 'You built this, step by step. Be proud.',
      closingWordsVersion: 1,
      expectations: ['Sunday dinner together'],
      boundaries: ['Knock before coming in'],
      milestones: [
        'Expectations talked through with the counselor',
        'A family education session attended',
      ],
      familyTrackMarks: 2,
      redisclosureNotice: null,
    });
    expect(staffSummary.phases).toHaveLength(7);
    expect(
      data(await t.gql<{ plan: { status: string } }>(PHASES, { p: home.planId }, as('counselor')))
        .plan.status,
    ).toBe('COMPLETED');

    // The patient: all of it but the family's private track.
    const patient = data(
      await t.gql<{ closingSummary: Summary }>(SUMMARY, { p: home.planId }, as('patient')),
    ).closingSummary;
    expect(patient).toMatchObject({
      expectations: ['Sunday dinner together'],
      familyTrackMarks: null,
      redisclosureNotice: null,
    });
    // Maria: within PROGRESS and what concerns her, in Spanish, with the §2.32 notice.
    const disclosures = await t.count('disclosure');
    const maria = data(
      await t.gql<{ closingSummary: Summary }>(SUMMARY, { p: home.planId }, as('mother')),
    ).closingSummary;
    expect(maria.phases?.[0]).toBe('Reencuentro');
    expect(maria.milestones).toEqual([
      'Expectativas conversadas con el consejero',
      'Asistencia a una sesión de educación familiar',
    ]);
    expect(maria.expectations).toEqual(['Sunday dinner together']);
    expect(maria.familyTrackMarks).toBe(2);
    expect(maria.sharedCategories).toEqual(['PROGRESS']);
    expect(maria.redisclosureNotice).toContain('42 CFR parte 2');
    expect(await t.count('disclosure')).toBe(disclosures + 1);
    // Sam: no consent, party to none of it — the closing words and the family's own part.
    const sam = data(
      await t.gql<{ closingSummary: Summary }>(SUMMARY, { p: home.planId }, as('partner')),
    ).closingSummary;
    expect(sam).toMatchObject({
      closingWords: 'You built this, step by step. Be proud.',
      phases: null,
      expectations: [],
      milestones: ['A family education session attended'],
      familyTrackMarks: 0,
      redisclosureNotice: null,
    });

    // Every member and the counselor: in the app, and by a discreet mail in their language.
    for (const [who, path] of [
      ['patient', `/patient/closing-summary/${home.planId}`],
      ['mother', `/family/closing-summary/${home.planId}`],
      ['partner', `/family/closing-summary/${home.planId}`],
      ['counselor', `/staff/plans/${home.planId}/closing-summary`],
    ] as const) {
      expect((await kinds(who)).filter((n) => n.kind === 'CLOSING_SUMMARY')).toEqual([
        { kind: 'CLOSING_SUMMARY', path, planId: home.planId },
      ]);
    }
    // Sam's account is disabled before the mail goes out: it is checked again, and skipped.
    await t.dataSource.query('UPDATE app_user SET disabled_at = now() WHERE email = $1', [
      `partner-${home.planId}@test.example`,
    ]);
    await t.app.get(Mailer).deliverDue();
    const notes = sink.messages.filter((m) =>
      ['A note for you', 'Una nota para ti'].includes(m.subject ?? ''),
    );
    const to = (email: string) => notes.filter((m) => addressee(m).includes(email));
    expect(to(home.org.people.PATIENT.email)).toHaveLength(1);
    expect(to(home.org.people.COUNSELOR.email)).toHaveLength(1);
    expect(to(`partner-${home.planId}@test.example`)).toHaveLength(0);
    const [spanish] = to(home.org.people.FAMILY.email);
    expect(spanish.subject).toBe('Una nota para ti');
    expect(spanish.text).toContain(`https://homeward.test/family/closing-summary/${home.planId}`);
    for (const mail of notes)
      expect(indiscretions(mail, [home.name.patient, 'Aftercare'])).toEqual([]);

    // The counselor may put the closing words right: a new version, the first one kept.
    const REVISE = `mutation($i: ReviseClosingWordsInput!) { reviseClosingWords(input: $i) { closingWords closingWordsVersion } }`;
    const revise = (who: Who) =>
      t.gql<{ reviseClosingWords: Summary }>(
        REVISE,
        {
          i: {
            planId: home.planId,
            closingWords: 'You built this together. Be proud, all of you.',
          },
        },
        as(who),
      );
    expect(codes(await revise('patient'))).toEqual(['FORBIDDEN']);
    expect(data(await revise('counselor')).reviseClosingWords).toMatchObject({
      closingWords: 'You built this together. Be proud, all of you.',
      closingWordsVersion: 2,
    });
    expect(
      data(await t.gql<{ closingSummary: Summary }>(SUMMARY, { p: home.planId }, as('mother')))
        .closingSummary.closingWords,
    ).toBe('You built this together. Be proud, all of you.');
    const kept = await t.dataSource.query(
      'SELECT version, words FROM closing_words_version WHERE plan_id = $1 ORDER BY version',
      [home.planId],
    );
    expect(kept.map((k: { words: string }) => k.words)).toEqual([
      'You built this, step by step. Be proud.',
      'You built this together. Be proud, all of you.',
    ]);

    // Read-only now, with its own words; the closing words are kept as written.
    expect(refusal(await checkIn()).reason).toBe('CHECK_INS_PLAN_CLOSED');
    expect(refusal(await setSchedule([{ cadence: 'MONTHLY', weeks: null }])).reason).toBe(
      'PLAN_COMPLETED',
    );
    expect(refusal(await complete()).reason).toBe('PLAN_COMPLETED');
    await expect(
      t.dataSource.query('DELETE FROM closing_words_version WHERE plan_id = $1', [home.planId]),
    ).rejects.toThrow(/append-only/);
  });
});
