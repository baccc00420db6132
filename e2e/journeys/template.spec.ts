import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn } from '../support';

test('an admin edits the plan template, milestones included, and saves it as a new version', async ({
  page,
}) => {
  await signIn(page, DEMO.admin);
  await page.getByTestId('open-template').click();
  const editor = page.getByTestId('template-editor');
  await expect(editor).toBeVisible();
  // Other journeys may have saved versions before this one (they share the database): read which this is.
  const versionText = editor.getByText(/^Version \d+$/);
  await expect(versionText).toBeVisible();
  const version = Number((await versionText.textContent())?.replace(/\D/g, ''));
  await checkPage(page, 'admin-template');

  await editor.getByTestId('milestone-title').first().fill('Daily check-ins: 20 in 30 days');
  await page.getByRole('button', { name: 'Add a milestone to phase 1' }).click();
  await editor.getByTestId('milestone-title').nth(3).fill('A letter written to each family member');
  await page.getByTestId('template-save').click();
  await expect(page.getByText(`Saved as version ${version + 1}.`)).toBeVisible();
  await checkPage(page, 'admin-template-saved');

  await page.reload();
  await expect(page.getByTestId('milestone-title').first()).toHaveValue(
    'Daily check-ins: 20 in 30 days',
  );
  await expect(page.getByTestId('milestone-title').nth(3)).toHaveValue(
    'A letter written to each family member',
  );
});
