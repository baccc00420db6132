import { expect, Page, test } from '@playwright/test';
import { Home, newHome } from '../setup';
import { checkPage, setClock, signInAs } from '../support';

const NAMES = {
  counselor: 'Casey Moreno',
  patient: 'Pat Okafor',
  mother: 'Maria Okafor',
  partner: 'Sam Okafor',
};
const PATS_CELEBRATION = 'A welcome home party with everyone';
const PATS_ROUTINE = 'Sam and I cook together on weeknights';
const MARIAS_CELEBRATION = 'Una cena tranquila, solo nosotros, al principio';
const SUGGESTION = 'A quiet first weekend, a celebration later';
const phone = { viewport: { width: 390, height: 844 } };

/** Writes a hope on a topic, for the people named (everyone else is unticked). */
async function hope(page: Page, topic: string, words: string, unticked: string[] = []) {
  const card = page.getByTestId(`first-weeks-${topic}`);
  await card.getByTestId('first-weeks-write').click();
  await card.getByTestId('first-weeks-words').fill(words);
  for (const name of unticked) await card.getByRole('checkbox', { name }).uncheck();
  await card.getByTestId('first-weeks-save').click();
  await expect(card.getByTestId('first-weeks-mine')).toHaveText(words);
}

test.describe('the first weeks at home, prepared', () => {
  test.setTimeout(240_000);
  let home: Home;

  test.beforeAll(async ({ baseURL }) => {
    setClock(0);
    home = await newHome(baseURL as string, NAMES);
  });

  test('Pat and Maria write what they hope for, Casey suggests a gentle start, and Maria reads the gap in Spanish', async ({
    browser,
  }) => {
    const pat = await (await browser.newContext(phone)).newPage();
    const maria = await (await browser.newContext(phone)).newPage();
    const casey = await (await browser.newContext(phone)).newPage();

    // Pat, from his home: a party for everyone; a routine meant for Sam alone.
    await signInAs(pat, home.patient, 'patient');
    await pat.getByTestId('open-first-weeks').click();
    await expect(pat).toHaveURL(/\/patient\/first-weeks$/);
    await expect(pat.getByTestId('crisis-button')).toBeVisible();
    await hope(pat, 'CELEBRATIONS', PATS_CELEBRATION);
    await hope(pat, 'ROUTINES', PATS_ROUTINE, [NAMES.mother]);
    await expect(
      pat.getByTestId('first-weeks-ROUTINES').getByText(`For ${NAMES.partner}`),
    ).toBeVisible();
    await checkPage(pat, 'first-weeks-patient');

    // Maria, in Spanish: Pat's hope for her beside her own, which she writes for Pat alone.
    await signInAs(maria, home.mother, 'family');
    const saved = maria.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().postDataJSON()?.operationName === 'SetLanguage',
    );
    await maria.getByTestId('language-menu').click();
    await maria.getByTestId('language-es').click();
    expect((await saved).ok()).toBe(true);
    await maria.getByTestId('open-first-weeks').click();
    await expect(maria.getByRole('heading', { level: 1 })).toHaveText(
      'Las primeras semanas en casa',
    );
    const celebrations = maria.getByTestId('first-weeks-CELEBRATIONS');
    await expect(celebrations.getByRole('heading', { level: 2 })).toHaveText('Celebraciones');
    await expect(celebrations.getByTestId('first-weeks-other')).toContainText(PATS_CELEBRATION);
    // Pat's words reach her with the §2.32 notice; his routine was for Sam, never for her.
    await expect(maria.getByTestId('redisclosure-notice')).toContainText('42 CFR parte 2');
    await expect(maria.getByText(PATS_ROUTINE)).toHaveCount(0);
    await hope(maria, 'CELEBRATIONS', MARIAS_CELEBRATION, [NAMES.partner]);

    // Casey reads everyone's hopes side by side and suggests a gentle start.
    await signInAs(casey, home.counselor, 'staff');
    await casey.goto(`/staff/plans/${home.planId}`);
    await casey.getByTestId('open-first-weeks').click();
    await expect(casey).toHaveURL(new RegExp(`/staff/plans/${home.planId}/first-weeks$`));
    const staffCard = casey.getByTestId('first-weeks-CELEBRATIONS');
    await expect(staffCard.getByTestId('first-weeks-other')).toHaveCount(2);
    await expect(casey.getByTestId('first-weeks-ROUTINES')).toContainText(PATS_ROUTINE);
    await staffCard.getByTestId('first-weeks-suggestion-CELEBRATIONS').fill(SUGGESTION);
    await staffCard.getByTestId('first-weeks-suggest-CELEBRATIONS').click();
    await expect(staffCard.getByTestId('first-weeks-suggestion')).toContainText(SUGGESTION);
    await checkPage(casey, 'first-weeks-staff');

    // Maria's open page hears of it and reads it again: the suggestion beside both hopes.
    await expect(celebrations.getByTestId('first-weeks-suggestion')).toContainText(SUGGESTION);
    await expect(celebrations.getByTestId('first-weeks-suggestion')).toContainText(
      `${NAMES.counselor} sugiere`,
    );
    await expect(celebrations.getByTestId('first-weeks-mine')).toHaveText(MARIAS_CELEBRATION);
    await expect(celebrations.getByTestId('first-weeks-other')).toContainText(PATS_CELEBRATION);
    await checkPage(maria, 'first-weeks-family-es');

    // Pat reads Maria's hope beside his own; the difference is there before it hurts.
    await pat.reload();
    const patCard = pat.getByTestId('first-weeks-CELEBRATIONS');
    await expect(patCard.getByTestId('first-weeks-other')).toContainText(MARIAS_CELEBRATION);
    await expect(patCard.getByTestId('first-weeks-suggestion')).toContainText(SUGGESTION);
    await checkPage(pat, 'first-weeks-patient-gap');
  });
});
