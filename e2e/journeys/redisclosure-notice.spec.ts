import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { APIRequestContext, expect, test } from '@playwright/test';
import { CONSENT_CATEGORIES, redisclosureNotice } from '@homeward/domain';
import { as, gql, Home, newHome, session, signIn as signInApi } from '../setup';
import { checkPage, setClock, signIn } from '../support';

/**
 * Issue 15, "consent promises everywhere": every family page and export that shows a family
 * member the patient's consented data carries the §2.32 notice. The pages are read from the
 * routes file itself, so a family page added tomorrow is walked the day it lands.
 *
 * What counts as "shows consented data" is decided by the server, not by a list here: every
 * time a family member is shown consented data the API writes a disclosure row (the patient's
 * "Who saw what, when"). A page that wrote one must show the notice. As a second check, the
 * words the patient wrote in each category never appear on a page that wrote no row.
 */

const NAMES = {
  counselor: 'Robin Achterberg',
  patient: 'Jordan Mireles',
  mother: 'Elena Mireles',
  partner: 'Kai Mireles',
};
// Words only the patient wrote, where a page shows their words (check-ins and attendance show as
// days and marks, not words): if any shows on a page, consented data is on it.
const MARKS = {
  SAFETY_PLAN: 'Long drives alone after midnight',
  SUPPORT_NETWORK: 'Teodoro from the Tuesday group',
  VISIT_REFLECTIONS: 'Laughing together over the old photo album',
  // A hard day's words are read within the PROGRESS category.
  PROGRESS: 'A rough evening after the game',
} as const;

