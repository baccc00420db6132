import { LANGUAGES, NotificationKind, notificationTitle } from '@homeward/domain';
import { createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, refusal, Who } from './home';

const HOPE =
  'id authorMemberId authorName isMine version words partyMemberIds partyNames earlier { version words }';
const VIEW = `planId mayHope maySuggest open notice people { memberId name isMe } topics { topic title prompt mine { ${HOPE} } others { ${HOPE} } suggestion { version words writtenBy } }`;
const READ = `query($p: ID!) { firstWeeks(planId: $p) { ${VIEW} } }`;
const WRITE = `mutation($i: WriteFirstWeeksHopeInput!) { writeFirstWeeksHope(input: $i) { ${VIEW} } }`;
const SUGGEST = `mutation($i: SuggestFirstWeeksInput!) { suggestFirstWeeks(input: $i) { ${VIEW} } }`;
const NOTIFICATIONS = '{ notifications { kind planId path } }';

interface Hope {
  authorMemberId: string;
  authorName: string;
  isMine: boolean;
  version: number;
  words: string;
  partyMemberIds: string[];
  partyNames: string[];
  earlier: { version: number; words: string }[];
}
interface Topic {
  topic: string;
  title: string;
  prompt: string;
  mine: Hope | null;
  others: Hope[];
  suggestion: { version: number; words: string; writtenBy: string } | null;
}
interface FirstWeeks {
  planId: string;
  mayHope: boolean;
  maySuggest: boolean;
  open: boolean;
  notice: string | null;
  people: { memberId: string; name: string; isMe: boolean }[];
  topics: Topic[];
}

