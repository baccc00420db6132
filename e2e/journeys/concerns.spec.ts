import { expect, test } from '@playwright/test';
import { as, gql, Home, newHome } from '../setup';
import { checkPage, choose, setClock, signOut, signInAs } from '../support';

const NAMES = {
  counselor: 'Ines Calder',
  patient: 'Pat Moreno',
  mother: 'Maria Moreno',
  partner: 'Sam Moreno',
};
const SAMS_WORDS = 'Pat came over on Sunday without calling first, and I felt cornered.';
const phone = { viewport: { width: 390, height: 844 } };

/** The kept commitments on the plan's record over 30 days, as the counselor reads it. */
async function keptOnRecord(baseURL: string, home: Home): Promise<number> {
  return as(baseURL, home.counselor, async (api) => {
    const { trackRecord } = await gql<{ trackRecord: { commitments: { kept: number }[] } }>(
      api,
      'query Record($id: ID!) { trackRecord(planId: $id) { commitments { kept } } }',
      { id: home.planId },
    );
    return trackRecord.commitments[0]?.kept ?? 0;
  });
}

test.describe('rupture and repair', () => {
  test.setTimeout(480_000);
  let home: Home;

  test.beforeAll(async ({ baseURL }) => {
    setClock(0);
    home = await newHome(baseURL as string, NAMES);
    // Sam's boundary, which applies to Pat: call before you come over.
    const patId = await as(baseURL as string, home.partner, async (api) => {
      const { agreement } = await gql<{ agreement: { members: { id: string; kind: string }[] } }>(
        api,
        'query Members($id: ID!) { agreement(id: $id) { members { id kind } } }',
        { id: home.planId },
      );
      return agreement.members.find((m) => m.kind === 'PATIENT')?.id as string;
    });
    await as(baseURL as string, home.partner, (api) =>
      gql(
        api,
        'mutation State($input: StateBoundaryInput!) { stateBoundary(input: $input) { id } }',
        {
          input: {
            planId: home.planId,
            category: 'CONTACT',
            need: 'Call before you come over',
            ifCrossed: 'I will not open the door',
            appliesToMemberIds: [patId],
            visibility: 'PLAN',
          },
        },
      ),
    );
  });
  test.afterAll(() => setClock(0));

  test('Sam raises a concern Pat sees only once reviewed; they agree a repair, keep it, and it counts; Maria raises a SAFETY concern the counselor sees live', async ({
    browser,
    baseURL,
  }) => {
    const sam = await (await browser.newContext(phone)).newPage();
    const pat = await (await browser.newContext(phone)).newPage();
    const counselor = await (await browser.newContext()).newPage();

    // Sam, on his phone: "Something's not right?" is on his home, beside the crisis line.
    await signInAs(sam, home.partner, 'family');
    await expect(sam.getByTestId('crisis-button')).toBeVisible();
    await expect(sam.getByTestId('something-not-right')).toBeVisible();
    await checkPage(sam, 'concerns-family-home');
    await sam.getByTestId('open-concerns').click();
    await expect(sam).toHaveURL(new RegExp(`/family/concerns/${home.planId}`));
    await sam.getByTestId('concern-open').click();
    await choose(sam, 'concern-boundary', /Call before you come over/);
    await sam.getByRole('radio', { name: 'Some', exact: true }).check();
    await sam.getByRole('checkbox', { name: NAMES.patient }).check();
    // "You always" earns a gentle hint, only for him, and never blocks.
    await sam.getByTestId('concern-words').fill('You always just show up.');
    await expect(sam.getByTestId('concern-hints')).toBeVisible();
    await sam.getByTestId('concern-words').fill(SAMS_WORDS);
    await checkPage(sam, 'concerns-raise-form');
    await sam.getByTestId('concern-send').click();
    await expect(sam.getByTestId('concern-sent')).toBeVisible();
    await expect(sam.getByTestId('concern')).toHaveCount(1);
    await expect(sam.getByTestId('concern-status')).toHaveText('Waiting for the counselor');

    // Pat sees nothing of it.
    await signInAs(pat, home.patient, 'patient');
    await expect(pat.getByTestId('something-not-right')).toBeVisible();
    await pat.getByTestId('open-concerns').click();
    await expect(pat.getByTestId('concerns-none')).toBeVisible();
    await expect(pat.getByTestId('concern')).toHaveCount(0);

    // The counselor: the queue on their home, then the concern, reviewed and framed in their words.
    await signInAs(counselor, home.counselor, 'staff');
    await expect(counselor.getByTestId('concern-queue-item')).toHaveCount(1);
    await checkPage(counselor, 'concerns-staff-queue');
    await counselor.getByTestId('concern-queue-item').getByRole('link').click();
    await expect(counselor).toHaveURL(new RegExp(`/staff/plans/${home.planId}/concerns`));
    await expect(counselor.getByTestId('concern-not-reviewed')).toBeVisible();
    await expect(counselor.getByTestId('concern-entry-RAISED')).toContainText('cornered');
    await expect(counselor.getByTestId('concern')).toContainText(`About: ${NAMES.patient}`);
    await counselor
      .getByTestId('concern-framing')
      .fill('Sam would like a call before anyone comes over to the house.');
    await counselor.getByTestId('concern-review').click();
    await expect(counselor.getByTestId('concern-entry-FRAMING')).toBeVisible();
    await counselor.getByTestId('concern-discuss').click();
    await expect(counselor.getByTestId('concern-status')).toHaveText('Being talked through');

    // Now Pat sees it, in the counselor's words, never Sam's own.
    await pat.reload();
    await expect(pat.getByTestId('concern')).toHaveCount(1);
    await expect(pat.getByTestId('concern-entry-FRAMING')).toContainText('a call before');
    await expect(pat.getByTestId('concern')).not.toContainText('cornered');
    await checkPage(pat, 'concerns-patient-sees-framing');

    // The repair: Pat will call before coming; Sam will say when a time works.
    await choose(counselor, 'commitment-member-0', NAMES.patient);
    await counselor.getByTestId('commitment-words-0').fill('Call before coming over');
    await counselor.getByTestId('commitment-add').click();
    await choose(counselor, 'commitment-member-1', NAMES.partner);
    await counselor.getByTestId('commitment-words-1').fill('Say when a time works');
    await counselor.getByTestId('repair-send').click();
    await expect(counselor.getByTestId('repair-status')).toHaveText(
      'Waiting for everyone to accept',
    );
    await checkPage(counselor, 'concerns-staff-repair-proposed');

    // Each accepts their own part (the page follows along live).
    await expect(pat.getByTestId('repair-accept')).toHaveCount(1);
    await pat.getByTestId('repair-accept').click();
    await sam.reload();
    await sam.getByTestId('repair-accept').click();
    await expect(sam.getByTestId('repair-status')).toHaveText('Agreed');
    await checkPage(sam, 'concerns-family-repair-agreed');
    const keptBefore = await keptOnRecord(baseURL as string, home);

    // Two weeks later, both kept their part; the counselor confirms and the concern is settled.
    setClock(14);
    for (const [page, person, area] of [
      [sam, home.partner, 'family'],
      [pat, home.patient, 'patient'],
      [counselor, home.counselor, 'staff'],
    ] as const)
      await signInAs(page, person, area);
    await pat.goto('/patient/concerns');
    await pat.getByTestId('commitment-kept').click();
    await expect(pat.getByTestId('commitment').filter({ hasText: 'Marked kept' })).toHaveCount(1);
    await sam.goto(`/family/concerns/${home.planId}`);
    await sam.getByTestId('commitment-kept').click();
    await expect(sam.getByTestId('commitment').filter({ hasText: 'Marked kept' })).toHaveCount(1);
    await counselor.goto(`/staff/plans/${home.planId}/concerns`);
    await counselor.getByTestId('commitment-confirm-kept').first().click();
    await expect(counselor.getByTestId('commitment-confirmed')).toHaveCount(1);
    await counselor.getByTestId('commitment-confirm-kept').click();
    await expect(counselor.getByTestId('concern-status')).toHaveText('Settled with a repair');
    await expect(counselor.getByTestId('repair-status')).toHaveText('Kept');
    await checkPage(counselor, 'concerns-staff-settled');
    expect(await keptOnRecord(baseURL as string, home)).toBe(keptBefore + 2);
    // It stays in the plan's record for those who were party to it.
    await pat.reload();
    await expect(pat.getByTestId('concern-status')).toHaveText('Settled with a repair');

    // Maria does not feel safe: the crisis lines show at once, and the counselor's open page shows it live.
    const maria = await (await browser.newContext(phone)).newPage();
    await signInAs(maria, home.mother, 'family');
    await maria.goto(`/family/concerns/${home.planId}`);
    // She reads and writes in Spanish.
    await maria.getByTestId('language-menu').click();
    await maria.getByTestId('language-es').click();
    await expect(maria.getByTestId('concern-open')).toContainText('Plantear una inquietud');
    await maria.getByTestId('concern-open').click();
    await maria.getByRole('radio', { name: 'Mi seguridad' }).check();
    await maria.getByTestId('concern-words').fill('Esta noche no me siento a salvo en casa.');
    await checkPage(maria, 'concerns-raise-form-safety-es');
    await maria.getByTestId('concern-send').click();
    await expect(maria.getByTestId('concern-crisis')).toContainText('Ya se avisó a tu consejero');
    await expect(maria.getByTestId('concern-crisis').getByRole('link').first()).toHaveAttribute(
      'href',
      'tel:988',
    );
    await checkPage(maria, 'concerns-family-safety-crisis-es');
    const safety = counselor.locator('[data-testid="concern"].safety');
    await expect(safety).toHaveCount(1);
    await expect(safety).toContainText('My safety');
    // One step: upcoming visits pause.
    await safety.getByTestId('concern-pause-visits').click();
    await expect(safety.getByTestId('concern-paused')).toBeVisible();
    await expect(safety.getByTestId('concern-pause-visits')).toHaveCount(0);
    await checkPage(counselor, 'concerns-staff-safety');
    await counselor.goto('/staff');
    await expect(counselor.getByTestId('concern-queue-item').first()).toHaveAttribute(
      'data-severity',
      'SAFETY',
    );
    await signOut(counselor);
  });
});
