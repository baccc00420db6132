import { expect, test } from '@playwright/test';
import { DEFAULT_LADDER, PhaseTemplate } from '@homeward/domain';
import { agree, as, gql, Home, moveUpAPhase, Person, spanishHomeOnLadder } from '../setup';
import {
  checkPage,
  setClock,
  signInAs,
  expectCheckIn,
  completePlan,
  readClosingSummaryInSpanish,
} from '../support';

/**
 * Issue 15's journey, whole: Pat's plan enters Homecoming; everyone signs the trial conditions;
 * the transition schedule runs with the clock moved; the counselor reviews, extends once, then
 * the plan moves to Aftercare; check-ins thin out; the plan completes and Maria reads the
 * closing summary in Spanish.
 */
const NAMES = {
  counselor: 'Casey Navarro',
  patient: 'Pat Navarro',
  mother: 'Maria Navarro',
  partner: 'Sam Navarro',
};
const CALLS = 'A phone call three evenings a week';
const NO_ALCOHOL = 'No alcohol in the house';
const SUNDAY = 'Sunday dinner together, phones away';
const CLOSING_WORDS = 'You came home step by step, and you did it together.';
const phone = { viewport: { width: 390, height: 844 } };

/**
 * The last weekend step and the two stages of the default ladder, without milestones to reach,
 * so the journey is about coming home itself.
 */
const LAST_STEPS: PhaseTemplate[] = DEFAULT_LADDER.slice(-3).map((phase) => ({
  ...phase,
  milestones: [],
}));

async function toldKinds(baseURL: string, person: Person): Promise<string[]> {
  return as(baseURL, person, async (api) => {
    const { notifications } = await gql<{ notifications: { kind: string }[] }>(
      api,
      'query Told { notifications { kind } }',
    );
    return notifications.map((n) => n.kind);
  });
}

async function currentStage(baseURL: string, home: Home): Promise<string | null | undefined> {
  return as(baseURL, home.counselor, async (api) => {
    const { plan } = await gql<{ plan: { phases: { status: string; stage: string | null }[] } }>(
      api,
      'query Plan($id: ID!) { plan(id: $id) { phases { status stage } } }',
      { id: home.planId },
    );
    return plan.phases.find((p) => p.status === 'CURRENT')?.stage;
  });
}

