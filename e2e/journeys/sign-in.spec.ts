import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn, signOut } from '../support';

const PEOPLE = [
  { who: 'admin', email: DEMO.admin, area: 'staff' },
  { who: 'counselor', email: DEMO.counselor, area: 'staff' },
  { who: 'patient', email: DEMO.patient, area: 'patient' },
  { who: 'mother', email: DEMO.mother, area: 'family' },
  { who: 'partner', email: DEMO.partner, area: 'family' },
] as const;

test('the login page is welcoming and accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('login-email')).toBeVisible();
  await checkPage(page, 'login');
});

for (const person of PEOPLE) {
  test(`the ${person.who} signs in and lands in the ${person.area} area`, async ({ page }) => {
    await signIn(page, person.email);
    await expect(page).toHaveURL(new RegExp(`/${person.area}`));
    await expect(page.getByTestId(`${person.area}-home`)).toBeVisible();
    await expect(page.getByTestId('greeting')).toBeVisible();
    if (person.area !== 'staff') {
      // Crisis resources are one tap away on every patient and family page.
      await page.getByTestId('crisis-button').click();
      const panel = page.getByTestId('crisis-panel');
      await expect(panel.locator('a[href="tel:988"]')).toBeVisible();
      await expect(panel.locator('a[href="sms:988"]')).toBeVisible();
      await expect(panel.locator('a[href="tel:18006624357"]')).toBeVisible();
      await checkPage(page, `${person.who}-crisis`);
      await page.keyboard.press('Escape');
    }
    await checkPage(page, `${person.who}-home`);
    await signOut(page);
  });
}

test('a wrong password gets a clear message and no way in', async ({ page }) => {
  await signIn(page, DEMO.patient, 'this is not the password');
  await expect(page.getByTestId('login-error')).toContainText(/don't match/i);
  await expect(page).toHaveURL(/\/login/);
  await checkPage(page, 'login-wrong-password');
});

test('a person cannot open another area', async ({ page }) => {
  await signIn(page, DEMO.mother);
  await expect(page).toHaveURL(/\/family/);
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/family/);
});