/** The family area's paths, as the router has them (`''` is the family home). */
function familyPaths(): string[] {
  const source = readFileSync(
    resolve(__dirname, '..', '..', 'web', 'src', 'app', 'family', 'family.routes.ts'),
    'utf8',
  );
  const paths = [...source.matchAll(/\bpath:\s*['"`]([^'"`]*)['"`]/g)].map((m) => m[1]);
  // Every route here loads a page; if the two counts differ, this reading missed one.
  expect(paths.length).toBe((source.match(/\bloadComponent\b/g) ?? []).length);
  expect(paths.length).toBeGreaterThan(0);
  return paths;
}

/** The ids of the patient's newest disclosures (newest first). */
async function disclosureIds(patient: APIRequestContext): Promise<string[]> {
  const { myDisclosures } = await gql<{ myDisclosures: { nodes: { id: string }[] } }>(
    patient,
    'query Seen { myDisclosures(first: 50) { nodes { id } } }',
  );
  return myDisclosures.nodes.map((n) => n.id);
}

/** The words of a PDF, read with unpdf in a plain Node process (it is an ES module). */
function pdfText(base64: string): Promise<string> {
  const read = `
import { extractText } from 'unpdf';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { text } = await extractText(new Uint8Array(Buffer.concat(chunks)), { mergePages: true });
process.stdout.write(text);
`;
  return new Promise((done, fail) => {
    const reader = execFile(
      process.execPath,
      ['--input-type=module', '-e', read],
      { cwd: resolve(__dirname, '..', '..'), maxBuffer: 10 * 1024 * 1024 },
      (error, stdout) => (error ? fail(error) : done(stdout.replace(/\s+/g, ' '))),
    );
    reader.stdin?.end(Buffer.from(base64, 'base64'));
  });
}

test.describe('the §2.32 notice on every family page and export', () => {
  test.setTimeout(300_000);
  let home: Home;
  let visitId: string;
  let patientMember: string;

  test.beforeAll(async ({ baseURL }) => {
    const url = baseURL as string;
    setClock(0);
    home = await newHome(url, NAMES);
    patientMember = await as(url, home.patient, async (api) => {
      const { agreement } = await gql<{ agreement: { members: { id: string; isMe: boolean }[] } }>(
        api,
        'query Members($id: ID!) { agreement(id: $id) { members { id isMe } } }',
        { id: home.planId },
      );
      return agreement.members.find((m) => m.isMe)?.id as string;
    });

    // The patient shares everything there is to share with their mother, and writes something in each.
    await as(url, home.patient, async (api) => {
      await gql(
        api,
        'mutation Share($input: GrantConsentInput!) { grantConsent(input: $input) { id } }',
        {
          input: {
            memberId: home.members.mother,
            categories: [...CONSENT_CATEGORIES],
            expiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
            purpose: 'So my mother can walk beside me',
            signature: NAMES.patient,
          },
        },
      );
      await gql(
        api,
        'mutation Save($input: SaveSafetyPlanInput!) { saveSafetyPlan(input: $input) { planId } }',
        {
          input: {
            planId: home.planId,
            warningSigns: [MARKS.SAFETY_PLAN],
            copingStrategies: ['A walk'],
            distractions: [],
            peopleToAsk: [],
            professionals: [],
            saferSurroundings: [],
          },
        },
      );
      await gql(
        api,
        'mutation Add($input: AddSupportPersonInput!) { addSupportPerson(input: $input) { id } }',
        { input: { planId: home.planId, name: MARKS.SUPPORT_NETWORK, kind: 'PEER', mark: 'SAFE' } },
      );
      await gql(
        api,
        'mutation Check($input: PatientCheckInInput!) { submitCheckIn(input: $input) { id } }',
        {
          input: {
            planId: home.planId,
            idempotencyKey: `notice-${Date.now()}`,
            mood: 4,
            craving: 2,
            attendedMeeting: true,
          },
        },
      );
      const startsAt = new Date(Date.now() + 2 * 86_400_000);
      const { requestVisit } = await gql<{ requestVisit: { id: string } }>(
        api,
        'mutation Ask($input: RequestVisitInput!) { requestVisit(input: $input) { id } }',
        {
          input: {
            planId: home.planId,
            contactType: 'PHONE',
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
            place: 'By phone',
            participantMemberIds: [patientMember, home.members.mother],
          },
        },
      );
      visitId = requestVisit.id;
    });
    await as(url, home.mother, (api) =>
      gql(
        api,
        'mutation R($input: RespondToVisitInput!) { respondToVisit(input: $input) { id } }',
        {
          input: { visitId, willing: true },
        },
      ),
    );
    await as(url, home.counselor, (api) =>
      gql(api, 'mutation A($input: ApproveVisitInput!) { approveVisit(input: $input) { id } }', {
        input: { visitId },
      }),
    );
    // Three days on the call has taken place; the patient reflects on it.
    setClock(3);
    await as(url, home.counselor, (api) =>
      gql(api, 'mutation C($input: CloseVisitInput!) { closeVisit(input: $input) { id } }', {
        input: { visitId, outcome: 'COMPLETED' },
      }),
    );
    await as(url, home.patient, (api) =>
      gql(api, 'mutation D($input: DebriefVisitInput!) { debriefVisit(input: $input) { id } }', {
        input: {
          visitId,
          rating: 5,
          boundariesRespected: true,
          helped: MARKS.VISIT_REFLECTIONS,
        },
      }),
    );
    // The plan for a hard day, agreed by everyone; then a hard day, in the patient's words.
    const versionId = await as(url, home.counselor, async (api) => {
      const { proposeLapsePlan } = await gql<{ proposeLapsePlan: { versions: { id: string }[] } }>(
        api,
        'mutation P($input: ProposeLapsePlanInput!) { proposeLapsePlan(input: $input) { versions { id } } }',
        {
          input: {
            planId: home.planId,
            whatItMeans: 'A hard day, not the end of anything',
            toldMemberIds: [home.members.mother],
            pausesVisits: false,
            maxPauseDays: 7,
            stepsBackIn: ['A talk with the counselor'],
          },
        },
      );
      return proposeLapsePlan.versions[0].id;
    });
    for (const who of [home.patient, home.mother, home.partner])
      await as(url, who, (api) =>
        gql(
          api,
          'mutation Ok($input: AcceptLapsePlanInput!) { acceptLapsePlan(input: $input) { planId } }',
          { input: { versionId } },
        ),
      );
    await as(url, home.patient, (api) =>
      gql(
        api,
        'mutation H($input: RecordSomethingHappenedInput!) { recordSomethingHappened(input: $input) { planId } }',
        {
          input: {
            planId: home.planId,
            happenedOn: new Date().toISOString().slice(0, 10),
            words: MARKS.PROGRESS,
          },
        },
      ),
    );
  });
  test.afterAll(() => setClock(0));

  test('every family page that shows consented data shows the notice; the others show none of it', async ({
    page,
    baseURL,
  }) => {
    const url = baseURL as string;
    const patient = await session(url);
    await signInApi(patient, home.patient.email, home.patient.password);
    await signIn(page, home.mother.email, home.mother.password);
    await expect(page).toHaveURL(/\/family/);

    const withoutNotice: string[] = [];
    const undisclosedWords: string[] = [];
    const disclosing: string[] = [];
    const marksSeen = new Set<string>();
    // Once in English and once in Spanish: the notice is the reader's, in their language.
    for (const language of ['EN', 'ES'] as const) {
      if (language === 'ES')
        await as(url, home.mother, (api) =>
          gql(api, 'mutation Lang { setLanguage(language: ES) { id } }'),
        );
      for (const path of familyPaths()) {
        const route = `/family${path ? `/${path}` : ''}`.replace(':planId', home.planId);
        // Every parameter is a plan id today; a page with another kind needs a value here.
        expect(route, `a family route with a parameter this walk cannot fill: ${path}`).not.toMatch(
          /\/:/,
        );
        const before = new Set(await disclosureIds(patient));
        await page.goto(route);
        // Settled: every request the page made has answered (live updates ride a websocket), and
        // no "Loading…" / "Cargando…" is left.
        await page.waitForLoadState('networkidle');
        await expect(page.getByRole('status').filter({ hasText: /…$/ })).toHaveCount(0);
        const disclosed = (await disclosureIds(patient)).some((id) => !before.has(id));
        const text = await page.locator('main').innerText();
        const marks = Object.values(MARKS).filter((mark) => text.includes(mark));
        marks.forEach((mark) => marksSeen.add(mark));
        if (disclosed) {
          disclosing.push(`${language} ${path}`);
          // A screen and an accessibility check of each page as the family member reads it.
          await checkPage(page, `notice-${language}-${path.split('/')[0] || 'home'}`);
          const notice = page.getByTestId('redisclosure-notice');
          const words = (await notice.count()) > 0 ? await notice.first().innerText() : '';
          if (!words.includes(redisclosureNotice(language)))
            withoutNotice.push(`${language} ${path}`);
        } else if (marks.length > 0) {
          undisclosedWords.push(`${language} ${path}: ${marks.join(', ')}`);
        }
      }
    }
    await patient.dispose();
    test.info().annotations.push({
      type: 'pages that disclosed',
      description: disclosing.join(', '),
    });

    expect(withoutNotice, 'family pages that show consented data without the notice').toEqual([]);
    expect(
      undisclosedWords,
      'family pages that show the patient’s words with no disclosure',
    ).toEqual([]);
    // The walk proves something only if the pages did show what was shared: each category's words
    // were read somewhere, and the family home (progress) disclosed.
    expect([...marksSeen].sort()).toEqual(Object.values(MARKS).sort());
    expect(disclosing).toContain('EN ');
    expect(disclosing).toContain('ES visits/:planId');
    expect(disclosing).toContain('ES lapse-plan/:planId');
  });

  test('the exports: the safety plan and home contract PDFs carry the notice; the calendar feed carries no patient data', async ({
    baseURL,
  }) => {
    const url = baseURL as string;
    await as(url, home.mother, async (api) => {
      // In Spanish: the PDF's notice is the reader's, in their language.
      await gql(api, 'mutation Lang { setLanguage(language: ES) { id } }');
      const { safetyPlanPdf } = await gql<{ safetyPlanPdf: string }>(
        api,
        'query Pdf($planId: ID!) { safetyPlanPdf(planId: $planId) }',
        { planId: home.planId },
      );
      const text = await pdfText(safetyPlanPdf);
      expect(text).toContain(MARKS.SAFETY_PLAN);
      expect(text).toContain(redisclosureNotice('ES').slice(0, 80));

      // The calendar feed is fetched by a calendar app, without a session or a page to show a
      // notice on: so it carries nothing of the patient's — neutral titles, no place, no names,
      // no reflections. That is what keeps it outside the notice; this checks it stays so.
      const { enableCalendarFeed } = await gql<{ enableCalendarFeed: { url: string } }>(
        api,
        'mutation Feed($planId: ID!) { enableCalendarFeed(planId: $planId) { url } }',
        { planId: home.planId },
      );
      const feed = await (await session(url)).get(new URL(enableCalendarFeed.url).pathname);
      expect(feed.status()).toBe(200);
      const ics = (await feed.text()).replace(/\r\n[ \t]/g, '');
      expect(ics).toContain(`UID:${visitId}@homeward`);
      for (const private_ of [
        NAMES.patient,
        NAMES.patient.split(' ')[0],
        'By phone',
        ...Object.values(MARKS),
      ])
        expect(ics).not.toContain(private_);
    });
    // The home contract PDF: the family's own agreement rather than a consent category, yet it
    // carries the notice always (it names the patient and their program). One expectation agreed
    // makes its first version. (The audit CSV is for admins only.)
    const expectationId = await as(url, home.mother, async (api) => {
      const { proposeExpectation } = await gql<{ proposeExpectation: { id: string } }>(
        api,
        'mutation E($input: ProposeExpectationInput!) { proposeExpectation(input: $input) { id } }',
        {
          input: {
            planId: home.planId,
            category: 'CONTACT',
            fromMemberId: home.members.mother,
            toMemberId: patientMember,
            appliesFromPhase: 1,
            text: 'A phone call on Sunday evenings',
          },
        },
      );
      return proposeExpectation.id;
    });
    await as(url, home.patient, (api) =>
      gql(
        api,
        'mutation Yes($input: AnswerExpectationInput!) { answerExpectation(input: $input) { id } }',
        { input: { expectationId, version: 1, decision: 'ACCEPT' } },
      ),
    );
    await as(url, home.mother, async (api) => {
      const { homeContractPdf } = await gql<{ homeContractPdf: string }>(
        api,
        'query C($input: ContractVersionInput!) { homeContractPdf(input: $input) }',
        { input: { planId: home.planId, version: 1 } },
      );
      const text = await pdfText(homeContractPdf);
      expect(text).toContain('A phone call on Sunday evenings');
      expect(text).toContain(redisclosureNotice('ES').slice(0, 80));
    });
  });
});
