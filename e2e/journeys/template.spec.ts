import { expect, test } from '@playwright/test';
import { checkPage, DEMO, signIn } from '../support';

test('an admin edits the plan template, milestones included, and saves it as a new version', async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.getByTestId('open-template').click();
  const editor = page.getByTestId('template-editor');
  await expect(editor).toBeVisible();
  await checkPage(page, 'admin-template');

  await editor.getByTestId('milestone-title').first().fill('Daily check-ins: 20 in 30 days');
  await page.getByRole('button', { name: 'Add a milestone to phase 1' }).click();
  await editor.getByTestId('milestone-title').nth(3).fill('A letter written to each family member');
  await page.getByTestId('template-save').click();
  await expect(page.getByText('Saved as version 2.')).toBeVisible();
  await checkPage(page, 'admin-template-saved');

  await page.reload();
  await expect(page.getByTestId('milestone-title').first()).toHaveValue('Daily check-ins: 20 in 30 days');
  await expect(page.getByTestId('milestone-title').nth(3)).toHaveValue('A letter written to each family member');
});
