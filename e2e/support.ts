import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

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
  expect(await policyViolations(page), `Content-Security-Policy refusals on ${name}`).toEqual([]);
}

/** What the page's Content-Security-Policy refused since it loaded (the browser keeps the reports). */
function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const observer = new ReportingObserver(() => undefined, {
      types: ['csp-violation'],
      buffered: true,
    });
    observer.observe();
    const reports = observer.takeRecords();
    observer.disconnect();
    return reports.map((report) => {
      const body = report.body as unknown as { effectiveDirective: string; blockedURL: string };
      return `${body.effectiveDirective}: ${body.blockedURL}`;
    });
  });
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

/** The port of the journeys' SMTP server (started by global-setup.ts; the app's SMTP_URL). */
export function smtpPort(port = Number(process.env['E2E_PORT'] ?? 3100)): number {
  return Number(process.env['E2E_SMTP_PORT'] ?? port + 1000);
}

/** Where the journeys' SMTP server writes each mail it receives, as JSON; one folder per port. */
export function mailFolder(port = Number(process.env['E2E_PORT'] ?? 3100)): string {
  return resolve(__dirname, 'artifacts', `mail-${port}`);
}

/** A mail as the journeys' SMTP server received it. */
export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
}

/** Mails already handed to a journey in this worker, so each is returned once. */
const taken = new Set<string>();

/**
 * The next mail to `to` (whose subject contains `subjectContains`, when given) that no earlier
 * call returned: one already received, or the first to arrive within `timeoutMs`. Waits on the
 * folder's changes, not on a timer.
 */
export function nextMail(
  match: { to: string; subjectContains?: string },
  timeoutMs = 15_000,
): Promise<ReceivedMail> {
  const folder = mailFolder();
  const to = match.to.toLowerCase();
  const find = (): ReceivedMail | null => {
    if (!existsSync(folder)) return null;
    for (const name of readdirSync(folder)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      if (taken.has(name)) continue;
      const mail = JSON.parse(readFileSync(join(folder, name), 'utf8')) as ReceivedMail;
      if (!mail.to.includes(to)) continue;
      if (match.subjectContains && !mail.subject.includes(match.subjectContains)) continue;
      taken.add(name);
      return mail;
    }
    return null;
  };
  return new Promise((resolvePromise, reject) => {
    mkdirSync(folder, { recursive: true });
    const watcher = watch(folder, () => {
      const mail = find();
      if (mail) done(() => resolvePromise(mail));
    });
    const timer = setTimeout(
      () =>
        done(() =>
          reject(
            new Error(
              `No mail to ${match.to}${match.subjectContains ? ` about "${match.subjectContains}"` : ''} within ${timeoutMs} ms`,
            ),
          ),
        ),
      timeoutMs,
    );
    const done = (settle: () => void) => {
      clearTimeout(timer);
      watcher.close();
      settle();
    };
    // Checked once the watch is on, so a mail that lands in between is not missed.
    const ready = find();
    if (ready) done(() => resolvePromise(ready));
  });
}

/** The first link in a mail's text that goes to `path` (e.g. '/reset-password/'). */
export function linkIn(mail: ReceivedMail, path: string): string {
  const link = mail.text
    .split(/\s+/)
    .find((word) => /^https?:\/\//.test(word) && new URL(word).pathname.startsWith(path));
  if (!link) throw new Error(`No ${path} link in the mail "${mail.subject}"`);
  return link;
}
