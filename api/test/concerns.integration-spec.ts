import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType } from 'graphql';
import { LiveNotice, LiveUpdates } from '../src/platform/live/live-updates';
import { Mailer } from '../src/platform/mail/mailer.service';
import { createTestApp, TestApp } from './create-test-app';
import { indiscretions } from './discreet-mail';
import { createHome, data, Home, phoneCallWithMother, refusal, Who } from './home';
import { MailSink, startMailSink } from './mail-sink';
import { askEverything } from './walk-queries';

const CONCERN = `id planId subject boundaryId severity status raisedByName raisedByMe reviewed shareOwnWords closeReason settledAt
  about { memberId displayName } parties { memberId displayName }
  entries { kind words authorName }
  repair { id version status commitments { id memberId memberName words reviewOn accepted mine ownerMark confirmed } }`;
const RAISE = `mutation($i: RaiseConcernInput!) { raiseConcern(input: $i) { ${CONCERN} } }`;
const REVIEW = `mutation($i: ReviewConcernInput!) { reviewConcern(input: $i) { ${CONCERN} } }`;
const DISCUSS = `mutation($i: OpenConcernDiscussionInput!) { openConcernDiscussion(input: $i) { ${CONCERN} } }`;
const COMMENT = `mutation($i: CommentOnConcernInput!) { commentOnConcern(input: $i) { ${CONCERN} } }`;
const CLOSE = `mutation($i: CloseConcernInput!) { closeConcern(input: $i) { ${CONCERN} } }`;
const PAUSE = `mutation($i: PauseVisitsForConcernInput!) { pauseVisitsForConcern(input: $i) { ${CONCERN} } }`;
const PROPOSE = `mutation($i: ProposeRepairInput!) { proposeRepair(input: $i) { ${CONCERN} } }`;
const ACCEPT = `mutation($i: AcceptRepairInput!) { acceptRepair(input: $i) { ${CONCERN} } }`;
const MARK = `mutation($i: MarkCommitmentInput!) { markCommitment(input: $i) { ${CONCERN} } }`;
const CONFIRM = `mutation($i: MarkCommitmentInput!) { confirmCommitment(input: $i) { ${CONCERN} } }`;
const CONCERNS = `query($p: ID!) { concerns(planId: $p) { ${CONCERN} } }`;
const QUEUE = '{ concernQueue { concernId planId severity status subject reviewed } }';
const NOTIFICATIONS = '{ notifications { kind planId path } }';
const UNREAD = '{ notifications { kind readAt } unreadNotificationCount }';

interface Concern {
  id: string;
  status: string;
  severity: string;
  raisedByMe: boolean;
  reviewed: boolean;
  about: { memberId: string }[];
  parties: { memberId: string }[];
  entries: { kind: string; words: string; authorName: string }[];
  repair: {
    id: string;
    version: number;
    status: string;
    commitments: {
      id: string;
      memberId: string;
      words: string;
      accepted: boolean;
      mine: boolean;
      ownerMark: string | null;
      confirmed: string | null;
    }[];
  } | null;
}

const SAMS_WORDS = 'Pat came over on Sunday without calling first, and I felt cornered.';

