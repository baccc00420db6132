import { expect, test } from '@playwright/test';
import { DEFAULT_LADDER, PhaseTemplate } from '@homeward/domain';
import { as, gql, Home, moveUpAPhase, spanishHomeOnLadder } from '../setup';
import {
  checkPage,
  setClock,
  signInAs,
  expectCheckIn,
  completePlan,
  readClosingSummaryInSpanish,
} from '../support';

const NAMES = {
  counselor: 'Noor Haddad',
  patient: 'Pat Moreno',
  mother: 'Maria Moreno',
  partner: 'Sam Moreno',
};
const CLOSING_WORDS = 'You came home step by step, and you did it together. I am proud of you all.';
const AGREED = 'Sunday dinner together, phones away';
const phone = { viewport: { width: 390, height: 844 } };

/**
 * The last two steps of the default ladder on their own, without milestones to reach first, so
 * the journey is about aftercare: the plan starts at Homecoming and moves to Aftercare once.
 */
const LAST_STEPS: PhaseTemplate[] = DEFAULT_LADDER.filter((p) => p.stage).map((phase) => ({
  ...phase,
  // No overnight stays here: reaching them would ask for the home contract first.
  contactTypes: ['PHONE', 'VIDEO', 'FAMILY_SESSION', 'DAY_PASS', 'OTHER'],
  milestones: [],
}));

test.describe('aftercare: check-ins thin out, and the plan completes with a note for everyone', () => {
  test.setTimeout(300_000);
  let home: Home;

  test.beforeAll(async ({ baseURL }) => {
    const url = baseURL as string;
    setClock(0);
    // Maria sees Pat's progress and reads Homeward in Spanish; Sam has no consent.
    home = await spanishHomeOnLadder(url, LAST_STEPS, NAMES);
    // Something they agreed along the way: it is in the summary for both of them.
    const patId = await as(url, home.patient, async (api) => {
      const { agreement } = await gql<{ agreement: { members: { id: string; isMe: boolean }[] } }>(
        api,
        'query Members($id: ID!) { agreement(id: $id) { members { id isMe } } }',
        { id: home.planId },
      );
      return agreement.members.find((m) => m.isMe)?.id as string;
    });
    const expectationId = await as(url, home.patient, async (api) => {
      const { proposeExpectation } = await gql<{ proposeExpectation: { id: string } }>(
        api,
        'mutation Propose($input: ProposeExpectationInput!) { proposeExpectation(input: $input) { id } }',
        {
          input: {
            planId: home.planId,
            category: 'CONTACT',
            appliesFromPhase: 1,
            fromMemberId: patId,
            toMemberId: home.members.mother,
            text: AGREED,
          },
        },
      );
      return proposeExpectation.id;
    });
    await as(url, home.mother, (api) =>
      gql(
        api,
        'mutation Answer($input: AnswerExpectationInput!) { answerExpectation(input: $input) { id } }',
        { input: { expectationId, version: 1, decision: 'ACCEPT' } },
      ),
    );
    await moveUpAPhase(url, home, 'Home has settled: time for aftercare.');
  });
  test.afterAll(() => setClock(0));

  test('Noor sets the thinning schedule with Pat; the clock moves and check-ins thin out; Noor completes the plan; Maria reads the closing note in Spanish', async ({
    browser,
    baseURL,
  }) => {
    const noor = await (await browser.newContext(phone)).newPage();
    const pat = await (await browser.newContext(phone)).newPage();
    const maria = await (await browser.newContext(phone)).newPage();

    // Noor opens aftercare: the default thinning schedule runs; she sets one with Pat.
    await signInAs(noor, home.counselor, 'staff');
    await noor.goto(`/staff/plans/${home.planId}`);
    await noor.getByTestId('open-aftercare').click();
    await expect(noor.getByTestId('schedule-now')).toContainText('Aftercare:');
    await expect(noor.getByTestId('schedule-now')).toContainText('usual schedule');
    await expect(noor.getByTestId('schedule-step')).toHaveCount(3);
    // Weekly for two weeks (not eight), then every two weeks, then monthly.
    await noor.getByTestId('schedule-weeks').first().fill('2');
    await noor.getByTestId('schedule-save').click();
    await expect(noor.getByTestId('aftercare-status')).toContainText('The schedule is saved');
    await expect(noor.getByTestId('schedule-now')).toContainText('version 1');
    await checkPage(noor, 'aftercare-staff-schedule');

    // Pat sees it on his home: one is due today; he checks in.
    await signInAs(pat, home.patient, 'patient');
    await expect(pat.getByTestId('next-check-in-when')).toHaveText('A check-in is due today.');
    await expect(pat.getByTestId('next-check-in-steps')).toContainText(
      'once a week for 2 weeks then every two weeks for 8 weeks then once a month',
    );
    await checkPage(pat, 'aftercare-patient-due-today');

    // The next day none is due: his home says when the next one is.
    setClock(1);
    await expectCheckIn(pat, home.patient, 'later');
    await checkPage(pat, 'aftercare-patient-next');

    // A week on it is due again; two weeks on the every-two-weeks step begins, and the day after
    // it the next one is two weeks away.
    setClock(7);
    await expectCheckIn(pat, home.patient, 'today');
    setClock(14);
    await expectCheckIn(pat, home.patient, 'today');
    setClock(15);
    await expectCheckIn(pat, home.patient, 'later');
    await checkPage(pat, 'aftercare-patient-thinned');

    // Noor completes the plan with her closing words; the summary opens.
    await completePlan(
      noor,
      home.counselor,
      home.planId,
      CLOSING_WORDS,
      'aftercare-staff-complete',
    );
    await expect(noor.getByTestId('closing-phases')).toContainText('Aftercare');
    await checkPage(noor, 'aftercare-staff-summary');

    // Pat reads it in English, from his home.
    await signInAs(pat, home.patient, 'patient');
    await pat.getByTestId('open-closing-summary').click();
    await expect(pat.getByRole('heading', { level: 1 })).toHaveText('What we built together');
    await expect(pat.getByTestId('closing-words')).toContainText(CLOSING_WORDS);
    await expect(pat.getByTestId('closing-expectations')).toContainText(AGREED);
    await expect(pat.getByTestId('redisclosure-notice')).toHaveCount(0);
    await checkPage(pat, 'aftercare-summary-en');

    // Maria reads it in Spanish, with the §2.32 notice: the note in her bell takes her there.
    await readClosingSummaryInSpanish(maria, home.mother, home.planId, CLOSING_WORDS);
    await expect(maria.getByTestId('closing-phases')).toContainText('Cuidado continuo');
    await expect(maria.getByTestId('closing-expectations')).toContainText(AGREED);
    await checkPage(maria, 'aftercare-summary-es');
    const told = await as(baseURL as string, home.mother, async (api) => {
      const { notifications } = await gql<{ notifications: { kind: string; path: string }[] }>(
        api,
        'query Told { notifications { kind path } }',
      );
      return notifications.filter((n) => n.kind === 'CLOSING_SUMMARY').map((n) => n.path);
    });
    expect(told).toEqual([`/family/closing-summary/${home.planId}`]);
  });
});