describe('the first weeks at home, prepared', () => {
  let t: TestApp;
  let home: Home;
  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const read = (who: Who, planId = home.planId) =>
    t.gql<{ firstWeeks: FirstWeeks }>(READ, { p: planId }, as(who));
  const view = async (who: Who) => data(await read(who)).firstWeeks;
  const write = (who: Who, input: Record<string, unknown>) =>
    t.gql<{ writeFirstWeeksHope: FirstWeeks }>(
      WRITE,
      { i: { planId: home.planId, ...input } },
      as(who),
    );
  const onPlan = async (table: string) =>
    Number(
      (
        await t.dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE plan_id = $1`, [
          home.planId,
        ])
      )[0].n,
    );
  const topic = (fw: FirstWeeks, name: string) => fw.topics.find((x) => x.topic === name) as Topic;
  const othersWords = (fw: FirstWeeks, name: string) =>
    topic(fw, name)
      .others.map((h) => h.words)
      .sort();

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    home = await createHome(t);
  });
  afterAll(() => t.close());

  it('shows each person their own hopes beside only those of the others who named them; staff see all', async () => {
    // Pat writes to everyone (the default); Maria writes to Pat alone; Sam to Maria alone.
    data(await write('patient', { topic: 'CELEBRATIONS', words: 'A big dinner with everyone' }));
    data(
      await write('mother', {
        topic: 'CELEBRATIONS',
        words: 'Just us at first, a party later',
        partyMemberIds: [home.member.patient],
      }),
    );
    data(
      await write('partner', {
        topic: 'MONEY',
        words: 'We keep the accounts together',
        partyMemberIds: [home.member.mother],
      }),
    );

    const pat = await view('patient');
    expect(pat.mayHope).toBe(true);
    expect(pat.maySuggest).toBe(false);
    expect(topic(pat, 'CELEBRATIONS').mine?.words).toBe('A big dinner with everyone');
    expect(topic(pat, 'CELEBRATIONS').mine?.partyMemberIds.sort()).toEqual(
      [home.member.mother, home.member.partner].sort(),
    );
    expect(othersWords(pat, 'CELEBRATIONS')).toEqual(['Just us at first, a party later']);
    // Sam's hope about money named Maria, not Pat: Pat never reads it.
    expect(othersWords(pat, 'MONEY')).toEqual([]);
    expect(pat.notice).toBeNull();

    const maria = await view('mother');
    expect(topic(maria, 'CELEBRATIONS').mine?.words).toBe('Just us at first, a party later');
    expect(othersWords(maria, 'CELEBRATIONS')).toEqual(['A big dinner with everyone']);
    expect(othersWords(maria, 'MONEY')).toEqual(['We keep the accounts together']);
    // She reads words the patient wrote: with the §2.32 notice.
    expect(maria.notice).toMatch(/42 CFR part 2/i);

    const sam = await view('partner');
    expect(topic(sam, 'MONEY').mine?.words).toBe('We keep the accounts together');
    // Maria's hope named Pat only: Sam reads Pat's, not hers.
    expect(othersWords(sam, 'CELEBRATIONS')).toEqual(['A big dinner with everyone']);
    // Sam reads the patient's words too (Pat named everyone); nothing of the patient's in Sam's
    // own view would have meant no notice.
    expect(sam.notice).toMatch(/42 CFR part 2/i);

    const casey = await view('counselor');
    expect(casey.mayHope).toBe(false);
    expect(casey.maySuggest).toBe(true);
    expect(casey.notice).toBeNull();
    expect(othersWords(casey, 'CELEBRATIONS')).toEqual([
      'A big dinner with everyone',
      'Just us at first, a party later',
    ]);
    expect(othersWords(casey, 'MONEY')).toEqual(['We keep the accounts together']);
    expect(casey.topics.every((x) => x.mine === null)).toBe(true);
    // Every topic, in order, in the reader's words.
    expect(casey.topics.map((x) => x.topic)).toEqual([
      'ROUTINES',
      'MONEY',
      'TIME_TOGETHER',
      'PRIVACY',
      'CELEBRATIONS',
    ]);
    expect(topic(casey, 'CELEBRATIONS').title).toBe('Celebrations');
    // A staff read of the members' words is in the audit trail.
    const [audited] = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE action = 'first_weeks.viewed' AND record_id = $1`,
      [home.planId],
    );
    expect(audited).toBeDefined();
  });

  it('answers a person not on the plan exactly as a plan that does not exist', async () => {
    data(await write('patient', { topic: 'PRIVACY', words: 'A door I can close' }));
    const other = await createHome(t, 'Another Program');
    const missing = refusal(
      await t.gql(READ, { p: '00000000-0000-4000-8000-000000000000' }, as('mother')),
    );
    expect(missing.reason).toBe('NOT_FOUND');
    for (const who of ['counselor', 'patient', 'mother'] as const) {
      const answer = await t.gql(READ, { p: home.planId }, { cookie: other.cookie[who] });
      expect(refusal(answer)).toEqual(missing);
      const written = await t.gql(
        WRITE,
        { i: { planId: home.planId, topic: 'PRIVACY', words: 'Mine too' } },
        { cookie: other.cookie[who] },
      );
      expect(refusal(written).code).toMatch(/NOT_FOUND|FORBIDDEN/);
    }
    // Removed from the plan: no longer a reader of it.
    await t.dataSource.query(`UPDATE plan_member SET status = 'REMOVED' WHERE id = $1`, [
      home.member.partner,
    ]);
    expect(refusal(await read('partner'))).toEqual(missing);
    // A hope named for someone on another plan is refused, and nothing is kept.
    const before = await t.count('first_weeks_hope');
    const stranger = await write('mother', {
      topic: 'ROUTINES',
      words: 'Dinner at six',
      partyMemberIds: [other.member.mother],
    });
    expect(refusal(stranger).reason).toBe('FIRST_WEEKS_PARTY_NOT_ON_PLAN');
    // Someone who has left the plan cannot be named either.
    const gone = await write('mother', {
      topic: 'ROUTINES',
      words: 'Dinner at six',
      partyMemberIds: [home.member.partner],
    });
    expect(refusal(gone).reason).toBe('FIRST_WEEKS_PARTY_NOT_ON_PLAN');
    expect(await t.count('first_weeks_hope')).toBe(before);
  });

  it('keeps the patient and a family member under a contact restriction apart, both ways', async () => {
    data(await write('partner', { topic: 'MONEY', words: 'Shared accounts' }));
    await t.dataSource.query(`UPDATE plan_member SET contact_restricted = true WHERE id = $1`, [
      home.member.partner,
    ]);
    // Pat's hope for everyone is for Maria only now; naming Sam is refused.
    const pat = data(
      await write('patient', { topic: 'MONEY', words: 'I pay my share' }),
    ).writeFirstWeeksHope;
    expect(topic(pat, 'MONEY').mine?.partyMemberIds).toEqual([home.member.mother]);
    expect(pat.people.map((p) => p.memberId)).not.toContain(home.member.partner);
    // Sam's hope, written before, is no longer Pat's to read.
    expect(othersWords(pat, 'MONEY')).toEqual([]);
    const named = await write('patient', {
      topic: 'MONEY',
      words: 'I pay my share',
      partyMemberIds: [home.member.partner],
    });
    expect(refusal(named).reason).toBe('FIRST_WEEKS_PARTY_NOT_ON_PLAN');
    expect(othersWords(await view('partner'), 'MONEY')).toEqual([]);
    // Maria still reads both; staff read everything.
    expect(othersWords(await view('mother'), 'MONEY')).toEqual([
      'I pay my share',
      'Shared accounts',
    ]);
    expect(othersWords(await view('counselor'), 'MONEY')).toHaveLength(2);
  });

  it('keeps every version: a new answer is a new version, earlier ones stay (and the database refuses changing them)', async () => {
    data(await write('mother', { topic: 'ROUTINES', words: 'Breakfast together every day' }));
    data(await write('mother', { topic: 'ROUTINES', words: 'Breakfast together on Sundays' }));
    const maria = await view('mother');
    const mine = topic(maria, 'ROUTINES').mine as Hope;
    expect(mine.version).toBe(2);
    expect(mine.words).toBe('Breakfast together on Sundays');
    expect(mine.earlier).toEqual([{ version: 1, words: 'Breakfast together every day' }]);
    // The others read only the current words, never the earlier ones.
    const pat = topic(await view('patient'), 'ROUTINES').others;
    expect(pat.map((h) => [h.words, h.earlier])).toEqual([['Breakfast together on Sundays', []]]);
    // Leaving a topic empty again is a version too; the earlier words are kept.
    const emptied = data(await write('mother', { topic: 'ROUTINES', words: '   ' }));
    expect(topic(emptied.writeFirstWeeksHope, 'ROUTINES').mine).toBeNull();
    expect(othersWords(await view('patient'), 'ROUTINES')).toEqual([]);
    const rows = await t.dataSource.query(
      `SELECT version, words FROM first_weeks_hope WHERE author_member_id = $1 ORDER BY version`,
      [home.member.mother],
    );
    expect(rows).toEqual([
      { version: 1, words: 'Breakfast together every day' },
      { version: 2, words: 'Breakfast together on Sundays' },
      { version: 3, words: '' },
    ]);
    for (const table of ['first_weeks_hope', 'first_weeks_suggestion']) {
      for (const sql of [
        `UPDATE ${table} SET words = 'changed' WHERE plan_id = $1`,
        `DELETE FROM ${table} WHERE plan_id = $1`,
      ]) {
        // The suggestion table is empty here: write one so the row trigger has a row to refuse.
        if (table === 'first_weeks_suggestion' && (await t.count(table)) === 0)
          data(
            await t.gql(
              SUGGEST,
              { i: { planId: home.planId, topic: 'ROUTINES', words: 'Start small' } },
              as('counselor'),
            ),
          );
        await expect(t.dataSource.query(sql, [home.planId])).rejects.toThrow(/kept as written/);
      }
      await expect(t.dataSource.query(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(
        /kept as written/,
      );
    }
    // The audit trail names the topic and version, never the words.
    const events = await t.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'first_weeks.hope_written' AND details->>'partyMemberIds' LIKE $1`,
      [`%${home.member.patient}%`],
    );
    expect(events).toHaveLength(3);
    expect(JSON.stringify(events)).not.toContain('Breakfast');
  });

  it("the counselor's suggestion per topic is versioned, read by every member, and told in discreet words", async () => {
    data(await write('patient', { topic: 'CELEBRATIONS', words: 'A welcome home party' }));
    const suggest = (words: string) =>
      t.gql<{ suggestFirstWeeks: FirstWeeks }>(
        SUGGEST,
        { i: { planId: home.planId, topic: 'CELEBRATIONS', words } },
        as('counselor'),
      );
    data(await suggest('A quiet first weekend'));
    const second = data(
      await suggest('A quiet first weekend, a celebration later'),
    ).suggestFirstWeeks;
    expect(topic(second, 'CELEBRATIONS').suggestion).toMatchObject({
      version: 2,
      words: 'A quiet first weekend, a celebration later',
    });
    // Maria reads it in Spanish: the topics in her words, the counselor's words as written.
    data(await t.gql('mutation { setLanguage(language: ES) { id } }', {}, as('mother')));
    const maria = await view('mother');
    expect(topic(maria, 'CELEBRATIONS').title).toBe('Celebraciones');
    expect(topic(maria, 'CELEBRATIONS').suggestion?.words).toBe(
      'A quiet first weekend, a celebration later',
    );
    expect(await onPlan('first_weeks_suggestion')).toBe(2);

    // Sam was told of Pat's hope and of each suggestion, in words that name nothing.
    const told = data(
      await t.gql<{ notifications: { kind: string; path: string }[] }>(
        NOTIFICATIONS,
        {},
        as('partner'),
      ),
    ).notifications;
    const kinds = told.map((n) => n.kind).sort();
    expect(kinds).toEqual(['FIRST_WEEKS_HOPE', 'FIRST_WEEKS_SUGGESTION', 'FIRST_WEEKS_SUGGESTION']);
    expect(told[0].path).toBe(`/family/first-weeks/${home.planId}`);
    for (const n of told)
      for (const language of LANGUAGES)
        expect(notificationTitle(n.kind as NotificationKind, language)).not.toMatch(
          /hope|esper|celebra|recover|recupera|treat|tratamiento|Pat|Rivera/i,
        );
    // The patient hears of suggestions; nobody hears of their own hope.
    const patTold = data(
      await t.gql<{ notifications: { kind: string; path: string }[] }>(
        NOTIFICATIONS,
        {},
        as('patient'),
      ),
    ).notifications;
    expect(patTold.map((n) => n.kind)).toEqual([
      'FIRST_WEEKS_SUGGESTION',
      'FIRST_WEEKS_SUGGESTION',
    ]);
    expect(patTold[0].path).toBe('/patient/first-weeks');
  });

  it('refuses bad input, the wrong people and a closed plan, keeping nothing', async () => {
    const before = await t.count('first_weeks_hope');
    const cases: [Record<string, unknown>, string][] = [
      [{ topic: 'HOLIDAYS', words: 'Skiing' }, 'BAD_USER_INPUT'],
      [{ topic: 'MONEY', words: 'x'.repeat(1001) }, 'INPUT_FIRST_WEEKS_WORDS'],
      [
        { topic: 'MONEY', words: 'Fair', partyMemberIds: ['not-an-id'] },
        'INPUT_FIRST_WEEKS_PARTIES',
      ],
      [{ planId: 'not-a-plan', topic: 'MONEY', words: 'Fair' }, 'INPUT_PLAN'],
    ];
    for (const [input, reason] of cases) {
      const answer = await write('mother', input);
      const got = refusal(answer);
      expect({ input, reason: got.reason ?? got.code }).toEqual({ input, reason });
    }
    // Staff suggest; they do not hope. Members hope; they do not suggest.
    expect(refusal(await write('counselor', { topic: 'MONEY', words: 'Fair' })).code).toBe(
      'FORBIDDEN',
    );
    const memberSuggests = await t.gql(
      SUGGEST,
      { i: { planId: home.planId, topic: 'MONEY', words: 'Fair' } },
      as('mother'),
    );
    expect(refusal(memberSuggests).code).toBe('FORBIDDEN');
    const emptySuggestion = await t.gql(
      SUGGEST,
      { i: { planId: home.planId, topic: 'MONEY', words: '  ' } },
      as('counselor'),
    );
    expect(refusal(emptySuggestion).reason).toBe('FIRST_WEEKS_SUGGESTION_EMPTY');
    expect(await t.count('first_weeks_hope')).toBe(before);
    expect(await onPlan('first_weeks_suggestion')).toBe(0);

    // A closed plan keeps what was written and takes nothing new.
    data(await write('mother', { topic: 'MONEY', words: 'Fair shares' }));
    data(
      await t.gql(
        'mutation($input: SetPlanStatusInput!) { setPlanStatus(input: $input) { id } }',
        { input: { id: home.planId, status: 'CLOSED', reason: 'The family moved away' } },
        as('counselor'),
      ),
    );
    expect(refusal(await write('mother', { topic: 'MONEY', words: 'Again' })).reason).toBe(
      'PLAN_CLOSED',
    );
    const closed = await view('mother');
    expect(closed.open).toBe(false);
    expect(topic(closed, 'MONEY').mine?.words).toBe('Fair shares');
  });

  it('keeps the hopes as they were once the plan has walked through Homecoming', async () => {
    data(await write('mother', { topic: 'ROUTINES', words: 'Breakfast together' }));
    expect((await view('mother')).open).toBe(true);
    // The plan has walked its Homecoming phase (a fixture: the phase moves specs walk the ladder).
    await t.dataSource.query(
      `UPDATE plan_phase SET status = CASE stage WHEN 'HOMECOMING' THEN 'DONE'::phase_status ELSE 'CURRENT'::phase_status END
        WHERE plan_id = $1 AND stage IS NOT NULL`,
      [home.planId],
    );
    await t.dataSource.query(
      `UPDATE plan_phase SET status = 'DONE' WHERE plan_id = $1 AND stage IS NULL`,
      [home.planId],
    );
    expect(
      refusal(await write('mother', { topic: 'ROUTINES', words: 'Something else' })).reason,
    ).toBe('FIRST_WEEKS_LIVED');
    const suggested = await t.gql(
      SUGGEST,
      { i: { planId: home.planId, topic: 'ROUTINES', words: 'Slow mornings' } },
      as('counselor'),
    );
    expect(refusal(suggested).reason).toBe('FIRST_WEEKS_LIVED');
    const lived = await view('mother');
    expect(lived.open).toBe(false);
    expect(topic(lived, 'ROUTINES').mine?.words).toBe('Breakfast together');
  });
});
