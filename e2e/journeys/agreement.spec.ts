import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { Home, newHome } from '../setup';
import { checkPage, choose, signOut, signInAs } from '../support';

const NAMES = {
  counselor: 'Noor Haddad',
  patient: 'Alex Moreno',
  mother: 'Rosa Moreno',
  partner: 'Jamie Moreno',
};

test.describe('the agreement', () => {
  // Many people take turns on one home: give the whole story the time it needs.
  test.setTimeout(240_000);
  let home: Home;

  test.beforeAll(async ({ baseURL }) => {
    home = await newHome(baseURL as string, NAMES);
  });

  test('a patient and their mother agree on evening calls, the partner states a boundary, and all three sign the home contract', async ({
    page,
  }) => {
    const { counselor, patient, mother, partner } = home;
    const call = page.getByTestId('expectation').filter({ hasText: /phone call/ });

    // The patient: nothing waits yet. They propose an evening call to their mother; a hint shows
    // while they write "You never call me", and goes once the words change.
    await signInAs(page, patient, 'patient');
    await expect(page.getByTestId('waiting-empty')).toHaveText('Nothing is waiting for you.');
    await expect(page.getByTestId('crisis-button')).toBeVisible();
    await checkPage(page, 'agreement-patient-home');
    await page.getByTestId('open-agreement').click();
    await expect(page).toHaveURL(/\/patient\/agreement$/);
    await expect(page.getByTestId('expectations-empty')).toBeVisible();
    await expect(page.getByTestId('contract-none')).toBeVisible();
    await page.getByTestId('expectation-open').click();
    await choose(page, 'expectation-person', /Rosa Moreno/);
    await page.getByTestId('expectation-direction-ask').click();
    await choose(page, 'expectation-category', 'Staying in touch');
    await page.getByTestId('expectation-text-input').fill('You never call me');
    await expect(page.getByTestId('expectation-text-hints-ABSOLUTES')).toContainText(
      'I feel worried when',
    );
    await expect(page.getByTestId('crisis-button')).toBeVisible();
    await checkPage(page, 'agreement-propose-hint');
    await page.getByTestId('expectation-text-input').fill('A phone call every evening at 8');
    await expect(page.getByTestId('expectation-text-hints')).toHaveCount(0);
    await page.getByTestId('expectation-propose').click();
    await expect(page.getByTestId('agreement-status')).toContainText('Proposed. Rosa will see it');
    await expect(call.getByTestId('expectation-status')).toHaveText('Waiting for Rosa');
    await checkPage(page, 'agreement-patient-proposed');
    await signOut(page);

    // The mother finds it waiting for her and asks for a change. Her words raise a hint; she sends them anyway.
    await signInAs(page, mother, 'family');
    const toAnswer = page
      .getByTestId('waiting-item')
      .filter({ hasText: 'A phone call every evening at 8' });
    await expect(toAnswer).toContainText('An expectation waits for your answer');
    await checkPage(page, 'agreement-family-home-waiting');
    await toAnswer.getByTestId('waiting-link').click();
    await expect(page).toHaveURL(/\/family\/agreement\/[0-9a-f-]+#expectation-/);
    await expect(call.getByTestId('expectation-status')).toHaveText('Waiting for your answer');
    await call.getByTestId('expectation-ask-change').click();
    await call
      .getByTestId('expectation-comment')
      .fill('You need to know I work late most days. Three evenings a week, for now');
    await expect(call.getByTestId('expectation-comment-hints-ADVICE')).toBeVisible();
    await checkPage(page, 'agreement-family-ask-change');
    await call.getByTestId('expectation-send-change').click();
    await expect(call.getByTestId('expectation-note')).toHaveText(
      'You asked for a change: You need to know I work late most days. Three evenings a week, for now',
    );
    await signOut(page);

    // The counselor sees where they hope for different things, and suggests wording.
    await signInAs(page, counselor, 'staff');
    const gapItem = page.getByTestId('waiting-item').filter({ hasText: `${patient.name}'s plan` });
    await expect(gapItem).toContainText('People hope for different things: Staying in touch');
    await gapItem.getByTestId('waiting-link').click();
    await expect(page).toHaveURL(/\/staff\/plans\/[0-9a-f-]+\/agreement#gap-CONTACT$/);
    const contactGap = page.locator('[data-testid="gap-category"][data-category="CONTACT"]');
    await expect(contactGap.getByTestId('gap-mismatch')).toContainText(
      'People hope for different things here',
    );
    await expect(contactGap).toContainText('Three evenings a week, for now');
    await call.getByTestId('staff-comment-open').click();
    await call
      .getByTestId('staff-comment')
      .fill('Three evenings is a kind place to start; you can add more later.');
    await call
      .getByTestId('staff-suggested')
      .fill('A phone call three evenings a week at 8, for now');
    await call.getByTestId('staff-comment-submit').click();
    await expect(call.getByTestId('expectation-suggestion')).toContainText(
      'A phone call three evenings a week at 8, for now',
    );
    await checkPage(page, 'agreement-staff-gap');
    // On a desktop each person's hopes sit side by side.
    await page.setViewportSize({ width: 1280, height: 800 });
    await contactGap.scrollIntoViewIfNeeded();
    await checkPage(page, 'agreement-staff-gap-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await signOut(page);

    // The patient reads the request and the suggestion, and rewords it.
    await signInAs(page, patient, 'patient');
    await page.getByTestId('open-agreement').click();
    await expect(call.getByTestId('expectation-note')).toContainText('Rosa would like a change');
    await call.getByTestId('expectation-revise').click();
    await call
      .getByTestId('expectation-revise-text')
      .fill('A phone call three evenings a week at 8, for now');
    await call.getByTestId('expectation-save-revision').click();
    await expect(call.getByTestId('expectation-text')).toHaveText(
      'A phone call three evenings a week at 8, for now',
    );
    await expect(call.getByTestId('expectation-status')).toHaveText('Waiting for Rosa');
    await call.getByTestId('expectation-history').locator('summary').click();
    await expect(call.getByTestId('expectation-history')).toContainText(
      'Rosa Moreno asked for a change to version 1',
    );
    await checkPage(page, 'agreement-patient-revised');
    await signOut(page);

    // The mother accepts the new wording: agreed by both.
    await signInAs(page, mother, 'family');
    await page
      .getByTestId('waiting-item')
      .filter({ hasText: 'three evenings a week' })
      .getByTestId('waiting-link')
      .click();
    await call.getByTestId('expectation-accept').click();
    await expect(call).toHaveAttribute('data-status', 'AGREED');
    await expect(call.getByTestId('expectation-status')).toHaveText('Agreed by both');
    await checkPage(page, 'agreement-family-agreed');
    // In Spanish too, kindly worded.
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-es').click();
    await expect(call.getByTestId('expectation-status')).toHaveText('Acordada por ambos');
    await expect(call.locator('.chip')).toHaveText('Mantenernos en contacto');
    await expect(page.getByTestId('language-en')).toBeHidden();
    await checkPage(page, 'agreement-family-agreed-es');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-en').click();
    await expect(call.getByTestId('expectation-status')).toHaveText('Agreed by both');
    await signOut(page);

    // The partner states a boundary that applies to the patient, for everyone it applies to.
    await signInAs(page, partner, 'family');
    await page.getByTestId('open-agreement').click();
    await page.getByTestId('boundary-open').click();
    await page.getByTestId('boundary-need').fill('No alcohol in the house');
    await page.getByTestId('boundary-if-crossed').fill('If there is, I will end the visit');
    await page.getByTestId('boundary-form').getByRole('checkbox', { name: patient.name }).check();
    await choose(page, 'boundary-category', 'Home and household');
    await page.getByTestId('boundary-visibility-plan').click();
    await checkPage(page, 'agreement-boundary-form');
    await page.getByTestId('boundary-submit').click();
    const boundary = page.getByTestId('boundary').filter({ hasText: 'No alcohol in the house' });
    await expect(boundary.getByTestId('boundary-reader')).toHaveText(
      `${patient.name} has not read it yet`,
    );
    await checkPage(page, 'agreement-partner-boundary');
    await signOut(page);

    // The patient says they understand it, then signs the contract it now belongs to.
    await signInAs(page, patient, 'patient');
    await expect(
      page.getByTestId('waiting-item').filter({ hasText: 'No alcohol in the house' }),
    ).toContainText('A boundary to read');
    await checkPage(page, 'agreement-patient-home-waiting');
    await page
      .getByTestId('waiting-item')
      .filter({ hasText: 'No alcohol in the house' })
      .getByTestId('waiting-link')
      .click();
    await boundary.getByTestId('boundary-acknowledge').click();
    await expect(boundary.getByTestId('boundary-reader')).toHaveText('You said you understand it');
    const contract = page.getByTestId('contract');
    await expect(contract.getByTestId('contract-boundaries')).toContainText(
      'No alcohol in the house',
    );
    await expect(contract.getByTestId('contract-expectations')).toContainText(
      'A phone call three evenings a week at 8, for now',
    );
    const version = await contract.getAttribute('data-version');
    await contract.getByTestId('contract-signature').fill(patient.name);
    await contract.getByTestId('contract-sign').click();
    await expect(contract.getByTestId('contract-signed')).toContainText(patient.name);
    await checkPage(page, 'agreement-patient-signed');
    await signOut(page);

    // The counselor opens the contract: one signature, two still to come.
    await signInAs(page, counselor, 'staff');
    await page.goto(`/staff/plans/${home.planId}`);
    await page.getByTestId('open-agreement').click();
    await expect(page.getByTestId('staff-agreement')).toBeVisible();
    await expect(contract.getByTestId('contract-signed')).toHaveCount(1);
    await expect(contract.getByTestId('contract-awaiting')).toHaveCount(2);
    await expect(contract.getByTestId('contract-sign-form')).toHaveCount(0);
    await checkPage(page, 'agreement-staff-contract');
    await signOut(page);

    // The mother and the partner sign the same version.
    for (const person of [mother, partner]) {
      await signInAs(page, person, 'family');
      await page
        .getByTestId('waiting-item')
        .filter({ hasText: `version ${version}` })
        .getByTestId('waiting-link')
        .click();
      await expect(page).toHaveURL(/#contract$/);
      await contract.getByTestId('contract-signature').fill(person.name);
      await contract.getByTestId('contract-sign').click();
      await expect(
        contract.getByTestId('contract-signed').filter({ hasText: person.name }),
      ).toBeVisible();
      if (person === partner) break;
      await signOut(page);
    }
    await expect(contract.getByTestId('contract-all-signed')).toBeVisible();
    await checkPage(page, 'agreement-all-signed');

    // The PDF downloads with all three signatures in it.
    const downloading = page.waitForEvent('download');
    await contract.getByTestId('contract-download').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`home-contract-v${version}.pdf`);
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(await download.path())));
    const { text } = await extractText(pdf, { mergePages: true });
    for (const person of [patient, mother, partner])
      expect(text).toMatch(new RegExp(`Signed by\\s*${person.name}`));
    await signOut(page);
  });
});
