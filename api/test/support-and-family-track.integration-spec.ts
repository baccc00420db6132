import { GraphQLSchemaHost } from '@nestjs/graphql';
import { askEveryQuery } from './walk-queries';
import { createTestApp, TestApp } from './create-test-app';
import { TEST_PASSWORD } from './factories';
import { createHome, data, Home, refusal, Who } from './home';

const PERSON = 'id kind name mark condition fromPhase fromPhaseName contact';
const NETWORK = `query($p: ID!) { supportNetwork(planId: $p) { planId mayEdit notice phases { position name } people { ${PERSON} } } }`;
const ADD = `mutation($i: AddSupportPersonInput!) { addSupportPerson(input: $i) { ${PERSON} } }`;
const CHANGE = `mutation($i: ChangeSupportPersonInput!) { changeSupportPerson(input: $i) { ${PERSON} } }`;
const RETIRE = `mutation($id: ID!) { retireSupportPerson(id: $id) { id } }`;
const GRANT = 'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }';
const DEFINE =
  'mutation($i: DefineFamilyTrackItemInput!) { defineFamilyTrackItem(input: $i) { id title } }';
const TRACK = `query($p: ID!) { familyTrack(planId: $p) { items { id title kind } marks { id memberName title mark day } } }`;
const MARK =
  'mutation($i: MarkFamilyTrackInput!) { markFamilyTrack(input: $i) { id title mark day } }';
const PHASES = `query($p: ID!) { plan(id: $p) { phases { position milestones { title measure status progress } } } }`;

interface Person {
  id: string;
  name: string;
  mark: string;
  condition: string | null;
  contact: string | null;
  fromPhaseName: string | null;
}
interface Network {
  people: Person[];
  notice: string | null;
  mayEdit: boolean;
}

/** A telephone number only the patient's own pages may ever show. */
const SECRET_CONTACT = '555-0199 ext 42';

