import { CrisisResource, crisisResourcesFor, defaultCrisisResources } from '@homeward/domain';
import { createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';
import { data, refusal } from './home';

const SETTINGS =
  'name timeZone crisisResourcesEn { label kind value } crisisResourcesEs { label kind value }';
const UPDATE = `mutation($i: UpdateProgramSettingsInput!) { updateProgramSettings(input: $i) { ${SETTINGS} } }`;
const RESOURCES = '{ crisisResources { label kind value } }';
const SET_LANGUAGE = 'mutation($l: Language!) { setLanguage(language: $l) { id } }';

const EN: CrisisResource[] = [
  { label: 'Harbor crisis line', kind: 'CALL', value: '+1 (555) 010-2000' },
  { label: 'Text us', kind: 'TEXT', value: '555-010-2001' },
  { label: 'Chat with 988', kind: 'CHAT', value: 'https://988lifeline.org/chat/' },
];
const ES: CrisisResource[] = [
  { label: 'Línea de crisis de Harbor', kind: 'CALL', value: '+1 (555) 010-2000' },
  { label: 'Guía en español', kind: 'WEB', value: 'https://harbor.example.org/es/ayuda' },
];

describe('program settings and crisis resources', () => {
  let t: TestApp;
  let org: TestOrganization;
  let other: TestOrganization;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    org = await createOrganization(t.dataSource, 'Harbor House');
    other = await createOrganization(t.dataSource, 'Other Place');
    for (const role of ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'] as const) {
      cookies[role] = await t.login(org.people[role].email, TEST_PASSWORD);
    }
    cookies['OTHER_PATIENT'] = await t.login(other.people.PATIENT.email, TEST_PASSWORD);
    cookies['OTHER_ADMIN'] = await t.login(other.people.ADMIN.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const update = (input: Record<string, unknown>, cookie = cookies['ADMIN']) =>
    t.gql<{ updateProgramSettings: { name: string; crisisResourcesEn: unknown[] } }>(
      UPDATE,
      {
        i: {
          name: 'Harbor House',
          timeZone: 'America/Chicago',
          crisisResourcesEn: EN,
          crisisResourcesEs: ES,
          ...input,
        },
      },
      { cookie },
    );
  const resources = async (cookie: string) =>
    data(await t.gql<{ crisisResources: unknown[] }>(RESOURCES, {}, { cookie })).crisisResources;

  it('reads the defaults (988 by call, text and chat; SAMHSA) until the program sets its own', async () => {
    expect(await resources(cookies['PATIENT'])).toEqual(defaultCrisisResources('EN'));
    const labels = defaultCrisisResources('EN').map((r) => `${r.kind}:${r.value}`);
    expect(labels).toEqual([
      'CALL:988',
      'TEXT:988',
      'CHAT:https://988lifeline.org/chat/',
      'CALL:1-800-662-4357',
    ]);
    // An empty list in one language reads as that language's defaults.
    expect(crisisResourcesFor({ EN: [], ES }, 'EN')).toEqual(defaultCrisisResources('EN'));
  });

  it('an admin sets the name, time zone and crisis lines per language; everyone of the program reads them in their language; audited', async () => {
    const saved = data(await update({ name: 'Harbor House Recovery' })).updateProgramSettings;
    expect(saved).toMatchObject({
      name: 'Harbor House Recovery',
      timeZone: 'America/Chicago',
      crisisResourcesEn: EN,
      crisisResourcesEs: ES,
    });
    for (const role of ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY']) {
      expect(await resources(cookies[role])).toEqual(EN);
    }
    await t.gql(SET_LANGUAGE, { l: 'ES' }, { cookie: cookies['FAMILY'] });
    expect(await resources(cookies['FAMILY'])).toEqual(ES);
    await t.gql(SET_LANGUAGE, { l: 'EN' }, { cookie: cookies['FAMILY'] });

    // Another program keeps its own (here the defaults), and its admin reads only its settings.
    expect(await resources(cookies['OTHER_PATIENT'])).toEqual(defaultCrisisResources('EN'));
    const theirs = await t.gql<{ programSettings: { name: string } }>(
      `{ programSettings { ${SETTINGS} } }`,
      {},
      { cookie: cookies['OTHER_ADMIN'] },
    );
    expect(data(theirs).programSettings.name).toBe('Other Place');

    const [event] = await t.dataSource.query(
      `SELECT actor_user_id, record_id, details FROM audit_event WHERE action = 'organization.settings_changed' AND organization_id = $1`,
      [org.id],
    );
    expect(event).toMatchObject({
      actor_user_id: org.people.ADMIN.userId,
      record_id: org.id,
      details: { nameChanged: true, crisisResources: { EN: 3, ES: 2 } },
    });
    const [row] = await t.dataSource.query(
      'SELECT name, time_zone FROM organization WHERE id = $1',
      [org.id],
    );
    expect(row).toEqual({ name: 'Harbor House Recovery', time_zone: 'America/Chicago' });
  });

  it('only admins write: staff, patients and family are refused, and nothing changes', async () => {
    for (const role of ['COUNSELOR', 'PATIENT', 'FAMILY']) {
      const answer = await update({ name: `Taken by ${role}` }, cookies[role]);
      expect(refusal(answer).code).toBe('FORBIDDEN');
      const read = await t.gql(`{ programSettings { name } }`, {}, { cookie: cookies[role] });
      expect(refusal(read).code).toBe('FORBIDDEN');
    }
    const [row] = await t.dataSource.query('SELECT name FROM organization WHERE id = $1', [org.id]);
    expect(row.name).not.toMatch(/^Taken by/);
  });

  it('checks every line strictly: phone numbers for calls and texts, https links only, a name, at most 8', async () => {
    const before = await t.dataSource.query(
      'SELECT crisis_resources FROM organization WHERE id = $1',
      [org.id],
    );
    const cases: [Record<string, unknown>, string][] = [
      [
        { crisisResourcesEn: [{ label: 'Call', kind: 'CALL', value: 'call me' }] },
        'INPUT_CRISIS_PHONE',
      ],
      [{ crisisResourcesEn: [{ label: 'Text', kind: 'TEXT', value: '12' }] }, 'INPUT_CRISIS_PHONE'],
      [
        {
          crisisResourcesEs: [
            { label: 'Chat', kind: 'CHAT', value: 'http://988lifeline.org/chat' },
          ],
        },
        'INPUT_CRISIS_LINK',
      ],
      [
        { crisisResourcesEn: [{ label: 'Web', kind: 'WEB', value: 'javascript:alert(1)' }] },
        'INPUT_CRISIS_LINK',
      ],
      [
        {
          crisisResourcesEn: [{ label: 'Web', kind: 'WEB', value: 'https://user:pw@example.org' }],
        },
        'INPUT_CRISIS_LINK',
      ],
      [{ crisisResourcesEn: [{ label: '   ', kind: 'CALL', value: '988' }] }, 'INPUT_CRISIS_LABEL'],
      [{ crisisResourcesEn: Array.from({ length: 9 }, () => EN[0]) }, 'INPUT_CRISIS_RESOURCES'],
      [{ timeZone: 'Mars/Olympus' }, 'TIME_ZONE_UNKNOWN'],
      [{ name: 'Other Place' }, 'ORGANIZATION_NAME_TAKEN'],
    ];
    for (const [input, reason] of cases) {
      const answer = refusal(await update(input));
      expect({ input, reason: answer.reason }).toEqual({ input, reason });
    }
    const after = await t.dataSource.query(
      'SELECT crisis_resources FROM organization WHERE id = $1',
      [org.id],
    );
    expect(after).toEqual(before);
  });

  it('going back to the defaults: empty lists in both languages', async () => {
    data(await update({ crisisResourcesEn: [], crisisResourcesEs: [] }));
    expect(await resources(cookies['PATIENT'])).toEqual(defaultCrisisResources('EN'));
    const [row] = await t.dataSource.query(
      'SELECT crisis_resources FROM organization WHERE id = $1',
      [org.id],
    );
    expect(row.crisis_resources).toBeNull();
  });
});
