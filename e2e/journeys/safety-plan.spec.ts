import { expect, test } from '@playwright/test';
import { as, Home, newHome, session, signIn as signInApi } from '../setup';
import { checkPage, setClock, signIn, signOut, signInAs } from '../support';

const NAMES = {
  counselor: 'Ruth Okafor',
  patient: 'Pat Alvarado',
  mother: 'Maria Alvarado',
  partner: 'Sam Alvarado',
};
const phone = { viewport: { width: 390, height: 844 } };
const FIRST_SIGN = 'Lying awake past midnight';
const NEW_SIGN = 'Skipping meals for a day';

test.describe('the safety plan', () => {
  test.setTimeout(480_000);
  let home: Home;

  test.beforeAll(async ({ baseURL }) => {
    setClock(0);
    home = await newHome(baseURL as string, NAMES);
  });

  test('Pat writes a safety plan and shares it with Maria; Maria reads it in Spanish; Sam cannot reach it; Pat changes it and the earlier version is kept', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();

    // One tap from his home: the link beside the crisis button.
    await signInAs(page, home.patient, 'patient');
    await page.getByTestId('safety-plan-link').click();
    await expect(page).toHaveURL(/\/patient\/safety-plan$/);
    await expect(page.getByTestId('safety-plan-form')).toBeVisible();
    await page.getByTestId('item-warningSigns-0').fill(FIRST_SIGN);
    await page.getByTestId('item-copingStrategies-0').fill('A walk by the river');
    await page.getByTestId('add-copingStrategies').click();
    await page.getByTestId('item-copingStrategies-1').fill('Music, loud');
    await page.getByTestId('item-distractions-0').fill('The library on Main Street');
    await page.getByTestId('item-peopleToAsk-0').fill('Maria');
    // Professionals and crisis lines start from his counselor and the program's lines.
    await page.getByTestId('add-suggested').click();
    await expect(page.getByTestId('item-professionals-0')).toHaveValue(/Ruth Okafor/);
    await expect(page.getByTestId('item-professionals-1')).toHaveValue(/988/);
    await page.getByTestId('item-saferSurroundings-0').fill('Keep no alcohol at home');
    await page.getByTestId('review-on').fill('2030-01-15');
    await page.getByTestId('safety-plan-save').click();
    await expect(page.getByTestId('safety-plan-saved')).toContainText('version 1');
    await checkPage(page, 'patient-safety-plan');

    // Shared with Maria by the consent he already knows, from the page itself.
    await expect(page.getByTestId(`reader-${NAMES.mother}`)).toContainText('cannot read it');
    await page.getByTestId('safety-plan-choose-readers').click();
    const motherCard = page.getByTestId('consent-member').filter({ hasText: NAMES.mother });
    await motherCard.getByTestId('consent-open').click();
    await motherCard.getByTestId('consent-category-SAFETY_PLAN').click();
    await motherCard.getByTestId('consent-signature').fill(NAMES.patient);
    await motherCard.getByTestId('consent-grant').click();
    await expect(page.getByTestId(`reader-${NAMES.mother}`)).toContainText('can read it');
    await expect(page.getByTestId(`reader-${NAMES.partner}`)).toContainText('cannot read it');
    await checkPage(page, 'patient-safety-plan-shared');
    await signOut(page);

    // Maria reads it, in Spanish, with the notice; she was told in words that name nothing.
    await signInAs(page, home.mother, 'family');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-es').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByTestId('open-safety-plan').click();
    await expect(page.getByTestId('family-safety-plan')).toContainText(
      'Un plan de seguridad compartido contigo',
    );
    await expect(page.getByTestId('section-warningSigns')).toContainText(FIRST_SIGN);
    await expect(page.getByTestId('section-warningSigns')).toContainText('Señales de alerta');
    await expect(page.getByTestId('redisclosure-notice')).toContainText('42 CFR parte 2');
    await checkPage(page, 'family-safety-plan-es');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-en').click();
    await signOut(page);

    // Sam, without the category: no link on his home, and the page has nothing for him.
    await signInAs(page, home.partner, 'family');
    await expect(page.getByTestId('open-agreement')).toBeVisible();
    await expect(page.getByTestId('open-safety-plan')).toHaveCount(0);
    await page.goto(`/family/safety-plan/${home.planId}`);
    await expect(page.getByTestId('safety-plan-not-shared')).toBeVisible();
    await expect(page.getByTestId('safety-plan-view')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(FIRST_SIGN);
    await checkPage(page, 'family-safety-plan-not-shared');
    await signOut(page);
    const refused = await as(baseURL as string, home.partner, async (api) => {
      const response = await api.post('/graphql', {
        data: {
          query: 'query Plan($id: ID!) { safetyPlan(planId: $id) { planId } }',
          variables: { id: home.planId },
        },
      });
      return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Pat changes it: a new version; the first is kept, word for word.
    await signInAs(page, home.patient, 'patient');
    await page.getByTestId('safety-plan-link').click();
    await expect(page.getByTestId('item-warningSigns-0')).toHaveValue(FIRST_SIGN);
    await page.getByTestId('item-warningSigns-0').fill(NEW_SIGN);
    await page.getByTestId('safety-plan-save').click();
    await expect(page.getByTestId('safety-plan-saved')).toContainText('version 2');
    const first = page.getByTestId('version-1');
    await first.locator('summary').click();
    await expect(first.getByTestId('section-warningSigns')).toContainText(FIRST_SIGN);
    await expect(page.getByTestId('version-2').getByTestId('section-warningSigns')).toContainText(
      NEW_SIGN,
    );
    await checkPage(page, 'patient-safety-plan-history');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-es').click();
    await expect(page.getByTestId('safety-plan-save')).toHaveText(/Guardar mi plan/);
    await checkPage(page, 'patient-safety-plan-es');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-en').click();
    await signOut(page);

    // The counselor reads it from the plan, every version (the read is audited).
    await signIn(page, home.counselor.email, home.counselor.password);
    // Signed in before going on: a navigation while the sign-in is still answering drops it.
    await expect(page).toHaveURL(/\/staff/);
    await page.goto(`/staff/plans/${home.planId}`);
    await page.getByTestId('open-safety-plan').click();
    await expect(page.getByTestId('section-warningSigns').first()).toContainText(NEW_SIGN);
    await expect(page.getByTestId('version-1')).toBeVisible();
    await checkPage(page, 'staff-safety-plan');
    await context.close();

    // Maria reads the version now current.
    const maria = await session(baseURL as string);
    await signInApi(maria, home.mother.email, home.mother.password);
    const response = await maria.post('/graphql', {
      data: {
        query:
          'query Plan($id: ID!) { safetyPlan(planId: $id) { current { version warningSigns } } }',
        variables: { id: home.planId },
      },
    });
    const answer = (await response.json()) as {
      data: { safetyPlan: { current: { version: number; warningSigns: string[] } } };
    };
    expect(answer.data.safetyPlan.current).toEqual({ version: 2, warningSigns: [NEW_SIGN] });
    await maria.dispose();
  });
});
