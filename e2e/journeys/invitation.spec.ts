import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn, signOut } from '../support';

test('a counselor invites a family member, who accepts, sets a password and signs in', async ({
  page,
}) => {
  const email = `aunt.${Date.now()}@example.org`;
  const password = 'sunday dinners are back on';

  await signIn(page, DEMO.counselor);
  await expect(page.getByTestId('staff-home')).toBeVisible();
  await expect(page.getByTestId('person-row').first()).toBeVisible();
  await checkPage(page, 'staff-home');

  await page.getByTestId('invite-email').fill(email);
  await page.getByTestId('invite-role').click();
  await page.getByRole('option', { name: /family/i }).click();
  await page.getByTestId('invite-name').fill('Aunt Lucía');
  await page.getByTestId('invite-submit').click();
  const link = page.getByTestId('invite-link');
  await expect(link).toContainText('/invite/');
  const acceptUrl = (await link.textContent())?.trim() ?? '';
  await expect(page.getByTestId('invitation-row').filter({ hasText: email })).toBeVisible();
  await checkPage(page, 'staff-invited');
  await signOut(page);

  await page.goto(new URL(acceptUrl).pathname);
  await expect(page.getByText(email)).toBeVisible();
  await page.getByTestId('accept-name').fill('Lucía');
  await page.getByTestId('accept-password').fill('short');
  await page.getByTestId('accept-submit').click();
  await expect(page.getByTestId('accept-error')).toContainText(/15/);
  await checkPage(page, 'accept-invitation');
  await page.getByTestId('accept-password').fill(password);
  await page.getByTestId('accept-submit').click();
  await expect(page).toHaveURL(/\/family/);
  await expect(page.getByTestId('greeting')).toContainText('Lucía');
  await signOut(page);

  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/family/);
  await expect(page.getByTestId('crisis-button')).toBeVisible();
});
