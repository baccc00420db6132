import { expect, test } from '@playwright/test';
import { checkPage, choose, DEMO, signOut, signInAs } from '../support';

const PATIENT = 'Pat Rivera';
const MOTHER = 'Maria Rivera';

test('a counselor starts a plan and suggests the mother; the patient welcomes her, shares progress, then stops; she sees the ladder, then a kind word', async ({
  page,
}) => {
  // Eleven pages checked with axe: 37 s on a quiet two-core machine, past 60 s beside other work.
  test.setTimeout(150_000);
  // The counselor starts a plan for Pat and suggests Pat's mother, who already has an account.
  await signInAs(page, DEMO.counselor, 'staff');
  await page.getByTestId('open-caseload').click();
  await expect(page.getByTestId('caseload')).toBeVisible();
  await expect(page.getByText(/No plans yet/)).toBeVisible();
  await checkPage(page, 'staff-caseload-empty');

  await page.getByTestId('new-plan').click();
  await choose(page, 'new-plan-patient', new RegExp(PATIENT));
  await checkPage(page, 'staff-new-plan');
  await page.getByTestId('new-plan-submit').click();
  await expect(page).toHaveURL(/\/staff\/plans\/[0-9a-f-]+$/);
  await expect(page.getByTestId('plan-title')).toContainText(PATIENT);
  await expect(page.locator('[aria-current="step"]')).toContainText('Reconnect');

  await page.getByTestId('add-member-name').fill(MOTHER);
  await page.getByTestId('add-member-email').fill(DEMO.mother);
  await choose(page, 'add-member-relationship', 'Parent');
  await page.getByTestId('add-member-submit').click();
  await expect(page.getByTestId('add-member-result')).toContainText('already has an account');
  await expect(page.getByTestId('add-member-link')).toHaveCount(0);
  await expect(page.getByTestId('member-row').filter({ hasText: MOTHER })).toContainText(
    "Waiting for the patient's answer",
  );
  await checkPage(page, 'staff-plan');

  await page.getByRole('link', { name: /Back to the caseload/ }).click();
  const row = page.getByTestId('caseload-row').filter({ hasText: PATIENT });
  await expect(row).toContainText('Family invitation waiting for the patient');
  await checkPage(page, 'staff-caseload');
  // On a desktop the caseload is a table.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(
    page.getByTestId('caseload-table').getByTestId('caseload-row').filter({ hasText: PATIENT }),
  ).toContainText('1 · Reconnect');
  await checkPage(page, 'staff-caseload-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId('caseload-search').fill('nobody by this name');
  await expect(page.getByText(/No plans match/)).toBeVisible();
  await signOut(page);

  // The patient welcomes her, previews what she would see, and shares progress.
  await signInAs(page, DEMO.patient, 'patient');
  await expect(page.getByTestId('phase-ladder')).toBeVisible();
  await expect(page.getByTestId('family-invitation')).toContainText(MOTHER);
  await checkPage(page, 'patient-where-i-stand');
  await page.getByTestId('invitation-welcome').click();
  await expect(page.getByTestId('invitation-status')).toContainText('is welcome');

  const motherCard = page.getByTestId('consent-member').filter({ hasText: MOTHER });
  await expect(motherCard.getByTestId('consent-none')).toBeVisible();
  await motherCard.getByTestId('consent-open').click();
  const preview = motherCard.getByTestId('consent-preview');
  await expect(preview).toContainText('chosen not to share');
  await motherCard.getByTestId('consent-category-PROGRESS').click();
  await expect(preview.getByTestId('phase-ladder')).toBeVisible();
  await expect(preview.getByTestId('redisclosure-notice')).toBeVisible();
  await checkPage(page, 'patient-consent-preview');
  await motherCard.getByTestId('consent-signature').fill(PATIENT);
  await motherCard.getByTestId('consent-grant').click();
  await expect(page.getByTestId('consent-status')).toContainText('can now see');
  await expect(motherCard.getByTestId('consent-active')).toBeVisible();
  await checkPage(page, 'patient-consent-granted');
  await signOut(page);

  // The mother sees Pat's ladder, with the notice.
  await signInAs(page, DEMO.mother, 'family');
  const plan = page.getByTestId('family-plan');
  await expect(plan.getByTestId('phase-ladder')).toBeVisible();
  await expect(plan.locator('[aria-current="step"]')).toContainText('Reconnect');
  await expect(plan.getByTestId('redisclosure-notice')).toContainText('42 CFR part 2');
  await expect(plan.getByTestId('family-explanation')).toHaveCount(0);
  await checkPage(page, 'family-progress');
  await signOut(page);

  // The patient sees who saw what, and stops sharing.
  await signInAs(page, DEMO.patient, 'patient');
  // It names what she saw: where Pat is on the plan.
  await expect(page.getByTestId('disclosure').first()).toContainText(
    'Maria saw where you are on your plan',
  );
  await page
    .getByTestId('consent-member')
    .filter({ hasText: MOTHER })
    .getByTestId('consent-revoke')
    .click();
  await expect(page.getByTestId('consent-status')).toContainText('stopped sharing');
  await expect(
    page.getByTestId('consent-member').filter({ hasText: MOTHER }).getByTestId('consent-none'),
  ).toBeVisible();
  await checkPage(page, 'patient-consent-revoked');
  await signOut(page);

  // On her next page the mother sees a kind explanation instead, and still her own part.
  await signInAs(page, DEMO.mother, 'family');
  await expect(plan.getByTestId('family-explanation')).toContainText('chosen not to share');
  await expect(plan.getByTestId('phase-ladder')).toHaveCount(0);
  await expect(plan.getByTestId('redisclosure-notice')).toHaveCount(0);
  await expect(page.getByTestId('crisis-button')).toBeVisible();
  await checkPage(page, 'family-explanation');
});
