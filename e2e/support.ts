import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateSync } from 'otplib';

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

/**
 * Signs in on the page; staff with two-step sign-in on (the journeys run with REQUIRE_STAFF_MFA)
 * type the code their app would show when the page asks for it.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  if (!totpKeyOf(email)) return;
  const code = page.getByTestId('login-code');
  // A wrong password answers without asking for a code; without REQUIRE_STAFF_MFA none is asked.
  const answered = code.or(page.getByTestId('login-error')).or(page.getByTestId('account-menu'));
  await expect(answered.first()).toBeVisible();
  if (!(await code.isVisible())) return;
  await code.fill(totpCode(email));
  await page.getByTestId('login-submit').click();
}

/** Signs in through the sign-in page (a demo email, or someone with their own password) and waits for their area. */
export async function signInAs(
  page: Page,
  person: { email: string; password: string } | string,
  area: 'staff' | 'patient' | 'family',
): Promise<void> {
  if (typeof person === 'string') await signIn(page, person);
  else await signIn(page, person.email, person.password);
  await expect(page).toHaveURL(new RegExp(`/${area}`));
}

/** The patient's home that day: a check-in due today, or the day of the next one. */
export async function expectCheckIn(
  page: Page,
  patient: { email: string; password: string },
  due: 'today' | 'later',
): Promise<void> {
  await signInAs(page, patient, 'patient');
  const when = page.getByTestId('next-check-in-when');
  if (due === 'today') await expect(when).toHaveText('A check-in is due today.');
  else await expect(when).toContainText('Your next check-in is on');
}

/**
 * The counselor completes the plan from its aftercare page with closing words (the page checked
 * with them written as `checkedAs`); the closing summary opens and holds them.
 */
export async function completePlan(
  page: Page,
  counselor: { email: string; password: string },
  planId: string,
  words: string,
  checkedAs?: string,
): Promise<void> {
  await signInAs(page, counselor, 'staff');
  await page.goto(`/staff/plans/${planId}/aftercare`);
  await page.getByTestId('closing-words-input').fill(words);
  if (checkedAs) await checkPage(page, checkedAs);
  await page.getByTestId('complete-plan').click();
  await expect(page).toHaveURL(new RegExp(`/staff/plans/${planId}/closing-summary`));
  await expect(page.getByTestId('closing-words')).toContainText(words);
}

/** A family member reading in Spanish opens the closing summary: its title, the words, the §2.32 notice. */
export async function readClosingSummaryInSpanish(
  page: Page,
  member: { email: string; password: string },
  planId: string,
  words: string,
): Promise<void> {
  await signInAs(page, member, 'family');
  await page.goto(`/family/closing-summary/${planId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lo que construimos juntos');
  await expect(page.getByTestId('closing-words')).toContainText(words);
  await expect(page.getByTestId('redisclosure-notice')).toContainText('42 CFR parte 2');
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
  // A select whose options are still loading does not open at all: ask again until it shows them.
  const wanted = page.getByRole('option', { name: option, exact: typeof option === 'string' });
  await expect(async () => {
    if (!(await page.getByRole('listbox').isVisible())) {
      await page.getByTestId(testId).focus();
      await page.keyboard.press('Enter');
    }
    await expect(wanted).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await wanted.click();
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

/** How many days the API's clock is ahead of real time now (see setClock). */
function clockDays(): number {
  const file = clockFile();
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) || 0 : 0;
}

/** The demo's staff keys, published with the demo (api/src/seed/demo-totp-secrets.json). */
export const DEMO_TOTP: Readonly<Record<string, string>> = JSON.parse(
  readFileSync(resolve(__dirname, '..', 'api', 'src', 'seed', 'demo-totp-secrets.json'), 'utf8'),
);

const STEP_SECONDS = 30;

/**
 * The two-step sign-in keys of the staff the journeys made, and the last time step each used
 * (the API takes a step once only): in a file per port, so a restarted worker knows them too.
 */
interface TotpBook {
  keys: Record<string, string>;
  lastStep: Record<string, number>;
}

function totpBookFile(port = Number(process.env['E2E_PORT'] ?? 3100)): string {
  return resolve(__dirname, '..', '.data', `e2e-totp-${port}.json`);
}

function readTotpBook(): TotpBook {
  const file = totpBookFile();
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as TotpBook)
    : { keys: {}, lastStep: {} };
}

function writeTotpBook(book: TotpBook): void {
  const file = totpBookFile();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(book));
}

/** A fresh database for each run: no staff but the demo's, no step used yet (global-setup). */
export function forgetTotpBook(): void {
  rmSync(totpBookFile(), { force: true });
}

/** Keeps the key of a staff member a journey enrolled, so later sign-ins can make codes. */
export function rememberTotpKey(email: string, key: string): void {
  const book = readTotpBook();
  book.keys[email.toLowerCase()] = key;
  writeTotpBook(book);
}

/** The staff member's two-step sign-in key, if the journeys know one. */
export function totpKeyOf(email: string): string | null {
  const lower = email.toLowerCase();
  return readTotpBook().keys[lower] ?? DEMO_TOTP[lower] ?? null;
}

/**
 * A code the API takes now for this staff member, as their app would show it, by the API's clock.
 * The API refuses a time step already used, so a second sign-in within half a minute uses the
 * next step's code (accepted as clock drift); a third moves the API's clock on to the next step
 * (the journeys' clock, as setClock does) rather than waiting for it.
 */
export function totpCode(email: string): string {
  const key = totpKeyOf(email);
  if (!key) throw new Error(`No two-step sign-in key known for ${email}`);
  const book = readTotpBook();
  const lower = email.toLowerCase();
  let days = clockDays();
  const apiStep = () => Math.floor((Date.now() + days * 86_400_000) / 1000 / STEP_SECONDS);
  const last = book.lastStep[lower] ?? Number.NEGATIVE_INFINITY;
  let step = Math.max(apiStep(), last + 1);
  if (step > apiStep() + 1) {
    const aheadSeconds = (step - apiStep()) * STEP_SECONDS;
    // Minutes ahead at most: a step days away means the clock was moved back past it.
    if (aheadSeconds > 600) {
      throw new Error(`${email} used a code ${aheadSeconds} s ahead of the API's clock`);
    }
    days += aheadSeconds / 86_400;
    setClock(days);
    step = Math.max(apiStep(), last + 1);
  }
  book.lastStep[lower] = step;
  writeTotpBook(book);
  return generateSync({ secret: key, epoch: step * STEP_SECONDS });
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
