import { expect, test } from '@playwright/test';
import { agree, as, gql, Home, moveUpAPhase, newHome, Person } from '../setup';
import { checkPage, setClock, signOut, signInAs } from '../support';

const NAMES = {
  counselor: 'Casey Okafor',
  patient: 'Pat Delgado',
  mother: 'Maria Delgado',
  partner: 'Sam Delgado',
};
const CALLS = 'A phone call three evenings a week';
const NO_ALCOHOL = 'No alcohol in the house';
const SUNDAY = 'Sunday dinner together, phones away';

async function toldKinds(baseURL: string, person: Person): Promise<string[]> {
  return as(baseURL, person, async (api) => {
    const { notifications } = await gql<{ notifications: { kind: string }[] }>(
      api,
      'query Told { notifications { kind } }',
    );
    return notifications.map((n) => n.kind);
  });
}

/** The counselor waives what is left of each phase and everyone agrees, until the plan is in Homecoming. */
async function upToHomecoming(url: string, home: Home): Promise<void> {
  for (;;) {
    const current = await as(url, home.counselor, async (api) => {
      const { plan } = await gql<{
        plan: {
          phases: {
            status: string;
            stage: string | null;
            milestones: { id: string; status: string }[];
          }[];
        };
      }>(
        api,
        'query Plan($id: ID!) { plan(id: $id) { phases { status stage milestones { id status } } } }',
        {
          id: home.planId,
        },
      );
      const phase = plan.phases.find((p) => p.status === 'CURRENT');
      if (!phase || phase.stage === 'HOMECOMING') return phase;
      for (const m of phase.milestones.filter((m) => m.status !== 'ACHIEVED'))
        await gql(
          api,
          'mutation D($input: DecideMilestoneInput!) { decideMilestone(input: $input) }',
          {
            input: {
              milestoneId: m.id,
              decision: 'WAIVE',
              reason: 'Seen in our sessions together.',
            },
          },
        );
      return phase;
    });
    if (!current || current.stage === 'HOMECOMING') return;
    await moveUpAPhase(url, home, 'Steady weeks, kindly kept.');
  }
}

test.describe('the trial homecoming: conditions signed by everyone, a weekly "how is home?", a review that extends', () => {
  test.setTimeout(480_000);
  let home: Home;

  test.beforeAll(async ({ baseURL }) => {
    const url = baseURL as string;
    setClock(0);
    home = await newHome(url, NAMES);
    await agree(url, home, { expectation: CALLS, boundary: NO_ALCOHOL });
    await upToHomecoming(url, home);
    // Maria reads Homeward in Spanish.
    await as(url, home.mother, (api) => gql(api, 'mutation { setLanguage(language: ES) { id } }'));
  });

  test.afterAll(() => setClock(0));

  test('Pat comes home on trial: the counselor publishes, everyone signs, the review extends it once', async ({
    page,
    baseURL,
  }) => {
    const url = baseURL as string;

    // The counselor writes the conditions from what the family agreed, plus one of their own.
    await signInAs(page, home.counselor, 'staff');
    await page.goto(`/staff/plans/${home.planId}`);
    await page.getByTestId('homecoming-link').getByRole('link').click();
    await expect(page).toHaveURL(/\/homecoming$/);
    await expect(page.getByTestId('trial-not-published')).toBeVisible();
    await expect(page.getByTestId('trial-drafted')).toHaveCount(2);
    await page.getByTestId('trial-own-conditions').fill(SUNDAY);
    await page.getByTestId('trial-publish').click();
    await expect(page.getByTestId('trial-condition')).toHaveCount(3);
    await expect(page.getByTestId('trial-conditions')).toContainText(CALLS);
    await expect(page.getByTestId('trial-conditions')).toContainText(NO_ALCOHOL);
    await expect(page.getByTestId('trial-awaiting')).toContainText(NAMES.patient);
    await checkPage(page, 'trial-homecoming-staff-published');
    await signOut(page);

    // Pat signs on his phone and says how home is.
    await signInAs(page, home.patient, 'patient');
    await page.getByTestId('homecoming-link').getByRole('link').click();
    await expect(page).toHaveURL(/\/patient\/homecoming$/);
    await expect(page.getByTestId('trial-next-review')).toBeVisible();
    await page.getByTestId('trial-typed-name').fill(NAMES.patient);
    await page.getByTestId('trial-sign').click();
    await expect(page.getByTestId('trial-signature')).toHaveCount(1);
    await page.getByTestId('trial-rating-4').click();
    await page.getByTestId('trial-home-words').fill('Quiet dinners, a good first week');
    await page.getByTestId('trial-home-submit').click();
    await expect(page.getByTestId('trial-answered')).toBeVisible();
    await expect(page.getByTestId('crisis-button')).toBeVisible();
    await checkPage(page, 'trial-homecoming-patient');
    await signOut(page);

    // Maria signs in Spanish.
    await signInAs(page, home.mother, 'family');
    await page.goto(`/family/homecoming/${home.planId}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regreso a casa de prueba');
    await page.getByTestId('trial-typed-name').fill(NAMES.mother);
    await page.getByTestId('trial-sign').click();
    await expect(page.getByTestId('trial-signature')).toHaveCount(2);
    await checkPage(page, 'trial-homecoming-family-es');
    await signOut(page);

    // Sam signs too (through the API): everyone has signed this version.
    await as(url, home.partner, (api) =>
      gql(
        api,
        'mutation S($input: SignTrialConditionsInput!) { signTrialConditions(input: $input) { id } }',
        {
          input: { planId: home.planId, version: 1, typedName: NAMES.partner },
        },
      ),
    );

    // A month on, the review day: the counselor is reminded and extends the trial once.
    setClock(30);
    await expect
      .poll(() => toldKinds(url, home.counselor), { timeout: 90_000 })
      .toContain('STAFF_TRIAL_REVIEW_DUE');
    await signInAs(page, home.counselor, 'staff');
    await page.goto(`/staff/plans/${home.planId}/homecoming`);
    await expect(page.getByTestId('trial-signed-by-all')).toBeVisible();
    await expect(page.getByTestId('trial-home-answer')).toContainText('Quiet dinners');
    await page.getByTestId('trial-outcome-extend').click();
    await page.getByTestId('trial-review-reason').fill('A few more weeks to settle in, together.');
    await page.getByTestId('trial-review-submit').click();
    await expect(page.getByTestId('trial-review-row')).toHaveCount(1);
    await expect(page.getByTestId('trial-review-row')).toContainText('A little more time');
    await checkPage(page, 'trial-homecoming-staff-extended');
    await signOut(page);

    // Maria hears there is something new, and reads the outcome in kind words.
    expect(await toldKinds(url, home.mother)).toContain('TRIAL_REVIEWED');
    await signInAs(page, home.mother, 'family');
    await page.goto(`/family/homecoming/${home.planId}`);
    await expect(page.getByTestId('trial-review-row')).toContainText('Un poco más de tiempo');
    await checkPage(page, 'trial-homecoming-family-es-extended');
  });
});
