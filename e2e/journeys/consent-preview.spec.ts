import { expect, test } from '@playwright/test';
import { as, gql, Home, newHome } from '../setup';
import { checkPage, setClock, signInAs } from '../support';

const NAMES = {
  counselor: 'Casey Moreno',
  patient: 'Pat Quintero',
  mother: 'Maria Quintero',
  partner: 'Sam Quintero',
};
const SHARED_NOTE = 'A long walk by the river after dinner';
const phone = { viewport: { width: 390, height: 844 } };

test.describe('the consent preview shows every category, and "who saw what" names the records', () => {
  test.setTimeout(240_000);
  let home: Home;

  test.beforeAll(async ({ baseURL }) => {
    const url = baseURL as string;
    setClock(0);
    home = await newHome(url, NAMES);
    // Something to share in three categories: a check-in with a note for the plan, a safety
    // plan, and a support network.
    await as(url, home.patient, async (api) => {
      await gql(
        api,
        'mutation CheckIn($i: PatientCheckInInput!) { submitCheckIn(input: $i) { id } }',
        {
          i: {
            planId: home.planId,
            idempotencyKey: `consent-preview-${Date.now()}`,
            mood: 4,
            craving: 1,
            attendedMeeting: true,
            note: SHARED_NOTE,
            noteVisibility: 'PLAN',
          },
        },
      );
      await gql(
        api,
        'mutation Save($i: SaveSafetyPlanInput!) { saveSafetyPlan(input: $i) { planId } }',
        {
          i: {
            planId: home.planId,
            warningSigns: ['Lying awake past midnight'],
            copingStrategies: ['A walk around the block'],
            distractions: [],
            peopleToAsk: ['Maria'],
            professionals: [],
            saferSurroundings: [],
          },
        },
      );
      await gql(
        api,
        'mutation Add($i: AddSupportPersonInput!) { addSupportPerson(input: $i) { id } }',
        {
          i: {
            planId: home.planId,
            kind: 'SPONSOR',
            name: 'Lee',
            mark: 'SAFE',
            contact: '555-0199',
          },
        },
      );
    });
  });

  test('Pat previews every category for Maria, in English and Spanish, shares, and reads what she saw', async ({
    browser,
    baseURL,
  }) => {
    const pat = await (await browser.newContext(phone)).newPage();
    await signInAs(pat, home.patient, 'patient');
    const motherCard = pat.getByTestId('consent-member').filter({ hasText: NAMES.mother });
    await motherCard.getByTestId('consent-open').click();
    for (const category of [
      'PROGRESS',
      'CHECKINS',
      'VISIT_REFLECTIONS',
      'SAFETY_PLAN',
      'SUPPORT_NETWORK',
    ])
      await motherCard.getByTestId(`consent-category-${category}`).click();
    const preview = motherCard.getByTestId('consent-preview');
    // The very records Maria would read, category by category; nothing of what is not chosen.
    await expect(preview.getByTestId('consent-shown-CHECKINS')).toContainText(SHARED_NOTE);
    await expect(preview.getByTestId('consent-shown-PROGRESS')).toContainText('The plan began');
    await expect(preview.getByTestId('consent-shown-SAFETY_PLAN')).toContainText(
      'Lying awake past midnight',
    );
    await expect(preview.getByTestId('consent-shown-SUPPORT_NETWORK')).toContainText('Lee');
    // Never a contact detail, not even in the preview.
    await expect(preview).not.toContainText('555-0199');
    await expect(preview.getByTestId('consent-shown-VISIT_REFLECTIONS')).toContainText(
      'Nothing here yet',
    );
    await expect(preview.getByTestId('consent-shown-ATTENDANCE')).toHaveCount(0);
    await checkPage(pat, 'patient-consent-preview-every-category');

    // In Spanish (the page reads the plan again, so the form opens afresh).
    await pat.getByTestId('language-menu').click();
    await pat.getByTestId('language-es').click();
    await expect(pat.getByText('Hola, Pat Quintero')).toBeVisible();
    await motherCard.getByTestId('consent-open').click();
    for (const category of ['CHECKINS', 'VISIT_REFLECTIONS', 'SAFETY_PLAN', 'SUPPORT_NETWORK'])
      await motherCard.getByTestId(`consent-category-${category}`).click();
    await expect(preview.getByTestId('consent-shown-CHECKINS')).toContainText('Registros diarios');
    await expect(preview.getByTestId('consent-shown-CHECKINS')).toContainText(/Ánimo:\s*Bien/);
    await expect(preview.getByTestId('consent-shown-VISIT_REFLECTIONS')).toContainText(
      'Todavía no hay nada aquí',
    );
    await checkPage(pat, 'patient-consent-preview-every-category-es');

    await motherCard.getByTestId('consent-signature').fill(NAMES.patient);
    await motherCard.getByTestId('consent-grant').click();
    await expect(motherCard.getByTestId('consent-active')).toBeVisible();

    // Maria reads Pat's check-ins and support network.
    await as(baseURL as string, home.mother, async (api) => {
      await gql(api, 'query Track($p: ID!) { trackRecord(planId: $p) { notice } }', {
        p: home.planId,
      });
      await gql(api, 'query Network($p: ID!) { supportNetwork(planId: $p) { notice } }', {
        p: home.planId,
      });
    });
    await pat.reload();
    const seen = pat.getByTestId('disclosure');
    await expect(seen.first()).toContainText('Maria vio tu red de apoyo (1 persona)');
    await expect(seen.nth(1)).toContainText(/Maria vio 1 registro diario \(\d+ \w+\)/);
    await pat.getByTestId('disclosures').scrollIntoViewIfNeeded();
    await checkPage(pat, 'patient-who-saw-what-es');

    await pat.getByTestId('language-menu').click();
    await pat.getByTestId('language-en').click();
    await pat.reload();
    await expect(seen.first()).toContainText('Maria saw your support network (1 person)');
    await expect(seen.nth(1)).toContainText(/Maria saw 1 check-in \(\w+ \d+\)/);
    await checkPage(pat, 'patient-who-saw-what');
  });
});
