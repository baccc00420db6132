import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType } from 'graphql';
import { RemindersService } from '../src/reaching/notifications/reminders.service';
import { createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, refusal, Who } from './home';
import { askEverything } from './walk-queries';

const VERSION =
  'id version warningSigns copingStrategies distractions peopleToAsk professionals saferSurroundings reviewOn';
const PLAN = `planId patientName notice suggestedProfessionals readers { memberId name mayRead } current { ${VERSION} } versions { ${VERSION} }`;
const READ = `query($p: ID!) { safetyPlan(planId: $p) { ${PLAN} } }`;
const SAVE = `mutation($i: SaveSafetyPlanInput!) { saveSafetyPlan(input: $i) { ${PLAN} } }`;
const GRANT = 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }';
const NOTIFICATIONS = '{ notifications { kind planId path } }';

interface Version {
  version: number;
  warningSigns: string[];
  professionals: string[];
  reviewOn: string | null;
}
interface SafetyPlan {
  planId: string;
  notice: string | null;
  suggestedProfessionals: string[];
  readers: { memberId: string; mayRead: boolean }[];
  current: Version | null;
  versions: Version[];
}

const WORDS = 'Lying awake past midnight';
const PLAN_INPUT = {
  warningSigns: [WORDS, '  ', 'Skipping meals'],
  copingStrategies: ['A walk by the river'],
  distractions: ['The library on Main Street'],
  peopleToAsk: ['Maria'],
  professionals: ['Casey, my counselor'],
  saferSurroundings: ['Keep no alcohol at home'],
};

