import { APIRequestContext, Browser, expect, Page, test } from '@playwright/test';
import { as, gql, newHome, Person } from '../setup';
import { checkPage, choose, nextMail, signIn } from '../support';

// Names of their own: the demo counselor's new-plan list (plan-consent) must find one Pat Rivera.
const NAMES = {
  counselor: 'Casey Morgan',
  patient: 'Pat Navarro',
  mother: 'Maria Navarro',
  partner: 'Sam Navarro',
};
const phone = { viewport: { width: 390, height: 844 } };

/** One person on their own phone, signed in and on their home. */
async function onPhone(browser: Browser, person: Person, area: string): Promise<Page> {
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  await signIn(page, person.email, person.password);
  await expect(page).toHaveURL(new RegExp(`/${area}`));
  return page;
}

test.describe('messages and amends', () => {
  // Three people take turns on one home: give the story the time it needs.
  test.setTimeout(240_000);

  test('Pat prepares an amends to Maria with the counselor; Maria first chooses "not now", then receives it; they write to each other', async ({
    browser,
    baseURL,
  }) => {
    const home = await newHome(baseURL as string, NAMES);
    const pat = await onPhone(browser, home.patient, 'patient');
    const maria = await onPhone(browser, home.mother, 'family');
    const counselor = await onPhone(browser, home.counselor, 'staff');

    // Pat writes the amends in his own words, with his counselor.
    await pat.getByTestId('open-amends').click();
    await choose(pat, 'amends-recipient', NAMES.mother);
    await pat.getByTestId('amends-whatHappened').fill('I missed your birthday and did not call.');
    await pat
      .getByTestId('amends-responsibility')
      .fill('I chose not to call because I was ashamed.');
    await pat.getByTestId('amends-willDoDifferently').fill('I will call you every Sunday.');
    await pat.getByTestId('amends-prepare').click();
    await expect(pat.getByTestId('amends-status')).toHaveText(
      'Waiting to review with your counselor',
    );

    // Until the counselor has reviewed it with him, Maria sees nothing of it.
    await maria.goto(`/family/amends/${home.planId}`);
    await expect(maria.getByTestId('amends-card')).toHaveCount(0);

    await counselor.goto(`/staff/plans/${home.planId}/amends`);
    await expect(counselor.getByTestId('amends-status')).toHaveText('Ready to review together');
    await counselor.getByTestId('amends-review').click();
    await expect(counselor.getByTestId('amends-status')).toHaveText('Offered, not received yet');
    // Maria hears that something waits for her, in words that name nothing.
    const offeredMail = await nextMail({ to: home.mother.email, subjectContains: 'update' });
    expect(offeredMail.subject).toBe('You have an update in Homeward');
    expect(offeredMail.text).toContain('Something is waiting for you in Homeward');
    expect(offeredMail.text).not.toContain('Pat');

    // Maria is asked, kindly, whether she would like to receive it; the words wait for her yes.
    await maria.reload();
    await expect(maria.getByTestId('amends-offer')).toContainText(
      `${NAMES.patient} has prepared an amends for you`,
    );
    await expect(maria.getByTestId('amends-words')).toHaveCount(0);
    await checkPage(maria, 'amends-family-offered');
    // She reads it in Spanish from here on.
    await maria.getByTestId('language-menu').click();
    await maria.getByTestId('language-es').click();
    await expect(maria.getByTestId('amends-offer')).toContainText(
      `${NAMES.patient} preparó una reparación para ti`,
    );
    await checkPage(maria, 'amends-family-offered-es');
    await maria.getByTestId('amends-not-now-button').click();
    await expect(maria.getByTestId('amends-not-now')).toContainText('Elegiste “ahora no”');
    await checkPage(maria, 'amends-family-not-now-es');

    // "Not now" is private: Pat reads only that it is not received yet.
    await pat.reload();
    await expect(pat.getByTestId('amends-status')).toHaveText('Offered, not yet received');

    // Later, Maria receives it, and keeps her reply for the care team.
    await maria.getByTestId('amends-receive').click();
    await expect(maria.getByTestId('amends-words')).toContainText('I will call you every Sunday.');
    await maria.getByTestId('amends-reply').fill('Thank you. I need a little time.');
    await maria.getByTestId('reply-staff-only').click();
    await maria.getByTestId('send-reply').click();
    await expect(maria.getByTestId('amends-my-reply')).toContainText(
      'Solo para el equipo de cuidado',
    );
    await checkPage(maria, 'amends-family-received-es');

    await pat.reload();
    await expect(pat.getByTestId('amends-status')).toHaveText('Received');
    await expect(pat.getByTestId('amends-reply-shown')).toHaveCount(0);
    await counselor.reload();
    await expect(counselor.getByTestId('amends-reply-shown')).toContainText(
      'Thank you. I need a little time.',
    );

    // Pat writes to Maria. The hint speaks only to him, and never stops him.
    await pat.goto('/patient/messages');
    await pat.getByRole('checkbox', { name: NAMES.mother }).check();
    const body = pat.getByTestId('message-body');
    await body.fill('You never answer when I call.');
    await expect(pat.getByTestId('message-hints')).toBeVisible();
    await expect(pat.getByTestId('send-message')).toBeEnabled();
    await body.fill('I miss our calls. Could we talk on Sunday?');
    await expect(pat.getByTestId('message-hints')).toHaveCount(0);
    await pat.getByTestId('send-message').click();
    await expect(pat.getByTestId('thread-title')).toHaveText(`You and ${NAMES.mother}`);
    await expect(pat.getByTestId('message-text')).toHaveText([
      'I miss our calls. Could we talk on Sunday?',
    ]);
    await checkPage(pat, 'messages-patient-thread');

    // Maria is told discreetly, by mail too, in the language she chose.
    const mail = await nextMail({ to: home.mother.email, subjectContains: 'novedad' });
    for (const shown of [mail.subject, mail.text.split('\n')[0]]) {
      expect(shown).not.toContain('Pat');
      expect(shown.toLowerCase()).not.toMatch(/recovery|treatment|program|amends/);
    }
    expect(mail.text).toContain('Tienes un mensaje nuevo en Homeward');

    // Her home's Messages button says a message waits; it leads to the thread.
    await maria.goto('/family');
    await expect(maria.getByTestId('messages-unseen')).toHaveText('· 1 sin leer');
    await checkPage(maria, 'family-home-message-waiting-es');
    await maria.getByTestId('open-messages').click();
    await expect(maria).toHaveURL(new RegExp(`/family/messages/${home.planId}$`));
    await expect(maria.getByTestId('unseen')).toHaveText('1 sin leer');
    await maria.getByTestId('thread').click();
    await expect(maria.getByTestId('message-text')).toHaveText([
      'I miss our calls. Could we talk on Sunday?',
    ]);
    await maria.getByTestId('message-body').fill('Sunday works. Call after lunch.');
    await maria.getByTestId('send-message').click();
    await expect(maria.getByTestId('message-text')).toHaveCount(2);
    await expect(maria.getByTestId('thread-title')).toHaveText(`Tú y ${NAMES.patient}`);
    await checkPage(maria, 'messages-family-thread-es');

    // Pat's open thread shows her answer, and that she saw his message, without a reload.
    await expect(pat.getByTestId('message-text')).toHaveText([
      'I miss our calls. Could we talk on Sunday?',
      'Sunday works. Call after lunch.',
    ]);
    await expect(pat.getByTestId('seen-by')).toHaveText(`Seen by ${NAMES.mother}`);
  });

  test('Sam, under a contact restriction toward Pat in a second home, cannot write to Pat', async ({
    browser,
    baseURL,
  }) => {
    const home = await newHome(baseURL as string, {
      counselor: 'Jordan Lee',
      patient: 'Pat Okafor',
      mother: 'Maria Okafor',
      partner: 'Sam Okafor',
    });
    await as(baseURL as string, home.counselor, (api: APIRequestContext) =>
      gql(
        api,
        'mutation R($i: SetContactRestrictionInput!) { setContactRestriction(input: $i) { id } }',
        { i: { memberId: home.members.partner, restricted: true, note: 'No-contact order' } },
      ),
    );
    const sam = await onPhone(browser, home.partner, 'family');
    await sam.goto(`/family/messages/${home.planId}`);
    const patient = sam.getByRole('checkbox', { name: 'Pat Okafor' });
    await patient.check();
    await sam.getByTestId('message-body').fill('Can we talk?');
    await sam.getByTestId('send-message').click();
    await expect(sam.getByTestId('message-error')).toHaveText(
      'You cannot write to someone in this conversation for now; the counselor can explain.',
    );
    await expect(sam.getByTestId('thread')).toHaveCount(0);
    await checkPage(sam, 'messages-restricted');

    // He can still write to his care team.
    await patient.uncheck();
    await expect(sam.getByTestId('to-care-team')).toBeVisible();
    await sam.getByTestId('send-message').click();
    await expect(sam.getByTestId('message-text')).toHaveText(['Can we talk?']);
  });
});
