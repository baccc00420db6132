import { expect, Page, test } from '@playwright/test';
import { as, gql, grantConsent, Home, newHome } from '../setup';
import { checkPage, DEMO, signIn, signOut } from '../support';

const NAMES = {
  counselor: 'Robin Okafor',
  patient: 'Pat Rivera',
  mother: 'Maria Rivera',
  partner: 'Sam Rivera',
};
/** Pat's own note of how to reach Lee: never shown to a family member. */
const LEE_PHONE = '555-0142 (evenings)';
const SESSION = 'Family night: what helps';
const SESSION_ES = 'Noche familiar: lo que ayuda';

async function addPerson(
  page: Page,
  person: { name: string; kind: string; mark: string; condition?: string; contact?: string },
): Promise<void> {
  await page.getByTestId('support-name').fill(person.name);
  await page.getByTestId('support-kind').selectOption(person.kind);
  await page.getByTestId(`support-mark-${person.mark}`).check();
  if (person.condition) await page.getByTestId('support-condition').fill(person.condition);
  if (person.contact) await page.getByTestId('support-contact').fill(person.contact);
  await page.getByTestId('support-save').click();
  await expect(page.getByTestId('support-table')).toContainText(person.name);
}

test('the support network and the family track: Pat draws and shares her network, Maria marks a session and sees her stress in Spanish', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const url = baseURL as string;
  const home: Home = await newHome(url, NAMES);

  // Avery, the admin, adds an education session and a skill module to the family track.
  await signIn(page, DEMO.admin);
  await page.getByTestId('open-family-track').click();
  await expect(page.getByTestId('admin-family-track')).toBeVisible();
  await page.getByTestId('family-track-kind').selectOption('EDUCATION_SESSION');
  await page.getByTestId('family-track-title').fill(SESSION);
  await page.getByTestId('family-track-title-es').fill(SESSION_ES);
  await page.getByTestId('family-track-summary').fill('An evening with other families.');
  await page.getByTestId('family-track-summary-es').fill('Una tarde con otras familias.');
  await page.getByTestId('family-track-link').fill('https://example.org/family-night');
  await page.getByTestId('family-track-save').click();
  await expect(page.getByTestId('admin-family-track-done')).toContainText(SESSION);
  await page
    .getByTestId('family-track-suggestion')
    .filter({ hasText: 'CRAFT: positive communication' })
    .click();
  await page.getByTestId('family-track-save').click();
  await expect(page.getByTestId('admin-family-track-done')).toContainText('CRAFT');
  await checkPage(page, 'admin-family-track');
  await signOut(page);

  // Pat draws her network: one safe, one conditional, one to keep at a distance.
  // Pat reads Homeward in Spanish too (kept on her account).
  await as(url, home.patient, (api) =>
    gql(api, 'mutation Lang { setLanguage(language: ES) { id } }', {}),
  );
  await signIn(page, home.patient.email, home.patient.password);
  await page.getByTestId('open-support-network').click();
  await expect(page.getByTestId('patient-support-network')).toContainText('Red de apoyo');
  await expect(page.getByTestId('support-privacy')).toBeVisible();
  await addPerson(page, { name: 'Lee', kind: 'SPONSOR', mark: 'SAFE', contact: LEE_PHONE });
  await addPerson(page, {
    name: 'Jordan',
    kind: 'FRIEND',
    mark: 'CONDITIONAL',
    condition: 'Only in daylight, somewhere public',
  });
  await addPerson(page, { name: 'The old crowd', kind: 'OTHER', mark: 'KEEP_DISTANCE' });
  await expect(page.getByTestId('support-row-SAFE')).toContainText(LEE_PHONE);
  await expect(page.getByTestId('ring-person-KEEP_DISTANCE')).toHaveCount(1);
  await checkPage(page, 'patient-support-network-es');
  // "Choose who may read it" leads to the consent the patient already knows.
  await page.getByTestId('support-choose-readers').click();
  await expect(page.getByTestId('consent-centre')).toBeVisible();
  await signOut(page);
  // Pat shares it with Maria (the consent flow itself is proven in plan-consent.spec).
  await grantConsent(url, home, home.members.mother, ['PROGRESS', 'SUPPORT_NETWORK']);

  // Maria reads it in Spanish: names and marks, the notice, never Lee's phone.
  // Maria reads Homeward in Spanish (kept on her account, as the settings page keeps it).
  await as(url, home.mother, (api) =>
    gql(api, 'mutation Lang { setLanguage(language: ES) { id } }', {}),
  );
  await signIn(page, home.mother.email, home.mother.password);
  await expect(page.getByTestId('open-family-track')).toContainText('Mi propio camino');
  await page.getByTestId('open-support-network').click();
  const network = page.getByTestId('support-network');
  await expect(network.getByTestId('support-table')).toContainText('Jordan');
  await expect(network.getByTestId('support-row-CONDITIONAL')).toContainText(
    'Segura con una condición',
  );
  await expect(network.getByTestId('redisclosure-notice')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(LEE_PHONE);
  await expect(page.getByTestId('support-form')).toHaveCount(0);
  await checkPage(page, 'family-support-network-es');

  // Her own track: she went to the family night, and her part of the plan moves.
  await page.goto('/family');
  const milestone = page
    .getByTestId('own-milestones')
    .getByTestId('milestone')
    .filter({ hasText: 'educación familiar' });
  await expect(milestone).toHaveAttribute('data-status', 'NOT_STARTED');
  await page.getByTestId('open-family-track').click();
  await page
    .getByTestId('family-track-item')
    .filter({ hasText: SESSION_ES })
    .getByTestId('family-track-mark')
    .click();
  await expect(page.getByTestId('family-track-status')).toContainText(SESSION_ES);
  await expect(page.getByTestId('family-track-marks')).toContainText(SESSION_ES);
  await page.goto('/family');
  await expect(milestone).toHaveAttribute('data-status', 'ACHIEVED');

  // Her stress over the last days, from her own check-ins, as a chart with a table.
  for (const [stress, key] of [
    [4, 'maria-stress-1'],
    [2, 'maria-stress-2'],
  ] as const) {
    await as(url, home.mother, (api) =>
      gql(
        api,
        'mutation Check($input: FamilyCheckInInput!) { submitFamilyCheckIn(input: $input) { id } }',
        {
          input: {
            planId: home.planId,
            stress,
            wantsSupport: stress > 3,
            attendedMeeting: false,
            idempotencyKey: key,
          },
        },
      ),
    );
  }
  await page.getByTestId('open-family-track').click();
  await expect(page.getByTestId('stress-chart')).toBeVisible();
  await expect(page.getByTestId('stress-table')).toContainText('2 / 5');
  await expect(page.getByTestId('family-track')).toContainText('Mi estrés y mi apoyo');
  await checkPage(page, 'family-track-es');
  await signOut(page);

  // Sam, without the category, has no way to it: no link, and the page reads as not found.
  await signIn(page, home.partner.email, home.partner.password);
  await expect(page.getByTestId('open-family-track')).toBeVisible();
  await expect(page.getByTestId('open-support-network')).toHaveCount(0);
  await page.goto(`/family/support-network/${home.planId}`);
  // Read in kind words, like the safety plan: not an error, and no hint that anything is there.
  await expect(page.getByTestId('support-not-shared')).toContainText('nothing here for you');
  await expect(page.getByTestId('support-rings')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('Jordan');
  await checkPage(page, 'family-support-network-not-shared');
  // Nor does Maria's stress reach him.
  await page.goto(`/family/track/${home.planId}`);
  await expect(page.getByTestId('stress-empty')).toBeVisible();
  await signOut(page);

  // Staff read the network (contact details too: they help keep it) and the family's marks.
  await signIn(page, DEMO.admin);
  await expect(page.getByTestId('open-family-track')).toBeVisible();
  await page.goto(`/staff/plans/${home.planId}`);
  await page.getByTestId('open-support').click();
  await expect(page.getByTestId('support-row-SAFE')).toContainText(LEE_PHONE);
  await expect(page.getByTestId('family-track-staff')).toContainText(NAMES.mother);
  await checkPage(page, 'staff-plan-support');
  await signOut(page);
});