describe('the support network and the family track', () => {
  let t: TestApp;
  let home: Home;
  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const network = (who: Who) =>
    t.gql<{ supportNetwork: Network }>(NETWORK, { p: home.planId }, as(who));
  const add = (i: Record<string, unknown>, who: Who = 'patient') =>
    t.gql<{ addSupportPerson: Person }>(ADD, { i: { planId: home.planId, ...i } }, as(who));
  const share = (memberId: string, categories: string[]) =>
    t.gql(
      GRANT,
      {
        i: {
          memberId,
          categories,
          purpose: 'So my family knows who is safe for me',
          expiresAt: new Date(t.clock.now().getTime() + 30 * 86_400_000).toISOString(),
          signature: home.name.patient,
        },
      },
      as('patient'),
    );
  const drawNetwork = async () => {
    data(await add({ kind: 'SPONSOR', name: 'Lee', mark: 'SAFE', contact: SECRET_CONTACT }));
    data(
      await add({
        kind: 'FRIEND',
        name: 'Jordan',
        mark: 'CONDITIONAL',
        condition: 'Only in daylight, somewhere public',
        fromPhase: 2,
        contact: SECRET_CONTACT,
      }),
    );
    data(await add({ kind: 'OTHER', name: 'Old crowd', mark: 'KEEP_DISTANCE' }));
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    home = await createHome(t);
  });
  afterAll(() => t.close());

  it('is kept by the patient: conditional needs its condition, changes are new versions, nothing is deleted', async () => {
    expect(refusal(await add({ kind: 'FRIEND', name: 'Jo', mark: 'CONDITIONAL' })).reason).toBe(
      'INPUT_SUPPORT_CONDITION',
    );
    expect(
      refusal(await add({ kind: 'FRIEND', name: 'Jo', mark: 'SAFE', fromPhase: 42 })).reason,
    ).toBe('INPUT_SUPPORT_PHASE');
    await drawNetwork();
    const mine = data(await network('patient')).supportNetwork;
    expect(mine.mayEdit).toBe(true);
    expect(mine.notice).toBeNull();
    expect(mine.people.map((p) => [p.name, p.mark])).toEqual([
      ['Lee', 'SAFE'],
      ['Jordan', 'CONDITIONAL'],
      ['Old crowd', 'KEEP_DISTANCE'],
    ]);
    expect(mine.people[0].contact).toBe(SECRET_CONTACT);
    expect(mine.people[1].fromPhaseName).toEqual(expect.any(String));

    // The counselor helps: Jordan becomes safe. The old version is kept, retired with the time.
    const jordan = mine.people[1];
    const changed = data(
      await t.gql<{ changeSupportPerson: Person }>(
        CHANGE,
        { i: { id: jordan.id, kind: 'FRIEND', name: 'Jordan', mark: 'SAFE' } },
        as('counselor'),
      ),
    ).changeSupportPerson;
    expect(changed).toMatchObject({ mark: 'SAFE', condition: null });
    expect(
      refusal(
        await t.gql(
          CHANGE,
          { i: { id: jordan.id, kind: 'FRIEND', name: 'J', mark: 'SAFE' } },
          as('patient'),
        ),
      ).reason,
    ).toBe('SUPPORT_PERSON_RETIRED');
    data(await t.gql(RETIRE, { id: mine.people[2].id }, as('patient')));
    const after = data(await network('patient')).supportNetwork.people.map((p) => p.name);
    // Closest ring first, then by name.
    expect(after).toEqual(['Jordan', 'Lee']);
    const rows: { name: string; mark: string; retired: boolean; replaces_id: string | null }[] =
      await t.dataSource.query(
        'SELECT name, mark, retired_at IS NOT NULL AS retired, replaces_id FROM support_person WHERE plan_id = $1 ORDER BY name, retired DESC',
        [home.planId],
      );
    expect(rows).toEqual([
      { name: 'Jordan', mark: 'CONDITIONAL', retired: true, replaces_id: null },
      { name: 'Jordan', mark: 'SAFE', retired: false, replaces_id: jordan.id },
      { name: 'Lee', mark: 'SAFE', retired: false, replaces_id: null },
      { name: 'Old crowd', mark: 'KEEP_DISTANCE', retired: true, replaces_id: null },
    ]);
    // The database keeps it so: a version is never rewritten or deleted, only retired once.
    await expect(
      t.dataSource.query(`UPDATE support_person SET name = 'Someone else' WHERE id = $1`, [
        changed.id,
      ]),
    ).rejects.toThrow(/only be retired/);
    await expect(
      t.dataSource.query('DELETE FROM support_person WHERE id = $1', [jordan.id]),
    ).rejects.toThrow(/only be retired/);
    const audited: { action: string }[] = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE action LIKE 'support_network.%' ORDER BY id`,
    );
    expect(audited.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'support_network.added',
        'support_network.changed',
        'support_network.retired',
      ]),
    );
  });

  it('reaches a family member only under SUPPORT_NETWORK, as names and marks, never contact details', async () => {
    await drawNetwork();
    // Without the category (even with others), every path answers as if it did not exist.
    data(await share(home.member.mother, ['PROGRESS', 'CHECKINS', 'SAFETY_PLAN']));
    const missing = refusal(
      await t.gql(NETWORK, { p: '00000000-0000-4000-8000-000000000000' }, as('mother')),
    );
    const withheld = refusal(await network('mother'));
    expect(withheld).toEqual(missing);
    expect(withheld.code).toBe('NOT_FOUND');
    expect(refusal(await network('partner'))).toEqual(
      refusal(await t.gql(NETWORK, { p: '00000000-0000-4000-8000-000000000000' }, as('partner'))),
    );

    data(await share(home.member.mother, ['PROGRESS', 'SUPPORT_NETWORK']));
    const shared = data(await network('mother')).supportNetwork;
    expect(shared.people.map((p) => [p.name, p.mark, p.contact])).toEqual([
      ['Lee', 'SAFE', null],
      ['Jordan', 'CONDITIONAL', null],
      ['Old crowd', 'KEEP_DISTANCE', null],
    ]);
    expect(shared.people[1].condition).toBe('Only in daylight, somewhere public');
    expect(shared.mayEdit).toBe(false);
    expect(shared.notice).toMatch(/42 CFR part 2/);
    const disclosed: { categories: string; channel: string }[] = await t.dataSource.query(
      `SELECT d.categories::text, d.channel FROM disclosure d WHERE d.plan_id = $1 AND 'SUPPORT_NETWORK' = ANY(d.categories)`,
      [home.planId],
    );
    expect(disclosed.length).toBe(1);
    expect(disclosed[0].channel).toBe('WEB');

    // A family member may not change it, even when it is shared with them.
    expect(refusal(await add({ kind: 'FRIEND', name: 'Me', mark: 'SAFE' }, 'mother')).code).toBe(
      'FORBIDDEN',
    );

    // Every query Maria (with the category) and Sam (without) can ask, with every field: the
    // contact details appear nowhere; Sam sees not even the names.
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const values = {
      planId: home.planId,
      memberId: home.member.mother,
      days: 30,
      from: '2000-01-01',
      to: '2999-12-31',
      categories: ['SUPPORT_NETWORK'],
      version: 1,
      token: 'not-a-real-invitation-token-but-long-enough',
    };
    const ids = [home.planId, shared.people[0].id];
    const maria = await askEveryQuery(t, schema, values, ids, home.cookie.mother);
    expect(maria.join('\n')).not.toContain(SECRET_CONTACT);
    expect(
      maria.filter((s) => s.startsWith('supportNetwork:') && !s.includes('"errors"')),
    ).toHaveLength(1);
    const sam = await askEveryQuery(t, schema, values, ids, home.cookie.partner);
    const samSaw = sam.join('\n');
    expect(samSaw).not.toContain(SECRET_CONTACT);
    expect(samSaw).not.toContain('Jordan');
    expect(samSaw).not.toContain('Old crowd');

    // Revoked: on the very next request it is gone again.
    const [consent] = await t.dataSource.query(
      `SELECT id FROM consent WHERE recipient_member_id = $1 AND revoked_at IS NULL ORDER BY signed_at DESC LIMIT 1`,
      [home.member.mother],
    );
    data(
      await t.gql(
        'mutation($id: ID!) { revokeConsent(id: $id) { id } }',
        { id: consent.id },
        as('patient'),
      ),
    );
    expect(refusal(await network('mother')).code).toBe('NOT_FOUND');
  });

  it('lets family members mark the track privately, and a FAMILY_TRACK milestone counts it', async () => {
    const admin = await t.login(home.org.people.ADMIN.email, TEST_PASSWORD);
    expect(
      refusal(
        await t.gql(
          DEFINE,
          {
            i: {
              kind: 'PEER_GROUP',
              title: 'Al-Anon',
              summary: 'Meetings.',
              link: 'http://al-anon.org',
            },
          },
          { cookie: admin },
        ),
      ).reason,
    ).toBe('INPUT_FAMILY_TRACK_LINK');
    const session = data(
      await t.gql<{ defineFamilyTrackItem: { id: string } }>(
        DEFINE,
        {
          i: {
            kind: 'EDUCATION_SESSION',
            title: 'Family night: what helps',
            titleEs: 'Noche familiar: lo que ayuda',
            summary: 'An evening with other families.',
            link: 'https://example.org/family-night',
          },
        },
        { cookie: admin },
      ),
    ).defineFamilyTrackItem;

    // The default ladder's first phase counts a family track session for the family.
    const milestone = async () =>
      data(
        await t.gql<{
          plan: {
            phases: {
              position: number;
              milestones: { title: string; measure: string; status: string }[];
            }[];
          };
        }>(PHASES, { p: home.planId }, as('counselor')),
      ).plan.phases[0].milestones.find((m) => m.measure === 'FAMILY_TRACK');
    expect(await milestone()).toMatchObject({ status: 'NOT_STARTED' });

    const marked = data(
      await t.gql<{ markFamilyTrack: { title: string; mark: string } }>(
        MARK,
        { i: { planId: home.planId, itemId: session.id, mark: 'ATTENDED' } },
        as('mother'),
      ),
    ).markFamilyTrack;
    expect(marked).toMatchObject({ title: 'Family night: what helps', mark: 'ATTENDED' });
    expect(await milestone()).toMatchObject({ status: 'ACHIEVED' });
    // A day ahead, and a day the calendar does not have (JavaScript would roll it to 1 March).
    for (const day of ['2999-01-01', '2026-02-29'])
      expect(
        refusal(
          await t.gql(
            MARK,
            { i: { planId: home.planId, itemId: session.id, mark: 'ATTENDED', day } },
            as('mother'),
          ),
        ).reason,
      ).toBe('INPUT_FAMILY_TRACK_DAY');

    // Maria reads her own marks; Sam has none of hers; the patient cannot ask; staff see all.
    const track = (who: Who) =>
      t.gql<{ familyTrack: { marks: { memberName: string }[]; items: { title: string }[] } }>(
        TRACK,
        { p: home.planId },
        as(who),
      );
    expect(data(await track('mother')).familyTrack.marks).toHaveLength(1);
    expect(data(await track('partner')).familyTrack.marks).toEqual([]);
    expect(data(await track('partner')).familyTrack.items.map((i) => i.title)).toEqual([
      'Family night: what helps',
    ]);
    expect(refusal(await track('patient')).code).toBe('FORBIDDEN');
    expect(data(await track('counselor')).familyTrack.marks[0].memberName).toBe(home.name.mother);
  });

  it("keeps a family member's stress and support chart to them and staff, by every path", async () => {
    const checkIn = (who: Who, stress: number, key: string) =>
      t.gql(
        'mutation($i: FamilyCheckInInput!) { submitFamilyCheckIn(input: $i) { id } }',
        {
          i: {
            planId: home.planId,
            stress,
            wantsSupport: true,
            attendedMeeting: false,
            idempotencyKey: key,
          },
        },
        as(who),
      );
    data(await checkIn('mother', 4, 'maria-day-1'));
    t.clock.advanceDays(1);
    await home.signInAgain();
    data(await checkIn('mother', 2, 'maria-day-2'));
    const mine = data(
      await t.gql<{ myCheckIns: { stress: number; wantsSupport: boolean }[] }>(
        'query($p: ID!) { myCheckIns(planId: $p, days: 30) { stress wantsSupport } }',
        { p: home.planId },
        as('mother'),
      ),
    ).myCheckIns;
    expect(mine.map((c) => c.stress)).toEqual([2, 4]);
    const staff = data(
      await t.gql<{ trackRecord: { familyCheckIns: { stress: number }[] } }>(
        'query($p: ID!) { trackRecord(planId: $p) { familyCheckIns { stress } } }',
        { p: home.planId },
        as('counselor'),
      ),
    ).trackRecord.familyCheckIns;
    expect(staff.map((c) => c.stress).sort()).toEqual([2, 4]);

    // Every query the patient and Sam can ask: no stress of Maria's reaches them.
    data(
      await share(home.member.partner, [
        'PROGRESS',
        'CHECKINS',
        'ATTENDANCE',
        'VISIT_REFLECTIONS',
        'SUPPORT_NETWORK',
      ]),
    );
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const values = {
      planId: home.planId,
      memberId: home.member.mother,
      days: 30,
      from: '2000-01-01',
      to: '2999-12-31',
      categories: ['PROGRESS'],
      version: 1,
      token: 'not-a-real-invitation-token-but-long-enough',
    };
    for (const who of ['patient', 'partner'] as const) {
      const seen = (await askEveryQuery(t, schema, values, [home.planId], home.cookie[who])).join(
        '\n',
      );
      expect(seen).not.toMatch(/"stress":\s*[1-5]/);
      expect(seen).not.toMatch(/"wantsSupport":\s*true/);
    }
  });
});