describe('the safety plan', () => {
  let t: TestApp;
  let home: Home;
  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const read = (who: Who) => t.gql<{ safetyPlan: SafetyPlan }>(READ, { p: home.planId }, as(who));
  const save = async (input: Record<string, unknown> = {}) =>
    data(
      await t.gql<{ saveSafetyPlan: SafetyPlan }>(
        SAVE,
        { i: { planId: home.planId, ...PLAN_INPUT, ...input } },
        as('patient'),
      ),
    ).saveSafetyPlan;
  const share = (memberId: string, categories = ['SAFETY_PLAN']) =>
    t.gql(
      GRANT,
      {
        i: {
          memberId,
          categories,
          purpose: 'So she knows how to help',
          expiresAt: new Date(t.clock.now().getTime() + 90 * 86_400_000).toISOString(),
          signature: home.name.patient,
        },
      },
      as('patient'),
    );

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    home = await createHome(t);
  });
  afterAll(() => t.close());

  it('is written by the patient in six sections; each save is a new version and the earlier ones are kept', async () => {
    const empty = data(await read('patient')).safetyPlan;
    expect(empty.current).toBeNull();
    // Prefilled for "professionals and crisis lines": the counselor and the program's lines.
    expect(empty.suggestedProfessionals[0]).toMatch(/\(my counselor\)$/);
    expect(empty.suggestedProfessionals).toEqual(
      expect.arrayContaining([
        'Call 988 (Suicide & Crisis Lifeline)',
        'Chat with 988 online: https://988lifeline.org/chat/',
        'SAMHSA Helpline 1-800-662-4357',
      ]),
    );

    const first = await save({ reviewOn: '2030-01-15' });
    expect(first.current).toMatchObject({
      version: 1,
      warningSigns: [WORDS, 'Skipping meals'],
      reviewOn: '2030-01-15',
    });
    const second = await save({ warningSigns: ['Staying in bed all day'] });
    expect(second.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(second.current?.warningSigns).toEqual(['Staying in bed all day']);
    expect(second.versions[1].warningSigns).toEqual([WORDS, 'Skipping meals']);

    // Staff on the plan read every version; the read is audited.
    const staff = data(await read('counselor')).safetyPlan;
    expect(staff.versions).toHaveLength(2);
    const [audited] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'safety_plan.viewed' AND record_id = $1`,
      [home.planId],
    );
    expect(audited.n).toBe(1);
    // Any version prints, and the export is audited.
    const printed = data(
      await t.gql<{ safetyPlanPdf: string }>(
        'query($p: ID!, $v: Int) { safetyPlanPdf(planId: $p, version: $v) }',
        { p: home.planId, v: 1 },
        as('patient'),
      ),
    ).safetyPlanPdf;
    expect(Buffer.from(printed, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    // The save is audited with its version, never the patient's words.
    const saves = await t.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'safety_plan.saved' AND actor_user_id = $1 ORDER BY id`,
      [home.org.people.PATIENT.userId],
    );
    expect(saves.map((s: { details: { version: number } }) => s.details.version)).toEqual([1, 2]);
    expect(JSON.stringify(saves)).not.toContain(WORDS);
  });

  it('no SQL can change or remove a version', async () => {
    await save();
    for (const sql of [
      `UPDATE safety_plan_version SET sections = '{}' WHERE plan_id = $1`,
      'DELETE FROM safety_plan_version WHERE plan_id = $1',
    ]) {
      await expect(t.dataSource.query(sql, [home.planId])).rejects.toThrow(/kept as written/);
    }
    await expect(t.dataSource.query('TRUNCATE safety_plan_version CASCADE')).rejects.toThrow(
      /kept as written/,
    );
    expect(data(await read('patient')).safetyPlan.current?.warningSigns).toContain(WORDS);
  });

  it('refuses an empty plan, overlong lines and an impossible review day, keeping nothing', async () => {
    const empty = Object.fromEntries(Object.keys(PLAN_INPUT).map((k) => [k, ['  ']]));
    const cases: [Record<string, unknown>, string][] = [
      [empty, 'SAFETY_PLAN_EMPTY'],
      [{ copingStrategies: ['x'.repeat(301)] }, 'INPUT_SAFETY_PLAN_ITEMS'],
      [{ distractions: Array.from({ length: 13 }, () => 'a') }, 'INPUT_SAFETY_PLAN_ITEMS'],
      [{ reviewOn: '2030-02-30' }, 'INPUT_REVIEW_DAY'],
    ];
    const before = await t.count('safety_plan_version');
    for (const [input, reason] of cases) {
      const answer = await t.gql(
        SAVE,
        { i: { planId: home.planId, ...PLAN_INPUT, ...input } },
        as('patient'),
      );
      expect({ input, reason: refusal(answer).reason }).toEqual({ input, reason });
    }
    expect(await t.count('safety_plan_version')).toBe(before);
    expect(data(await read('patient')).safetyPlan.current).toBeNull();
    // Family and staff never write it.
    for (const who of ['mother', 'counselor'] as const) {
      const answer = await t.gql(SAVE, { i: { planId: home.planId, ...PLAN_INPUT } }, as(who));
      expect(refusal(answer).code).toBe('FORBIDDEN');
    }
  });

  it('a family member reads the current version only once shared (SAFETY_PLAN), with the notice and a disclosure; without it, every query path answers as if it did not exist', async () => {
    await save();
    await save({ warningSigns: ['Staying in bed all day'] });
    const missing = refusal(
      await t.gql(READ, { p: '00000000-0000-4000-8000-000000000000' }, as('partner')),
    );
    // Not shared yet: Maria's answer is the one for a plan that does not exist.
    expect(refusal(await read('mother'))).toEqual(missing);
    // Progress shared, the safety plan not: still nothing.
    data(await share(home.member.mother, ['PROGRESS']));
    expect(refusal(await read('mother'))).toEqual(missing);

    data(await share(home.member.mother, ['PROGRESS', 'SAFETY_PLAN']));
    const maria = data(await read('mother')).safetyPlan;
    expect(maria.current?.warningSigns).toEqual(['Staying in bed all day']);
    expect(maria.versions).toHaveLength(1);
    expect(maria.notice).toMatch(/42 CFR part 2/i);
    expect(maria.readers).toEqual([]);
    const [disclosed] = await t.dataSource.query(
      `SELECT categories FROM disclosure WHERE plan_id = $1 AND recipient_user_id = $2 AND 'SAFETY_PLAN' = ANY(categories)`,
      [home.planId, home.org.people.FAMILY.userId],
    );
    expect(disclosed).toBeDefined();
    // Maria was told, in words that name nothing.
    const told = data(
      await t.gql<{ notifications: { kind: string; path: string }[] }>(
        NOTIFICATIONS,
        {},
        as('mother'),
      ),
    ).notifications;
    expect(told).toContainEqual({
      kind: 'SAFETY_PLAN_SHARED',
      planId: home.planId,
      path: `/family/safety-plan/${home.planId}`,
    });
    // The patient's page says who may read it.
    const readers = data(await read('patient')).safetyPlan.readers;
    expect(readers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ memberId: home.member.mother, mayRead: true }),
        expect.objectContaining({ memberId: home.member.partner, mayRead: false }),
      ]),
    );

    // Sam, without the category: every query of the schema, with every field, shows nothing of it.
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const values = {
      planId: home.planId,
      memberId: home.member.partner,
      token: 'not-a-real-invitation-token-but-long-enough',
      version: 1,
      categories: ['PROGRESS', 'CHECKINS', 'ATTENDANCE', 'VISIT_REFLECTIONS'],
      from: '2000-01-01',
      to: '2999-12-31',
    };
    const [versionRow] = await t.dataSource.query(
      'SELECT id FROM safety_plan_version WHERE plan_id = $1 ORDER BY version DESC LIMIT 1',
      [home.planId],
    );
    let asked = 0;
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      const ids = field.args.some((a) => getNamedType(a.type).name === 'ID')
        ? [versionRow.id, home.planId]
        : [null];
      for (const id of ids) {
        const answer = await askEverything(t, schema, field, values, id, home.cookie.partner);
        asked++;
        expect(answer).not.toContain('Staying in bed');
        expect(answer).not.toContain(versionRow.id);
        if (field.name === 'safetyPlan' && id === home.planId) {
          expect(JSON.parse(answer).errors[0].extensions.code).toBe('NOT_FOUND');
        }
      }
    }
    expect(asked).toBeGreaterThan(20);

    // Her printable copy is the current version, with the notice; Sam's answer is "not found".
    const pdf = await t.gql<{ safetyPlanPdf: string }>(
      'query($p: ID!) { safetyPlanPdf(planId: $p) }',
      { p: home.planId },
      as('mother'),
    );
    expect(Buffer.from(data(pdf).safetyPlanPdf, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      refusal(
        await t.gql(
          'query($p: ID!) { safetyPlanPdf(planId: $p) }',
          { p: home.planId },
          as('partner'),
        ),
      ),
    ).toEqual(missing);

    // Maria in Spanish reads the notice in Spanish.
    await t.gql('mutation { setLanguage(language: ES) { id } }', {}, as('mother'));
    expect(data(await read('mother')).safetyPlan.notice).toMatch(/42 CFR parte 2/);
  });

  it('the review day reminds the patient and their counselor once, when it comes in the program’s time zone', async () => {
    const today = t.clock.now();
    const inTwoDays = new Date(today.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    await save({ reviewOn: inTwoDays });
    const reminders = t.app.get(RemindersService);
    const kinds = async (who: Who) =>
      data(
        await t.gql<{ notifications: { kind: string }[] }>(NOTIFICATIONS, {}, as(who)),
      ).notifications.map((n) => n.kind);
    await reminders.sweep();
    expect(await kinds('patient')).not.toContain('SAFETY_PLAN_REVIEW');

    t.clock.advanceDays(3);
    await home.signInAgain();
    await reminders.sweep();
    await reminders.sweep();
    expect((await kinds('patient')).filter((k) => k === 'SAFETY_PLAN_REVIEW')).toHaveLength(1);
    expect((await kinds('counselor')).filter((k) => k === 'STAFF_SAFETY_PLAN_REVIEW')).toHaveLength(
      1,
    );
    expect(await kinds('mother')).not.toContain('SAFETY_PLAN_REVIEW');
  });
});
