import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const DEMO_PASSWORD = 'homeward-demo-2026';
export const DEMO = {
  admin: 'admin@harbor.example',
  counselor: 'counselor@harbor.example',
  patient: 'patient@harbor.example',
  mother: 'mother@harbor.example',
  partner: 'partner@harbor.example',
} as const;

/** Checks the page with axe and keeps a screenshot of it as an artifact. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/artifacts/screens/${name}.png`, fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `accessibility problems on ${name}`).toEqual([]);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

export async function signOut(page: Page): Promise<void> {
  const menu = page.getByTestId('account-menu');
  if (await menu.isVisible()) await menu.click();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
}

/** Opens a Material select by its test id and picks the option whose text matches. */
export async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  // From the keyboard: an empty select's floating label lies over its trigger and takes the click.
  await page.getByTestId(testId).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/**
 * The file the API reads its moved clock from (CLOCK_OFFSET_FILE): real time plus the number of
 * days written in it. One per port, under the git-ignored .data folder.
 */
export function clockFile(port = Number(process.env['E2E_PORT'] ?? 3100)): string {
  return resolve(__dirname, '..', '.data', `e2e-clock-${port}`);
}

/**
 * Moves the API's clock to `days` after real time (0: back to now). Sessions end after 12 hours,
 * so whoever was signed in signs in again after a move.
 */
export function setClock(days: number): void {
  const file = clockFile();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, String(days));
}
