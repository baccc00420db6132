import { expect, Page, test } from '@playwright/test';
import { describeReason, notificationTitle } from '@homeward/domain';
import { as, gql, Home, newHome } from '../setup';
import { checkPage, DEMO, signIn, signOut } from '../support';

/** Picks a language from the menu and waits until the account keeps it. */
async function chooseLanguage(page: Page, language: 'es' | 'en'): Promise<void> {
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      response.request().postDataJSON()?.operationName === 'SetLanguage',
  );
  await page.getByTestId('language-menu').click();
  await page.getByTestId(`language-${language}`).click();
  expect((await saved).ok()).toBe(true);
}

/** Where the demo mother's choices start, and are put back to, so other journeys find them as before. */
const DEFAULT_CHOICES = {
  emailGroups: ['WAITING', 'VISITS', 'REMINDERS'],
  digest: false,
  digestTime: '18:00',
  quietFrom: null,
  quietUntil: null,
  checkInReminderAt: null,
  caseloadDigest: false,
  allPaused: false,
};

test.describe('how a person is reached', () => {
  test.afterAll(async ({ baseURL }) => {
    await as(baseURL as string, DEMO.mother, (api) =>
      gql(
        api,
        'mutation Reset($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { digest } }',
        { input: DEFAULT_CHOICES },
      ),
    );
  });

  test('a mother on her phone sets quiet hours and a check-in reminder, and finds them kept; in Spanish too', async ({
    page,
  }) => {
    // Two languages, each page checked with axe: past the 60 s default on a busy two-core machine.
    test.setTimeout(120_000);
    await signIn(page, DEMO.mother);
    await expect(page).toHaveURL(/\/family/);
    // The bell is in the top bar, named for what it holds.
    await expect(page.getByTestId('notifications-bell')).toHaveAccessibleName(
      /^Notifications(, \d+ unread)?$/,
    );

    await page.getByTestId('account-menu').click();
    await page.getByTestId('open-settings').click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByTestId('settings-save')).toBeVisible();
    // Crisis help stays one tap away here as on every family page.
    await expect(page.getByTestId('crisis-button')).toBeVisible();
    // Only the kinds of updates that can reach a family member; the reminder is off until she wants it.
    await expect(page.getByTestId('settings-group-CASELOAD')).toHaveCount(0);
    await expect(page.getByTestId('settings-group-SHARED')).toBeVisible();
    await expect(page.getByTestId('settings-reminder-time')).toHaveCount(0);
    await checkPage(page, 'settings-family');

    await page.getByTestId('settings-quiet-from').fill('21:30');
    await page.getByTestId('settings-quiet-until').fill('07:00');
    await page.getByTestId('settings-reminder-on').click();
    await page.getByTestId('settings-reminder-time').fill('08:15');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-saved')).toHaveText(
      "Saved. We'll reach you the way you chose.",
    );
    await checkPage(page, 'settings-family-saved');

    await page.reload();
    await expect(page.getByTestId('settings-quiet-from')).toHaveValue('21:30');
    await expect(page.getByTestId('settings-quiet-until')).toHaveValue('07:00');
    await expect(page.getByTestId('settings-reminder-on').locator('input')).toBeChecked();
    await expect(page.getByTestId('settings-reminder-time')).toHaveValue('08:15');

    // In Spanish: the same page in her words, and half-filled quiet hours kindly refused.
    await chooseLanguage(page, 'es');
    await expect(page.getByTestId('notifications-bell')).toHaveAccessibleName(
      /^Avisos(, \d+ sin leer)?$/,
    );
    await expect(page.getByTestId('settings-save')).toHaveText('Guardar los ajustes');
    await page.getByTestId('settings-quiet-until').fill('');
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-error')).toHaveText(
      describeReason('INPUT_QUIET_HOURS', {}, 'ES'),
    );
    await checkPage(page, 'settings-family-es');

    await chooseLanguage(page, 'en');
    await signOut(page);
  });

  test('a counselor is offered the mail about their caseload and no check-in reminder', async ({
    page,
  }) => {
    await signIn(page, DEMO.counselor);
    await expect(page).toHaveURL(/\/staff/);
    await page.goto('/settings');
    await expect(page.getByTestId('settings-group-CASELOAD')).toBeVisible();
    await expect(page.getByTestId('settings-group-WAITING')).toHaveCount(0);
    await expect(page.getByTestId('settings-caseload')).toBeVisible();
    await expect(page.getByTestId('settings-reminder')).toHaveCount(0);
    await checkPage(page, 'settings-counselor');
    await signOut(page);
  });

  test.describe('the bell', () => {
    let home: Home;

    // Pat states a boundary that applies to his mother: it waits for her to read it.
    test.beforeAll(async ({ baseURL }) => {
      const url = baseURL as string;
      home = await newHome(url, {
        counselor: 'Noor Haddad',
        patient: 'Leo Marsh',
        mother: 'Ruth Marsh',
        partner: 'Ana Marsh',
      });
      await as(url, home.patient, (api) =>
        gql(
          api,
          'mutation State($input: StateBoundaryInput!) { stateBoundary(input: $input) { id } }',
          {
            input: {
              planId: home.planId,
              need: 'A call before you come over',
              ifCrossed: 'I will ask you to come back another day',
              category: 'HOUSEHOLD',
              appliesToMemberIds: [home.members.mother],
              visibility: 'PLAN',
            },
          },
        ),
      );
    });

    test('a mother sees what waits for her in the bell, follows it, and it is read', async ({
      page,
    }) => {
      await signIn(page, home.mother.email, home.mother.password);
      await expect(page).toHaveURL(/\/family/);
      const bell = page.getByTestId('notifications-bell');
      await expect(bell).toHaveAccessibleName('Notifications, 1 unread');
      await expect(page.getByTestId('notifications-badge')).toHaveText('1');

      await bell.click();
      const item = page.getByTestId('notification');
      await expect(item).toHaveCount(1);
      await expect(item).toContainText(notificationTitle('ACKNOWLEDGE_BOUNDARY', 'EN'));
      await expect(item).toContainText('Unread');
      await checkPage(page, 'bell-open');

      // From the keyboard: Escape closes the menu and the bell has the focus again.
      await page.keyboard.press('Escape');
      await expect(item).toHaveCount(0);
      await expect(bell).toBeFocused();

      // In Spanish, the same notification in her words.
      await chooseLanguage(page, 'es');
      await expect(bell).toHaveAccessibleName('Avisos, 1 sin leer');
      await bell.click();
      await expect(item).toContainText(notificationTitle('ACKNOWLEDGE_BOUNDARY', 'ES'));
      await checkPage(page, 'bell-open-es');
      await item.click();
      await expect(page).toHaveURL(new RegExp(`/family/agreement/${home.planId}$`));
      await expect(bell).toHaveAccessibleName('Avisos');
      await expect(page.getByTestId('notifications-badge')).toHaveCount(0);

      // Read stays read after a reload: the API heard it.
      await page.reload();
      await expect(page.getByTestId('notifications-bell')).toHaveAccessibleName('Avisos');
      await signOut(page);
    });
  });
});