test.describe('coming home: the trial homecoming, aftercare, and a closing summary for everyone', () => {
  test.setTimeout(600_000);
  let home: Home;

  test.beforeAll(async ({ baseURL }) => {
    const url = baseURL as string;
    setClock(0);
    // Maria sees Pat's progress and reads Homeward in Spanish.
    home = await spanishHomeOnLadder(url, LAST_STEPS, NAMES);
    await agree(url, home, { expectation: CALLS, boundary: NO_ALCOHOL });
  });
  test.afterAll(() => setClock(0));

  test('Pat comes home on trial, the review extends it once, aftercare thins the check-ins, and Maria reads the closing summary in Spanish', async ({
    browser,
    baseURL,
  }) => {
    const url = baseURL as string;
    const casey = await (await browser.newContext(phone)).newPage();
    const pat = await (await browser.newContext(phone)).newPage();
    const maria = await (await browser.newContext(phone)).newPage();

    // Pat's plan enters Homecoming: everyone agreed to the move.
    await moveUpAPhase(url, home, 'Weekends at home went well, every one of them.');
    expect(await currentStage(url, home)).toBe('HOMECOMING');

    // Casey writes the trial's conditions from what the family agreed, plus one of her own.
    await signInAs(casey, home.counselor, 'staff');
    await casey.goto(`/staff/plans/${home.planId}/homecoming`);
    await expect(casey.getByTestId('trial-drafted')).toHaveCount(2);
    await casey.getByTestId('trial-own-conditions').fill(SUNDAY);
    await casey.getByTestId('trial-publish').click();
    await expect(casey.getByTestId('trial-condition')).toHaveCount(3);
    await checkPage(casey, 'coming-home-staff-conditions');

    // Pat signs on his phone; his home shows the transition schedule: a check-in every day.
    await signInAs(pat, home.patient, 'patient');
    await expect(pat.getByTestId('next-check-in-when')).toHaveText('A check-in is due today.');
    await expect(pat.getByTestId('next-check-in-steps')).toContainText(
      'every day for 2 weeks then three times a week',
    );
    await pat.getByTestId('homecoming-link').getByRole('link').click();
    await pat.getByTestId('trial-typed-name').fill(NAMES.patient);
    await pat.getByTestId('trial-sign').click();
    await expect(pat.getByTestId('trial-signature')).toHaveCount(1);
    await checkPage(pat, 'coming-home-patient-signed');

    // Maria signs in Spanish; Sam signs too.
    await signInAs(maria, home.mother, 'family');
    await maria.goto(`/family/homecoming/${home.planId}`);
    await expect(maria.getByRole('heading', { level: 1 })).toHaveText('Regreso a casa de prueba');
    await expect(maria.getByTestId('trial-conditions')).toContainText(CALLS);
    await maria.getByTestId('trial-typed-name').fill(NAMES.mother);
    await maria.getByTestId('trial-sign').click();
    await expect(maria.getByTestId('trial-signature')).toHaveCount(2);
    await checkPage(maria, 'coming-home-family-signed-es');
    await as(url, home.partner, (api) =>
      gql(
        api,
        'mutation S($input: SignTrialConditionsInput!) { signTrialConditions(input: $input) { id } }',
        { input: { planId: home.planId, version: 1, typedName: NAMES.partner } },
      ),
    );

    // The schedule runs as the days pass: after two weeks of every day, three times a week,
    // so the day after the change none is due.
    setClock(14);
    await expectCheckIn(pat, home.patient, 'today');
    setClock(15);
    await expectCheckIn(pat, home.patient, 'later');
    await checkPage(pat, 'coming-home-patient-three-a-week');

    // The review day: Casey is reminded, sees everyone signed, and extends the trial once.
    setClock(30);
    await expect
      .poll(() => toldKinds(url, home.counselor), { timeout: 90_000 })
      .toContain('STAFF_TRIAL_REVIEW_DUE');
    await signInAs(casey, home.counselor, 'staff');
    await casey.goto(`/staff/plans/${home.planId}/homecoming`);
    await expect(casey.getByTestId('trial-signed-by-all')).toBeVisible();
    await casey.getByTestId('trial-outcome-extend').click();
    await casey.getByTestId('trial-review-reason').fill('A few more weeks to settle in, together.');
    await casey.getByTestId('trial-review-submit').click();
    await expect(casey.getByTestId('trial-review-row')).toHaveCount(1);
    await expect(casey.getByTestId('trial-review-row')).toContainText('A little more time');
    await checkPage(casey, 'coming-home-staff-extended');

    // Home has settled: the plan moves to Aftercare, and the trial ends as home.
    await moveUpAPhase(url, home, 'Home has settled: time for aftercare.');
    expect(await currentStage(url, home)).toBe('AFTERCARE');

    // Casey sets the thinning schedule with Pat: weekly for two weeks, then every two weeks, then monthly.
    await casey.goto(`/staff/plans/${home.planId}/aftercare`);
    await expect(casey.getByTestId('schedule-step')).toHaveCount(3);
    await casey.getByTestId('schedule-weeks').first().fill('2');
    await casey.getByTestId('schedule-save').click();
    await expect(casey.getByTestId('aftercare-status')).toContainText('The schedule is saved');
    await checkPage(casey, 'coming-home-staff-aftercare');

    // Check-ins thin out: due today, then not tomorrow; two weeks on, every two weeks.
    await signInAs(pat, home.patient, 'patient');
    await expect(pat.getByTestId('next-check-in-when')).toHaveText('A check-in is due today.');
    await expect(pat.getByTestId('next-check-in-steps')).toContainText(
      'once a week for 2 weeks then every two weeks',
    );
    setClock(31);
    await expectCheckIn(pat, home.patient, 'later');
    setClock(45);
    await expectCheckIn(pat, home.patient, 'later');
    await checkPage(pat, 'coming-home-patient-thinned');

    // Casey completes the plan with her closing words.
    await completePlan(casey, home.counselor, home.planId, CLOSING_WORDS);

    // Maria reads the closing summary in Spanish, with the §2.32 notice.
    expect(await toldKinds(url, home.mother)).toContain('CLOSING_SUMMARY');
    await readClosingSummaryInSpanish(maria, home.mother, home.planId, CLOSING_WORDS);
    await expect(maria.getByTestId('closing-phases')).toContainText('Regreso a casa');
    await expect(maria.getByTestId('closing-phases')).toContainText('Cuidado continuo');
    await expect(maria.getByTestId('closing-expectations')).toContainText(CALLS);
    await expect(maria.getByTestId('crisis-button')).toBeVisible();
    await checkPage(maria, 'coming-home-closing-summary-es');
  });
});
