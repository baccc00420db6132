import { expect, Page, test } from '@playwright/test';
import { as, gql, newHome } from '../setup';
import { checkPage, DEMO, signIn, signOut, totpCode } from '../support';

const PROGRAM = 'Harbor House Recovery (demo)';

/** Nothing wider than the phone: no sideways scrolling on the bus. */
async function expectFitsThePhone(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 390);
}

/** The account menu's entry to another place, by its role. */
async function switchTo(page: Page, role: string): Promise<void> {
  await page.getByTestId('account-menu').click();
  await page.locator(`[data-testid="switch-place"][data-role="${role}"]`).click();
}

test('a counselor who is also the admin: joins as admin with their own password and code, chooses where they are after sign-in, and switches from the account menu, in English and Spanish, on a phone', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  // A home of its own: its counselor has two-step sign-in on (the journeys require it of staff).
  const home = await newHome(baseURL as string, {
    counselor: 'Jordan Lee',
    patient: 'Noel Park',
    mother: 'Hana Park',
    partner: 'Ari Park',
  });
  const jordan = home.counselor;
  const acceptUrl = await as(baseURL as string, DEMO.admin, async (admin) => {
    const { createInvitation } = await gql<{ createInvitation: { acceptUrl: string } }>(
      admin,
      'mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { acceptUrl } }',
      { input: { email: jordan.email, role: 'ADMIN', displayName: jordan.name } },
    );
    return createInvitation.acceptUrl;
  });

  // Jordan already has an account: their own password, then a code from their app, adds the role.
  await page.goto(new URL(acceptUrl).pathname);
  await expect(page.getByTestId('accept-preview')).toContainText('program admin');
  await page.getByTestId('accept-name').fill(jordan.name);
  await page.getByTestId('accept-password').fill(jordan.password);
  await page.getByTestId('accept-submit').click();
  await expect(page.getByTestId('accept-code')).toBeVisible();
  await expectFitsThePhone(page);
  await checkPage(page, 'several-memberships-accept-code');
  await page.getByTestId('accept-code').fill(totpCode(jordan.email));
  await page.getByTestId('accept-submit').click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByTestId('open-audit')).toBeVisible();
  await signOut(page);

  // Signing in now asks where they are today.
  await signIn(page, jordan.email, jordan.password);
  await expect(page).toHaveURL(/\/choose$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where are you today?');
  const places = page.getByTestId('choose-place');
  await expect(places).toHaveCount(2);
  await expect(places.nth(0)).toContainText(`Admin at ${PROGRAM}`);
  await expect(places.nth(1)).toContainText(`Counselor at ${PROGRAM}`);
  await expect(places.nth(1)).toContainText('You are here now');
  await expectFitsThePhone(page);
  await checkPage(page, 'several-memberships-choose');

  // As the counselor: the caseload, and none of the admin's pages.
  await page.locator('[data-testid="choose-place"][data-role="COUNSELOR"]').click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByTestId('open-caseload')).toBeVisible();
  await expect(page.getByTestId('open-audit')).toHaveCount(0);
  await page.goto('/staff/audit');
  await expect(page).toHaveURL(/\/staff$/);

  // The account menu says where they are and moves them to the admin membership.
  await page.getByTestId('account-menu').click();
  await expect(page.getByTestId('place-now')).toHaveText(`Counselor at ${PROGRAM}`);
  await checkPage(page, 'several-memberships-menu');
  await page.keyboard.press('Escape');
  await switchTo(page, 'ADMIN');
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByTestId('open-audit')).toBeVisible();
  await page.getByTestId('open-audit').click();
  await expect(page).toHaveURL(/\/staff\/audit$/);

  // In Spanish: the chooser after sign-in, and the menu's switcher.
  await page.getByTestId('language-menu').click();
  await page.getByTestId('language-es').click();
  await expect(page.getByTestId('language-menu')).toContainText('Español');
  await signOut(page);
  await signIn(page, jordan.email, jordan.password);
  await expect(page).toHaveURL(/\/choose$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Dónde estás hoy?');
  await expect(page.locator('[data-testid="choose-place"][data-role="ADMIN"]')).toContainText(
    `Administración en ${PROGRAM}`,
  );
  await expectFitsThePhone(page);
  await checkPage(page, 'several-memberships-choose-es');
  await page.locator('[data-testid="choose-place"][data-role="ADMIN"]').click();
  await expect(page.getByTestId('open-audit')).toBeVisible();
  await page.getByTestId('account-menu').click();
  await expect(page.getByTestId('place-now')).toHaveText(`Administración en ${PROGRAM}`);
  await expect(page.locator('[data-testid="switch-place"][data-role="COUNSELOR"]')).toHaveText(
    `Ir a: Consejería en ${PROGRAM}`,
  );
  await checkPage(page, 'several-memberships-menu-es');
  await page.keyboard.press('Escape');
  await switchTo(page, 'COUNSELOR');
  await expect(page.getByTestId('open-caseload')).toBeVisible();
  await expect(page.getByTestId('open-audit')).toHaveCount(0);
  // The page loads afresh at the new place: once its menu answers, it says they are the counselor.
  await expect(async () => {
    await page.getByTestId('account-menu').click();
    await expect(page.getByTestId('place-now')).toHaveText(`Consejería en ${PROGRAM}`, {
      timeout: 2_000,
    });
  }).toPass({ timeout: 30_000 });
  await page.keyboard.press('Escape');

  // People with one membership are not asked: the demo counselor goes straight to work.
  await signOut(page);
  await signIn(page, DEMO.counselor);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByTestId('account-menu')).toBeVisible();
  await page.getByTestId('account-menu').click();
  await expect(page.getByTestId('switch-place')).toHaveCount(0);
});
