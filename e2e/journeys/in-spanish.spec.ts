import { expect, Page, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { DEFAULT_LADDER, describeReason, redisclosureNotice } from '@homeward/domain';
import { as, gql, Home, newHome } from '../setup';
import { checkPage, choose, signIn, signOut } from '../support';

const NAMES = {
  counselor: 'Inés Castillo',
  patient: 'Mateo Ruiz',
  mother: 'Lucía Ruiz',
  partner: 'Dani Ruiz',
};

/** Picks a language from the menu and waits until the account keeps it (the API words the PDF in it). */
async function chooseLanguage(page: Page, language: 'es' | 'en'): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      response.request().postDataJSON()?.operationName === 'SetLanguage',
  );
  await page.getByTestId('language-menu').click();
  await page.getByTestId(`language-${language}`).click();
  expect((await saved).ok()).toBe(true);
}

/** Text as one line: a PDF's words come back broken across lines wherever the page wrapped them. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe('in Spanish', () => {
  test.setTimeout(120_000);
  let home: Home;

  // A home with a contract to download: the partner states a boundary, the patient says they understand it.
  test.beforeAll(async ({ baseURL }) => {
    const url = baseURL as string;
    home = await newHome(url, NAMES);
    const patientMemberId = await as(url, home.patient, async (api) => {
      const { agreement } = await gql<{ agreement: { members: { id: string; isMe: boolean }[] } }>(
        api,
        'query Agreement($id: ID!) { agreement(id: $id) { members { id isMe } } }',
        { id: home.planId },
      );
      const me = agreement.members.find((m) => m.isMe);
      if (!me) throw new Error('The patient is not among the agreement members');
      return me.id;
    });
    const boundary = await as(url, home.partner, async (api) => {
      const { stateBoundary } = await gql<{
        stateBoundary: { id: string; currentVersion: number };
      }>(
        api,
        'mutation State($input: StateBoundaryInput!) { stateBoundary(input: $input) { id currentVersion } }',
        {
          input: {
            planId: home.planId,
            need: 'Quiet evenings at home after nine',
            ifCrossed: 'I will take a walk and we talk in the morning',
            category: 'HOUSEHOLD',
            appliesToMemberIds: [patientMemberId],
            visibility: 'PLAN',
          },
        },
      );
      return stateBoundary;
    });
    await as(url, home.patient, (api) =>
      gql(
        api,
        'mutation Ack($input: AcknowledgeBoundaryInput!) { acknowledgeBoundary(input: $input) { id } }',
        { input: { boundaryId: boundary.id, version: boundary.currentVersion } },
      ),
    );
  });

  test('a mother reading in Spanish is told in Spanish why an overnight stay is not possible yet, and downloads the home contract in Spanish', async ({
    page,
  }) => {
    const { mother } = home;
    const [firstPhase] = DEFAULT_LADDER;
    expect(firstPhase.contactTypes).not.toContain('OVERNIGHT');

    await signIn(page, mother.email, mother.password);
    await expect(page).toHaveURL(/\/family/);
    await chooseLanguage(page, 'es');

    // She asks for an overnight stay with her son: the first phase does not include it yet.
    await page.getByTestId('open-visits').click();
    await expect(page).toHaveURL(/\/family\/visits\/[0-9a-f-]+$/);
    await page.getByTestId('visit-request-open').click();
    await choose(page, 'visit-type', 'Noches en casa');
    await page.getByTestId('visit-place').fill('En casa');
    await page.getByTestId('visit-submit').click();
    await expect(page.getByTestId('visit-request-error')).toHaveText(
      describeReason(
        'CONTACT_TYPE_NOT_ALLOWED',
        { phase: firstPhase.name, contactType: 'OVERNIGHT' },
        'ES',
      ),
    );
    await checkPage(page, 'in-spanish-visit-refused-es');

    // The home contract downloads in her language, the §2.32 notice included.
    await page.goto(`/family/agreement/${home.planId}`);
    const contract = page.getByTestId('contract');
    await expect(contract.getByTestId('contract-boundaries')).toContainText(
      'Quiet evenings at home after nine',
    );
    await checkPage(page, 'in-spanish-contract-es');
    const downloading = page.waitForEvent('download');
    await contract.getByTestId('contract-download').click();
    const download = await downloading;
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(await download.path())));
    const text = oneLine((await extractText(pdf, { mergePages: true })).text);
    expect(text).toContain('Contrato del hogar');
    expect(text).toContain('Límites que hemos escuchado');
    expect(text).toContain('Aviso de confidencialidad (42 CFR §2.32)');
    expect(text).toContain(oneLine(redisclosureNotice('ES')));
    expect(text).not.toContain('Home contract');
    expect(text).not.toContain(oneLine(redisclosureNotice('EN')));

    // Back to English, so whoever signs in next reads as before.
    await chooseLanguage(page, 'en');
    await expect(page.getByTestId('language-menu')).toContainText('English');
    await signOut(page);
  });
});
