import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateURI } from 'otplib';
import qrcode from 'qrcode-generator';
import { as, gql } from '../setup';
import { checkPage, DEMO, rememberTotpKey, signIn, signOut, totpCode } from '../support';

/** The dark modules of the QR code for `text`, as the enrolment screen draws them (one unit each). */
function qrModules(text: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  let path = '';
  for (let row = 0; row < qr.getModuleCount(); row++) {
    for (let col = 0; col < qr.getModuleCount(); col++) {
      if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`;
    }
  }
  return path;
}

test('a new counselor must turn on two-step sign-in first: scans the QR code, confirms a code, keeps the recovery codes, then signs in with a code and with a recovery code once', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const email = `robin.${Date.now()}@harbor.example`;
  const password = 'the kettle sings at seven';
  const acceptUrl = await as(baseURL as string, DEMO.admin, async (admin) => {
    const { createInvitation } = await gql<{ createInvitation: { acceptUrl: string } }>(
      admin,
      'mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { acceptUrl } }',
      { input: { email, role: 'COUNSELOR', displayName: 'Robin Reyes' } },
    );
    return createInvitation.acceptUrl;
  });

  // Robin joins from the link and is taken straight to set up two-step sign-in.
  await page.goto(new URL(acceptUrl).pathname);
  await page.getByTestId('accept-name').fill('Robin Reyes');
  await page.getByTestId('accept-password').fill(password);
  await page.getByTestId('accept-submit').click();
  await expect(page).toHaveURL(/\/account\/two-step$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up two-step sign-in');
  await expect(page.getByTestId('two-step-why')).toContainText('asks staff');
  await expect(
    page.getByRole('img', { name: 'QR code that adds Homeward to your authenticator app' }),
  ).toBeVisible();
  await expect(page.getByTestId('notifications-bell')).toHaveCount(0);
  await checkPage(page, 'two-step-enrol');

  // Nothing else opens until it is on.
  for (const elsewhere of ['/staff', '/staff/plans', '/settings', '/account/password']) {
    await page.goto(elsewhere);
    await expect(page).toHaveURL(/\/account\/two-step$/);
  }

  // In Spanish too (the language may be changed before enrolling): the key stays the one shown,
  // so an app that scanned it already still fits.
  const shown = page.getByTestId('two-step-key');
  const firstKey = (await shown.textContent())?.trim() ?? '';
  await page.getByTestId('language-menu').click();
  await page.getByTestId('language-es').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Configura el inicio de sesión en dos pasos',
  );
  await expect(shown).toHaveText(firstKey);
  await checkPage(page, 'two-step-enrol-es');
  await page.getByTestId('language-menu').click();
  await page.getByTestId('language-en').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up two-step sign-in');
  await expect(shown).toHaveText(firstKey);

  // The app scans the QR code, which holds the key shown beneath it.
  const key = ((await page.getByTestId('two-step-key').textContent()) ?? '').replace(/\s/g, '');
  expect(key).toMatch(/^[A-Z2-7]{16,}$/);
  const drawn = await page.getByTestId('qr-code').locator('path').getAttribute('d');
  expect(drawn).toBe(qrModules(generateURI({ issuer: 'Homeward', label: email, secret: key })));
  rememberTotpKey(email, key);

  await page.getByTestId('two-step-code').fill('12345');
  await page.getByTestId('two-step-confirm').click();
  await expect(page.getByTestId('two-step-error')).toHaveText('Enter the 6 digits the app shows.');
  await page.getByTestId('two-step-code').fill(totpCode(email));
  await page.getByTestId('two-step-confirm').click();

  // The recovery codes, shown this once, to download or print.
  await expect(page.getByTestId('two-step-on')).toHaveText('Two-step sign-in is on');
  const codes = page.getByTestId('recovery-code');
  await expect(codes).toHaveCount(10);
  const recoveryCodes = (await codes.allTextContents()).map((code) => code.trim());
  for (const code of recoveryCodes) expect(code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
  await checkPage(page, 'two-step-recovery-codes');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('recovery-download').click(),
  ]);
  expect(download.suggestedFilename()).toBe('homeward-recovery-codes.txt');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toContain(`Homeward recovery codes for ${email}`);
  for (const code of recoveryCodes) expect(saved).toContain(code);

  await expect(page.getByTestId('two-step-continue')).toBeDisabled();
  await page.getByTestId('recovery-saved').click();
  await page.getByTestId('two-step-continue').click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByTestId('staff-home')).toBeVisible();
  await expect(page.getByTestId('notifications-bell')).toBeVisible();
  await signOut(page);

  // Next time: password, then the code from the app.
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/staff$/);
  await signOut(page);

  // A lost phone: a recovery code instead, once.
  const withRecoveryCode = async () => {
    await page.goto('/login');
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-use-recovery').click();
    await page.getByTestId('login-recovery-code').fill(recoveryCodes[0].toLowerCase());
    await page.getByTestId('login-submit').click();
  };
  await withRecoveryCode();
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto('/account/two-step');
  await expect(page.getByTestId('recovery-left')).toHaveText('Recovery codes left: 9');
  await signOut(page);

  await withRecoveryCode();
  await expect(page.getByTestId('login-error')).toContainText('used already');
  await checkPage(page, 'login-recovery-code-used');
  await expect(page).toHaveURL(/\/login/);
});
