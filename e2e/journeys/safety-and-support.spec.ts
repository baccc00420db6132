import { expect, test } from '@playwright/test';
import { as, gql, Home, newHome, Person } from '../setup';
import { checkPage, setClock, signInAs } from '../support';

const NAMES = {
  counselor: 'Casey Lindqvist',
  patient: 'Pat Alvarez',
  mother: 'Maria Alvarez',
  partner: 'Sam Alvarez',
};
const WARNING_SIGN = 'Staying late at work to avoid going home';
const PATS_WORDS = 'I had a hard night after work and I want to be honest about it.';
const phone = { viewport: { width: 390, height: 844 } };

/** What a person has been told, as kinds (the words themselves are discreet). */
async function toldKinds(baseURL: string, person: Person): Promise<string[]> {
  return as(baseURL, person, async (api) => {
    const { notifications } = await gql<{ notifications: { kind: string }[] }>(
      api,
      'query Told { notifications { kind } }',
    );
    return notifications.map((n) => n.kind);
  });
}

test.describe('safety and support: a safety plan shared, and the plan for a hard day followed', () => {
  test.setTimeout(480_000);
  let home: Home;
  let visitId: string;

  test.beforeAll(async ({ baseURL }) => {
    const url = baseURL as string;
    setClock(0);
    home = await newHome(url, NAMES);
    // Pat has earned a milestone: the counselor verified he talked the expectations through.
    await as(url, home.counselor, async (api) => {
      const { plan } = await gql<{
        plan: { phases: { milestones: { id: string; title: string }[] }[] };
      }>(api, 'query Plan($id: ID!) { plan(id: $id) { phases { milestones { id title } } } }', {
        id: home.planId,
      });
      const milestone = plan.phases[0].milestones.find((m) => m.title.startsWith('Expectations'));
      await gql(
        api,
        'mutation Decide($input: DecideMilestoneInput!) { decideMilestone(input: $input) }',
        { input: { milestoneId: milestone?.id, decision: 'VERIFY' } },
      );
    });
    // A phone call with Maria is approved (Pat shares with her on his phone, below).
    const patId = await as(url, home.patient, async (api) => {
      const { agreement } = await gql<{ agreement: { members: { id: string; isMe: boolean }[] } }>(
        api,
        'query Members($id: ID!) { agreement(id: $id) { members { id isMe } } }',
        { id: home.planId },
      );
      return agreement.members.find((m) => m.isMe)?.id as string;
    });
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    visitId = await as(url, home.patient, async (api) => {
      const { requestVisit } = await gql<{ requestVisit: { id: string } }>(
        api,
        'mutation Ask($input: RequestVisitInput!) { requestVisit(input: $input) { id } }',
        {
          input: {
            planId: home.planId,
            contactType: 'PHONE',
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
            place: 'By phone',
            participantMemberIds: [patId, home.members.mother],
          },
        },
      );
      return requestVisit.id;
    });
    await as(url, home.counselor, (api) =>
      gql(
        api,
        'mutation Approve($input: ApproveVisitInput!) { approveVisit(input: $input) { id } }',
        {
          input: { visitId },
        },
      ),
    );
  });
  test.afterAll(() => setClock(0));

  test('Pat writes a safety plan and shares it with Maria; Casey drafts the lapse plan, Pat, Maria and Sam agree it; Pat records a hard day; visits pause and Maria is told as agreed; his milestones stay; two weeks later Casey resumes through the steps back in', async ({
    browser,
    baseURL,
  }) => {
    const url = baseURL as string;
    const casey = await (await browser.newContext()).newPage();
    const pat = await (await browser.newContext(phone)).newPage();
    const maria = await (await browser.newContext(phone)).newPage();
    const sam = await (await browser.newContext(phone)).newPage();

    // Pat writes his safety plan, one tap from his home, and shares it (and his progress) with
    // Maria by the consent he signs there; Sam is not chosen.
    await signInAs(pat, home.patient, 'patient');
    await pat.getByTestId('safety-plan-link').click();
    await expect(pat).toHaveURL(/\/patient\/safety-plan$/);
    await pat.getByTestId('item-warningSigns-0').fill(WARNING_SIGN);
    await pat.getByTestId('item-copingStrategies-0').fill('A walk around the block');
    await pat.getByTestId('item-peopleToAsk-0').fill('Maria');
    await pat.getByTestId('safety-plan-save').click();
    await expect(pat.getByTestId('safety-plan-saved')).toContainText('version 1');
    await pat.getByTestId('safety-plan-choose-readers').click();
    const motherCard = pat.getByTestId('consent-member').filter({ hasText: NAMES.mother });
    await motherCard.getByTestId('consent-open').click();
    await motherCard.getByTestId('consent-category-SAFETY_PLAN').click();
    await motherCard.getByTestId('consent-category-PROGRESS').click();
    await motherCard.getByTestId('consent-signature').fill(NAMES.patient);
    await motherCard.getByTestId('consent-grant').click();
    await expect(pat.getByTestId(`reader-${NAMES.mother}`)).toContainText('can read it');
    await expect(pat.getByTestId(`reader-${NAMES.partner}`)).toContainText('cannot read it');
    await checkPage(pat, 'support-patient-safety-plan-shared');

    // Casey drafts the plan with the family's words: Maria is told, visits pause for two weeks at most.
    await signInAs(casey, home.counselor, 'staff');
    await casey.goto(`/staff/plans/${home.planId}`);
    await casey.getByTestId('open-lapse-plan').click();
    await expect(casey).toHaveURL(new RegExp(`/staff/plans/${home.planId}/lapse-plan`));
    await casey
      .getByTestId('draft-meaning')
      .fill('Using again, even once. A hard day, not the end of anything.');
    await casey.getByRole('checkbox', { name: NAMES.mother }).check();
    await casey.getByTestId('draft-told-by').fill('Casey calls Maria the same day');
    await casey.getByTestId('draft-max-days').fill('14');
    await casey
      .getByTestId('draft-steps')
      .fill('A talk with Casey\nThree check-ins in a row\nA family meeting');
    await casey.getByTestId('propose-lapse-plan').click();
    await expect(casey.getByTestId('lapse-version-status')).toHaveText('waiting for everyone');
    await expect(casey.getByTestId('lapse-told').first()).toContainText(NAMES.mother);
    await checkPage(casey, 'lapse-staff-drafted');

    // Pat, on his phone, reads and accepts it from his home.
    await pat.goto('/patient');
    await expect(pat.getByTestId('crisis-button')).toBeVisible();
    await pat.getByTestId('open-lapse-plan').click();
    await expect(pat).toHaveURL(/\/patient\/lapse-plan/);
    await pat.getByTestId('accept-lapse-plan').click();
    await expect(pat.getByTestId('accept-lapse-plan')).toHaveCount(0);
    await checkPage(pat, 'lapse-patient-accepted');

    // Maria reads in Spanish.
    await signInAs(maria, home.mother, 'family');
    const saved = maria.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().postDataJSON()?.operationName === 'SetLanguage',
    );
    await maria.getByTestId('language-menu').click();
    await maria.getByTestId('language-es').click();
    expect((await saved).ok()).toBe(true);
    await maria.goto(`/family/lapse-plan/${home.planId}`);
    await expect(maria.getByRole('heading', { level: 1 })).toHaveText(
      'Nuestro plan para un día difícil',
    );
    await maria.getByTestId('accept-lapse-plan').click();
    await expect(maria.getByTestId('accept-lapse-plan')).toHaveCount(0);
    await checkPage(maria, 'lapse-family-es-accepted');
    // She reads Pat's safety plan too, in Spanish, with the notice that travels with it.
    await maria.goto('/family');
    await maria.getByTestId('open-safety-plan').click();
    await expect(maria.getByTestId('section-warningSigns')).toContainText(WARNING_SIGN);
    await expect(maria.getByTestId('redisclosure-notice')).toContainText('42 CFR parte 2');
    await checkPage(maria, 'support-family-es-safety-plan');

    await signInAs(sam, home.partner, 'family');
    await expect(sam.getByTestId('open-safety-plan')).toHaveCount(0);
    await sam.goto(`/family/lapse-plan/${home.planId}`);
    await sam.getByTestId('accept-lapse-plan').click();
    await expect(sam.getByTestId('lapse-agreed')).toBeVisible();
    await expect(sam.getByTestId('lapse-version-status')).toHaveText('agreed by everyone');

    // Pat records a hard day, in his words, the crisis line beside the form.
    await pat.reload();
    await expect(pat.getByTestId('something-happened')).toBeVisible();
    await pat.getByTestId('happened-words').fill(PATS_WORDS);
    await pat.getByTestId('record-happened').click();
    await expect(pat.getByTestId('happened-recorded')).toContainText('being followed');
    await expect(pat.getByTestId('lapse-paused')).toContainText('Paused, following our plan.');
    await checkPage(pat, 'lapse-patient-something-happened');

    // The visit pauses as agreed: it will not take place.
    const visitStatus = await as(url, home.counselor, async (api) => {
      const { visits } = await gql<{ visits: { id: string; status: string }[] }>(
        api,
        'query Visits($id: ID!) { visits(planId: $id) { id status } }',
        { id: home.planId },
      );
      return visits.find((v) => v.id === visitId)?.status;
    });
    expect(visitStatus).toBe('CANCELLED');
    // Maria is told as agreed; Sam was not chosen, so he is not.
    expect(await toldKinds(url, home.mother)).toContain('LAPSE_PLAN_FOLLOWED');
    expect(await toldKinds(url, home.partner)).not.toContain('LAPSE_PLAN_FOLLOWED');

    // Maria's home reads "paused, following our plan" in Spanish; she shares Pat's progress, so she reads his words.
    await maria.goto('/family');
    await expect(maria.getByTestId('paused-following-plan')).toContainText(
      'En pausa, siguiendo nuestro plan.',
    );
    await checkPage(maria, 'lapse-family-es-home-paused');
    await maria.getByTestId('open-lapse-plan').click();
    await expect(maria.getByTestId('lapse-day')).toContainText(PATS_WORDS);
    await expect(maria.getByTestId('redisclosure-notice')).toBeVisible();
    await checkPage(maria, 'lapse-family-es-paused');
    // Sam learns only that the plan is paused, following the plan he agreed.
    await sam.reload();
    await expect(sam.getByTestId('lapse-paused')).toBeVisible();
    await expect(sam.getByTestId('lapse-day')).toHaveCount(0);
    await expect(sam.getByTestId('lapse-plan')).not.toContainText('hard night');
    await checkPage(sam, 'lapse-family-paused-no-consent');

    // Nothing earned is erased: Pat's milestone stays reached, and the record marks one hard day.
    await pat.goto('/patient');
    await expect(
      pat.getByTestId('milestone').filter({ hasText: 'Expectations talked through' }),
    ).toHaveAttribute('data-status', 'ACHIEVED');
    await expect(pat.getByTestId('paused-following-plan')).toBeVisible();
    await checkPage(pat, 'lapse-patient-home-paused');
    await pat.goto('/patient/record');
    await expect(pat.getByTestId('hard-day')).toHaveCount(1);

    // Two weeks later, Casey sees the longest pause has come, checks off the steps back in and resumes.
    setClock(14);
    await signInAs(casey, home.counselor, 'staff');
    expect(await toldKinds(url, home.counselor)).toContain('STAFF_SOMETHING_HAPPENED');
    await casey.goto(`/staff/plans/${home.planId}/lapse-plan`);
    await expect(casey.getByTestId('pause-ends')).toBeVisible();
    await expect(casey.getByTestId('resume-plan')).toBeDisabled();
    await expect(casey.getByTestId('resume-when')).toBeVisible();
    for (let i = 0; i < 3; i++) {
      await casey.getByTestId('check-step').first().click();
      await expect(casey.getByTestId('check-step')).toHaveCount(2 - i);
    }
    await expect(casey.getByTestId('resume-when')).toHaveCount(0);
    await casey.getByTestId('resume-plan').click();
    await expect(casey.getByTestId('lapse-paused')).toHaveCount(0);
    await expect(casey.getByTestId('resume-plan')).toHaveCount(0);
    await checkPage(casey, 'lapse-staff-resumed');
    const status = await as(url, home.counselor, async (api) => {
      const { plan } = await gql<{ plan: { status: string } }>(
        api,
        'query Plan($id: ID!) { plan(id: $id) { status } }',
        { id: home.planId },
      );
      return plan.status;
    });
    expect(status).toBe('ACTIVE');
  });
});
