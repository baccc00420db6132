import { expect, test } from '@playwright/test';
import { localDay, shiftDay } from '@homeward/domain';
import { newHome } from '../setup';
import { checkPage, choose, linkIn, nextMail, signIn } from '../support';

const NAMES = {
  counselor: 'Dana Whitfield',
  patient: 'Pat Lindqvist',
  mother: 'Maria Lindqvist',
  partner: 'Sam Lindqvist',
};
const ZONE = 'America/Chicago';

test.use({ timezoneId: ZONE });

test('a visit asked for reaches Maria live and by a discreet mail; her yes reaches Pat without a reload', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const home = await newHome(baseURL as string, NAMES);
  const phone = { viewport: { width: 390, height: 844 } };

  // Maria has her home open; nothing waits for her yet.
  const mariaContext = await browser.newContext(phone);
  const maria = await mariaContext.newPage();
  await signIn(maria, home.mother.email, home.mother.password);
  await expect(maria).toHaveURL(/\/family/);
  const bell = maria.getByTestId('notifications-bell');
  await expect(bell).toHaveAccessibleName('Notifications');

  // Pat asks for a phone call with her, on his own phone.
  const patContext = await browser.newContext(phone);
  const pat = await patContext.newPage();
  await signIn(pat, home.patient.email, home.patient.password);
  await expect(pat).toHaveURL(/\/patient/);
  await pat.goto('/patient/visits');
  await pat.getByTestId('visit-request-open').click();
  await choose(pat, 'visit-type', 'Phone calls');
  await pat.getByTestId('visit-date').fill(shiftDay(localDay(new Date(), ZONE), -2));
  await pat.getByTestId('visit-from').fill('18:00');
  await pat.getByTestId('visit-until').fill('18:30');
  await pat.getByTestId('visit-place').fill('By phone');
  await pat.getByTestId('visit-request-form').getByRole('checkbox', { name: NAMES.mother }).check();
  await pat.getByTestId('visit-submit').click();
  await expect(pat.getByTestId('visits-status')).toContainText('Asked.');
  const asked = pat
    .getByTestId('visit')
    .first()
    .getByTestId('visit-participant')
    .filter({ hasText: NAMES.mother });
  await expect(asked).toHaveAttribute('data-willingness', 'PENDING');

  // Maria's unread count rises on the page she already has open: no reload.
  await expect(bell).toHaveAccessibleName('Notifications, 1 unread');
  await expect(maria.getByTestId('notifications-badge')).toHaveText('1');
  await checkPage(maria, 'reaching-family-told-live');

  // The mail says only that there is something in Homeward, and links to it.
  const mail = await nextMail({ to: home.mother.email, subjectContains: 'update' });
  expect(mail.subject).toBe('You have an update in Homeward');
  for (const shown of [mail.subject, mail.text.split('\n')[0]]) {
    expect(shown).not.toContain(NAMES.patient.split(' ')[0]);
    expect(shown.toLowerCase()).not.toMatch(/visit|recovery|treatment|program/);
  }
  await maria.goto(linkIn(mail, `/family/visits/${home.planId}`));
  await maria.getByTestId('visit').first().getByTestId('visit-willing').click();

  // Pat's page shows her yes without a reload.
  await expect(asked).toHaveAttribute('data-willingness', 'WILLING');
  await checkPage(pat, 'reaching-patient-sees-yes-live');
  // What waited for her no longer counts as unread.
  await expect(bell).toHaveAccessibleName('Notifications');

  await mariaContext.close();
  await patContext.close();
});