describe('concerns and repair agreements', () => {
  let t: TestApp;
  let home: Home;
  let sink: MailSink;
  let boundaryId: string;

  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const concernsOf = async (who: Who) =>
    data(await t.gql<{ concerns: Concern[] }>(CONCERNS, { p: home.planId }, as(who))).concerns;
  const raiseSams = async (over: Record<string, unknown> = {}) =>
    data(
      await t.gql<{ raiseConcern: Concern }>(
        RAISE,
        {
          i: {
            planId: home.planId,
            subject: 'BOUNDARY',
            boundaryId,
            severity: 'MEDIUM',
            aboutMemberIds: [home.member.patient],
            words: SAMS_WORDS,
            ...over,
          },
        },
        as('partner'),
      ),
    ).raiseConcern;
  const step = async <K extends string>(query: string, input: object, who: Who, key: K) =>
    data(await t.gql<Record<K, Concern>>(query, { i: input }, as(who)))[key];

  beforeAll(async () => {
    sink = await startMailSink();
    t = await createTestApp({ env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://homeward.test' } });
  });
  beforeEach(async () => {
    home = await createHome(t);
    // Sam's boundary, which applies to Pat: call before you come over.
    const stated = await t.gql<{ stateBoundary: { id: string } }>(
      'mutation($i: StateBoundaryInput!) { stateBoundary(input: $i) { id } }',
      {
        i: {
          planId: home.planId,
          category: 'CONTACT',
          need: 'Call before you come over',
          ifCrossed: 'I will not open the door',
          appliesToMemberIds: [home.member.patient],
          visibility: 'PLAN',
        },
      },
      as('partner'),
    );
    boundaryId = data(stated).stateBoundary.id;
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('keeps a concern from the person it is about, by every path of the schema, until staff have reviewed it', async () => {
    const live = t.app.get(LiveUpdates);
    const published: LiveNotice[] = [];
    const publish = live.publish.bind(live);
    const spy = jest.spyOn(live, 'publish').mockImplementation(async (manager, update) => {
      published.push(update);
      return publish(manager, update);
    });
    const [patUser] = await t.dataSource.query(
      'SELECT m.user_id FROM plan_member pm JOIN membership m ON m.id = pm.membership_id WHERE pm.id = $1',
      [home.member.patient],
    );
    // Mail already queued (Pat is asked to read Sam's boundary) is not the concern's.
    const earlierMail = await t.dataSource.query('SELECT id FROM outgoing_mail');
    try {
      const concern = await raiseSams();
      expect(concern).toMatchObject({ status: 'OPEN', raisedByMe: true, reviewed: false });

      // Every query of the schema, each with every field it can reach, as Pat asks it.
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const values = {
        planId: home.planId,
        id: concern.id,
        memberId: home.member.mother,
        token: 'not-a-real-invitation-token-but-long-enough',
        version: 1,
        categories: ['PROGRESS', 'CHECKINS', 'ATTENDANCE', 'VISIT_REFLECTIONS'],
        // The audit export's range of days: wide enough to hold the concern's own events.
        from: '2000-01-01',
        to: '2999-12-31',
      };
      const seen: string[] = [];
      for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
        // An id argument is tried with the concern's own id as well as the plan's.
        const ids = field.args.some((a) => getNamedType(a.type).name === 'ID')
          ? [concern.id, home.planId]
          : [null];
        for (const id of ids) {
          const answer = await askEverything(t, schema, field, values, id, home.cookie.patient);
          seen.push(`${field.name}: ${answer}`);
          expect(answer).not.toContain(concern.id);
          expect(answer).not.toContain('cornered');
          expect(answer).not.toMatch(/CONCERN|REPAIR/);
        }
      }
      // Pat's own pages answered in full (not refused), so the walk read what he can read.
      const answered = seen.filter((s) => !s.includes('"errors"')).map((s) => s.split(':')[0]);
      expect(answered).toEqual(
        expect.arrayContaining([
          'agreement',
          'myPlan',
          'notifications',
          'trackRecord',
          'visits',
          'waitingOnMe',
        ]),
      );
      // Every query was asked (a new query with an argument nobody knows fails above instead).
      expect(seen.length).toBeGreaterThanOrEqual(
        Object.keys(schema.getQueryType()?.getFields() ?? {}).length,
      );
      // Neither a live update nor a mail reached Pat; his counselor heard at once.
      const concernTopics = published.filter((p) => p.topic === 'concerns');
      expect(concernTopics.length).toBeGreaterThan(0);
      expect(concernTopics.flatMap((p) => p.userIds)).not.toContain(patUser.user_id);
      expect(concernTopics.flatMap((p) => p.userIds)).toContain(home.org.people.COUNSELOR.userId);
      const mails = await t.dataSource.query(
        'SELECT recipient_user_id FROM outgoing_mail WHERE NOT (id = ANY($1))',
        [earlierMail.map((m: { id: string }) => m.id)],
      );
      expect(mails.map((m: { recipient_user_id: string }) => m.recipient_user_id)).not.toContain(
        patUser.user_id,
      );
      expect((await concernsOf('mother')).map((c) => c.id)).not.toContain(concern.id);

      // Reviewed: Pat reads the counselor's framing, never Sam's own words (Sam did not share them).
      published.length = 0;
      await step(
        REVIEW,
        { concernId: concern.id, framing: 'Sam would like a call before visits at home.' },
        'counselor',
        'reviewConcern',
      );
      const [forPat] = await concernsOf('patient');
      expect(forPat.id).toBe(concern.id);
      expect(forPat.entries.map((e) => e.kind)).toEqual(['FRAMING']);
      expect(JSON.stringify(forPat)).not.toContain('cornered');
      expect(published.flatMap((p) => p.userIds)).toContain(patUser.user_id);
      const patTold = data(
        await t.gql<{ notifications: { kind: string; path: string }[] }>(
          NOTIFICATIONS,
          {},
          as('patient'),
        ),
      );
      expect(patTold.notifications).toContainEqual({
        kind: 'CONCERN_TO_READ',
        planId: home.planId,
        path: '/patient/concerns',
      });
      // Maria is not part of it, and still sees nothing.
      expect(await concernsOf('mother')).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });

  it('settles a concern with a repair both accept and keep; the kept commitments count on the record', async () => {
    const concern = await raiseSams();
    await step(
      REVIEW,
      { concernId: concern.id, framing: 'About calling before coming over.' },
      'counselor',
      'reviewConcern',
    );
    const discussing = await step(
      DISCUSS,
      { concernId: concern.id, partyMemberIds: [] },
      'counselor',
      'openConcernDiscussion',
    );
    expect(discussing.status).toBe('IN_DISCUSSION');
    expect(discussing.parties.map((p) => p.memberId).sort()).toEqual(
      [home.member.partner, home.member.patient].sort(),
    );
    await step(
      COMMENT,
      { concernId: concern.id, words: 'I am sorry. I did not think.' },
      'patient',
      'commentOnConcern',
    );

    // A commitment for someone who is not in it, or not on the plan, is refused and nothing is kept.
    const agreementsBefore = await t.count('repair_agreement');
    for (const memberId of [home.member.mother, '00000000-0000-4000-8000-000000000000']) {
      const refused = await t.gql(
        PROPOSE,
        { i: { concernId: concern.id, commitments: [{ memberId, words: 'Something' }] } },
        as('counselor'),
      );
      expect(refusal(refused)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'REPAIR_COMMITMENT_NOT_ON_PLAN',
      });
    }
    expect(await t.count('repair_agreement')).toBe(agreementsBefore);

    const commitments = [
      { memberId: home.member.patient, words: 'Call before coming over', reviewOn: '2026-12-20' },
      { memberId: home.member.partner, words: 'Say when a time works' },
    ];
    const first = await step(
      PROPOSE,
      { concernId: concern.id, commitments },
      'counselor',
      'proposeRepair',
    );
    const told = data(
      await t.gql<{ notifications: { kind: string }[] }>(NOTIFICATIONS, {}, as('partner')),
    );
    expect(told.notifications.map((n) => n.kind)).toContain('REPAIR_TO_ACCEPT');
    // What a repair asks of each of them counts as unread until they have accepted their part,
    // or a newer repair has replaced it.
    const toAccept = async (who: Who) => {
      const { notifications, unreadNotificationCount } = data(
        await t.gql<{
          notifications: { kind: string; readAt: string | null }[];
          unreadNotificationCount: number;
        }>(UNREAD, {}, as(who)),
      );
      const asked = notifications.filter((n) => n.kind === 'REPAIR_TO_ACCEPT');
      return {
        asked: asked.length,
        waiting: asked.filter((n) => n.readAt === null).length,
        bell: unreadNotificationCount,
      };
    };
    expect(await toAccept('partner')).toMatchObject({ asked: 1, waiting: 1 });
    // Reworded before anyone accepted: the first no longer waits on anyone.
    const proposed = await step(
      PROPOSE,
      { concernId: concern.id, commitments },
      'counselor',
      'proposeRepair',
    );
    const repair = proposed.repair as NonNullable<Concern['repair']>;
    expect(repair.id).not.toBe(first.repair?.id);
    expect(repair.status).toBe('PROPOSED');
    expect(await toAccept('partner')).toMatchObject({ asked: 2, waiting: 1 });

    // Marking before everyone has accepted is "not yet" too early.
    const patsCommitment = repair.commitments.find((c) => c.memberId === home.member.patient);
    const samsCommitment = repair.commitments.find((c) => c.memberId === home.member.partner);
    expect(
      refusal(
        await t.gql(
          MARK,
          { i: { commitmentId: patsCommitment?.id, outcome: 'KEPT' } },
          as('patient'),
        ),
      ).reason,
    ).toBe('REPAIR_NOT_AGREED_YET');
    const patsBefore = await toAccept('patient');
    expect(patsBefore).toMatchObject({ asked: 2, waiting: 1 });
    await step(ACCEPT, { agreementId: repair.id }, 'patient', 'acceptRepair');
    expect(await toAccept('patient')).toEqual({
      asked: 2,
      waiting: 0,
      bell: patsBefore.bell - 1,
    });
    expect(await toAccept('partner')).toMatchObject({ waiting: 1 });
    expect(
      refusal(await t.gql(ACCEPT, { i: { agreementId: repair.id } }, as('patient'))).reason,
    ).toBe('REPAIR_ALREADY_ACCEPTED');
    expect(refusal(await t.gql(ACCEPT, { i: { agreementId: repair.id } }, as('mother'))).code).toBe(
      'NOT_FOUND',
    );
    const agreed = await step(ACCEPT, { agreementId: repair.id }, 'partner', 'acceptRepair');
    expect(agreed.repair?.status).toBe('AGREED');
    expect(await toAccept('partner')).toMatchObject({ waiting: 0 });

    const before = await commitmentsKept();
    t.clock.advanceDays(14);
    await home.signInAgain();
    // Each marks only their own part.
    expect(
      refusal(
        await t.gql(
          MARK,
          { i: { commitmentId: samsCommitment?.id, outcome: 'KEPT' } },
          as('patient'),
        ),
      ).code,
    ).toBe('NOT_FOUND');
    await step(
      MARK,
      { commitmentId: patsCommitment?.id, outcome: 'KEPT' },
      'patient',
      'markCommitment',
    );
    await step(
      MARK,
      { commitmentId: samsCommitment?.id, outcome: 'KEPT' },
      'partner',
      'markCommitment',
    );
    const one = await step(
      CONFIRM,
      { commitmentId: patsCommitment?.id, outcome: 'KEPT' },
      'counselor',
      'confirmCommitment',
    );
    expect(one.status).toBe('IN_DISCUSSION');
    const settled = await step(
      CONFIRM,
      { commitmentId: samsCommitment?.id, outcome: 'KEPT' },
      'counselor',
      'confirmCommitment',
    );
    expect(settled.status).toBe('RESOLVED');
    expect(settled.repair?.status).toBe('KEPT');
    expect(settled.repair?.commitments.map((c) => c.confirmed)).toEqual(['KEPT', 'KEPT']);
    const after = await commitmentsKept();
    expect(after.kept - before.kept).toBe(2);

    // It stays in the plan's record for those who were party to it, and nobody else.
    expect((await concernsOf('patient'))[0].status).toBe('RESOLVED');
    expect((await concernsOf('partner'))[0].entries.map((e) => e.kind)).toEqual([
      'RAISED',
      'FRAMING',
      'COMMENT',
    ]);
    expect(await concernsOf('mother')).toEqual([]);
    expect(
      await t.dataSource.query(
        `SELECT action FROM audit_event WHERE action LIKE 'concern.%' OR action LIKE 'repair.%' ORDER BY id`,
      ),
    ).toEqual(
      expect.arrayContaining([
        { action: 'concern.raised' },
        { action: 'concern.reviewed' },
        { action: 'concern.discussion_opened' },
        { action: 'repair.proposed' },
        { action: 'repair.commitment_confirmed' },
        { action: 'concern.resolved' },
      ]),
    );

    async function commitmentsKept() {
      const record = await t.gql<{
        trackRecord: { commitments: { windowDays: number; kept: number }[] };
      }>(
        'query($p: ID!) { trackRecord(planId: $p) { commitments { windowDays kept } } }',
        { p: home.planId },
        as('counselor'),
      );
      return data(record).trackRecord.commitments[0];
    }
  });

  it('closing a concern settles what its repair still asked of anyone', async () => {
    const concern = await raiseSams();
    await step(
      REVIEW,
      { concernId: concern.id, framing: 'About calling first.' },
      'counselor',
      'reviewConcern',
    );
    await step(
      DISCUSS,
      { concernId: concern.id, partyMemberIds: [] },
      'counselor',
      'openConcernDiscussion',
    );
    await step(
      PROPOSE,
      {
        concernId: concern.id,
        commitments: [
          { memberId: home.member.patient, words: 'Call before coming over' },
          { memberId: home.member.partner, words: 'Say when a time works' },
        ],
      },
      'counselor',
      'proposeRepair',
    );
    const waiting = async (who: Who) =>
      data(
        await t.gql<{ notifications: { kind: string; readAt: string | null }[] }>(
          UNREAD,
          {},
          as(who),
        ),
      ).notifications.filter((n) => n.kind === 'REPAIR_TO_ACCEPT' && n.readAt === null).length;
    expect(await waiting('patient')).toBe(1);
    expect(await waiting('partner')).toBe(1);
    // Talked through instead: the repair no longer waits on either of them.
    await step(
      CLOSE,
      { concernId: concern.id, reason: 'TALKED_IT_THROUGH' },
      'counselor',
      'closeConcern',
    );
    expect(await waiting('patient')).toBe(0);
    expect(await waiting('partner')).toBe(0);
  });

  it('refuses bad input with a reason and keeps nothing', async () => {
    const before = await t.count('concern');
    const cases: [Record<string, unknown>, string][] = [
      [{ words: '   ' }, 'INPUT_CONCERN_WORDS'],
      [{ boundaryId: undefined }, 'CONCERN_SUBJECT_MISSING'],
      [{ aboutMemberIds: [home.member.partner] }, 'CONCERN_ABOUT_SELF'],
      [{ aboutMemberIds: ['00000000-0000-4000-8000-000000000000'] }, 'CONCERN_ABOUT_NOT_ON_PLAN'],
      [
        { subject: 'EXPECTATION', boundaryId: undefined, expectationId: boundaryId },
        'CONCERN_SUBJECT_NOT_ON_PLAN',
      ],
    ];
    for (const [over, reason] of cases) {
      const result = await t.gql(
        RAISE,
        {
          i: {
            planId: home.planId,
            subject: 'BOUNDARY',
            boundaryId,
            severity: 'LOW',
            aboutMemberIds: [home.member.patient],
            words: SAMS_WORDS,
            ...over,
          },
        },
        as('partner'),
      );
      expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    }
    expect(await t.count('concern')).toBe(before);

    // A visit or an expectation: only one of this plan that involves the raiser.
    const visit = { id: await phoneCallWithMother(t, home, 'COMPLETED', -2) };
    const aboutVisit = {
      planId: home.planId,
      subject: 'VISIT',
      visitId: visit.id,
      severity: 'LOW',
      aboutMemberIds: [home.member.patient],
      words: 'The call ended badly.',
    };
    expect(refusal(await t.gql(RAISE, { i: aboutVisit }, as('partner'))).reason).toBe(
      'CONCERN_SUBJECT_NOT_ON_PLAN',
    );
    expect((await step(RAISE, aboutVisit, 'mother', 'raiseConcern')).status).toBe('OPEN');
    const proposed = await t.gql<{ proposeExpectation: { id: string } }>(
      'mutation($i: ProposeExpectationInput!) { proposeExpectation(input: $i) { id } }',
      {
        i: {
          planId: home.planId,
          fromMemberId: home.member.mother,
          toMemberId: home.member.patient,
          category: 'CONTACT',
          text: 'A call on Sundays',
          appliesFromPhase: 1,
        },
      },
      as('mother'),
    );
    const aboutExpectation = {
      planId: home.planId,
      subject: 'EXPECTATION',
      expectationId: data(proposed).proposeExpectation.id,
      severity: 'LOW',
      aboutMemberIds: [home.member.patient],
      words: 'No call on Sunday.',
    };
    expect(refusal(await t.gql(RAISE, { i: aboutExpectation }, as('partner'))).reason).toBe(
      'CONCERN_SUBJECT_NOT_ON_PLAN',
    );
    expect((await step(RAISE, aboutExpectation, 'mother', 'raiseConcern')).status).toBe('OPEN');

    // Reviewed before a conversation, and a repair only in one.
    const concern = await raiseSams();
    expect(
      refusal(
        await t.gql(DISCUSS, { i: { concernId: concern.id, partyMemberIds: [] } }, as('counselor')),
      ).reason,
    ).toBe('CONCERN_NOT_REVIEWED');
    expect(
      refusal(
        await t.gql(
          PROPOSE,
          {
            i: {
              concernId: concern.id,
              commitments: [{ memberId: home.member.patient, words: 'Call' }],
            },
          },
          as('counselor'),
        ),
      ).reason,
    ).toBe('CONCERN_NOT_IN_DISCUSSION');
    // Someone it does not involve cannot write in it, and hears it does not exist.
    expect(
      refusal(await t.gql(COMMENT, { i: { concernId: concern.id, words: 'Hello' } }, as('mother')))
        .code,
    ).toBe('NOT_FOUND');
    // Closed with a kind reason, then settled for good.
    const closed = await step(
      CLOSE,
      { concernId: concern.id, reason: 'TALKED_IT_THROUGH' },
      'counselor',
      'closeConcern',
    );
    expect(closed).toMatchObject({ status: 'CLOSED' });
    expect(
      refusal(await t.gql(COMMENT, { i: { concernId: concern.id, words: 'Hello' } }, as('partner')))
        .reason,
    ).toBe('CONCERN_SETTLED');
  });

  it('keeps every word: framings are new rows, and no SQL can change or remove a concern or its words', async () => {
    const concern = await raiseSams({ shareOwnWords: true });
    for (const framing of ['First framing.', 'Second, kinder framing.'])
      await step(REVIEW, { concernId: concern.id, framing }, 'counselor', 'reviewConcern');
    const staffView = (await concernsOf('counselor'))[0];
    expect(staffView.entries.map((e) => e.words)).toEqual([
      SAMS_WORDS,
      'First framing.',
      'Second, kinder framing.',
    ]);
    // Pat reads Sam's own words (Sam shared them) and only the latest framing.
    expect((await concernsOf('patient'))[0].entries.map((e) => e.words)).toEqual([
      SAMS_WORDS,
      'Second, kinder framing.',
    ]);
    for (const sql of [
      `UPDATE concern_entry SET words = 'changed' WHERE concern_id = $1`,
      `DELETE FROM concern_entry WHERE concern_id = $1`,
      `DELETE FROM concern WHERE id = $1`,
      `UPDATE concern SET about_member_ids = '{}' WHERE id = $1`,
      `UPDATE concern SET severity = 'LOW' WHERE id = $1`,
    ])
      await expect(t.dataSource.query(sql, [concern.id])).rejects.toThrow();
    expect((await concernsOf('counselor'))[0].entries.map((e) => e.words)).toContain(SAMS_WORDS);
  });

  it('a SAFETY concern reaches every staff member of the plan at once, live and by mail, tops the queue, and pauses visits in one step', async () => {
    // Another counselor on the plan too; and the plan's counselor has paused all mail.
    const [second] = await t.dataSource.query(
      `SELECT m.id, u.email, u.id AS user_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.organization_id = $1 AND m.role = 'ADMIN'`,
      [home.org.id],
    );
    await t.dataSource.query(
      `INSERT INTO plan_member (plan_id, membership_id, kind, display_name, status, added_at) VALUES ($1, $2, 'STAFF', 'Second', 'ACTIVE', now())`,
      [home.planId, second.id],
    );
    const paused = await t.gql(
      'mutation($i: NotificationSettingsInput!) { updateNotificationSettings(input: $i) { allPaused } }',
      {
        i: {
          emailGroups: [],
          digest: true,
          digestTime: '18:00',
          quietFrom: null,
          quietUntil: null,
          checkInReminderAt: null,
          caseloadDigest: false,
          allPaused: true,
        },
      },
      as('counselor'),
    );
    expect(data(paused)).toEqual({ updateNotificationSettings: { allPaused: true } });
    // An approved visit ahead, which the pause will cancel.
    const visit = { id: await phoneCallWithMother(t, home, 'APPROVED', 3) };
    const older = await raiseSams({ severity: 'LOW' });
    const live = t.app.get(LiveUpdates);
    const published: LiveNotice[] = [];
    const publish = live.publish.bind(live);
    const spy = jest.spyOn(live, 'publish').mockImplementation(async (manager, update) => {
      published.push(update);
      return publish(manager, update);
    });

    const safety = await step(
      RAISE,
      {
        planId: home.planId,
        subject: 'SAFETY',
        severity: 'HIGH',
        aboutMemberIds: [],
        words: 'I do not feel safe at home tonight.',
      },
      'mother',
      'raiseConcern',
    );
    expect(safety.severity).toBe('SAFETY');
    spy.mockRestore();
    // Live: the concerns page of both staff members reads again, and their bells.
    const heard = (topic: string) =>
      published.filter((p) => p.topic === topic).flatMap((p) => p.userIds);
    for (const topic of ['concerns', 'notifications'])
      expect(heard(topic)).toEqual(
        expect.arrayContaining([home.org.people.COUNSELOR.userId, second.user_id]),
      );

    for (const userCookie of [
      home.cookie.counselor,
      await t.login(second.email, 'a long test password of my own'),
    ]) {
      const bell = data(
        await t.gql<{ notifications: { kind: string; path: string }[] }>(
          NOTIFICATIONS,
          {},
          { cookie: userCookie },
        ),
      );
      expect(bell.notifications).toContainEqual({
        kind: 'STAFF_CONCERN_SAFETY',
        planId: home.planId,
        path: `/staff/plans/${home.planId}/concerns`,
      });
    }
    // Mail goes at once, whatever the counselor chose for their updates, and says nothing outside.
    const due = await t.dataSource.query(
      `SELECT o.recipient_user_id, n.kind FROM outgoing_mail o JOIN notification n ON n.id::text = o.data->>'notificationId'
        WHERE o.recipient_user_id = ANY($1) AND n.plan_id = $2`,
      [[home.org.people.COUNSELOR.userId, second.user_id], home.planId],
    );
    // The low one reached the counselor's mail not at all (all paused), the SAFETY one regardless.
    expect(due).toEqual(
      expect.arrayContaining([
        { recipient_user_id: home.org.people.COUNSELOR.userId, kind: 'STAFF_CONCERN_SAFETY' },
        { recipient_user_id: second.user_id, kind: 'STAFF_CONCERN_SAFETY' },
        { recipient_user_id: second.user_id, kind: 'STAFF_CONCERN' },
      ]),
    );
    expect(due).toHaveLength(3);
    await t.app.get(Mailer).deliverDue();
    const mail = await sink.next((m) =>
      JSON.stringify(m.to).includes(home.org.people.COUNSELOR.email),
    );
    expect(mail.text).toContain('Someone on your caseload may need you now');
    expect(indiscretions(mail, ['Home Program', home.name.patient])).toEqual([]);

    // The queue: SAFETY first, though it is the newer one.
    const queue = data(
      await t.gql<{ concernQueue: { concernId: string }[] }>(QUEUE, {}, as('counselor')),
    );
    expect(queue.concernQueue.map((q) => q.concernId)).toEqual([safety.id, older.id]);
    expect(refusal(await t.gql(QUEUE, {}, as('mother'))).code).toBe('FORBIDDEN');

    // One step: the plan pauses and its upcoming visits are cancelled; the history never names the concern.
    await step(PAUSE, { concernId: safety.id }, 'counselor', 'pauseVisitsForConcern');
    const [after] = await t.dataSource.query('SELECT status FROM visit WHERE id = $1', [visit.id]);
    expect(after.status).toBe('CANCELLED');
    const [plan] = await t.dataSource.query(
      'SELECT status, status_reason FROM plan WHERE id = $1',
      [home.planId],
    );
    expect(plan.status).toBe('PAUSED');
    const history = await t.dataSource.query('SELECT details FROM plan_event WHERE plan_id = $1', [
      home.planId,
    ]);
    expect(JSON.stringify(history)).not.toContain(safety.id);
    expect(
      refusal(await t.gql(PAUSE, { i: { concernId: safety.id } }, as('counselor'))).reason,
    ).toBe('CONCERN_PLAN_NOT_ACTIVE');
  });
});
