import { expect, Locator, Page, test } from '@playwright/test';
import { localDay, shiftDay } from '@homeward/domain';
import { Home, Person, trackRecordHome } from '../setup';
import { checkPage, choose, setClock, signOut, signInAs } from '../support';

const NAMES = {
  counselor: 'Lena Ortiz',
  patient: 'Sam Okafor',
  mother: 'Grace Okafor',
  partner: 'Robin Okafor',
};
/** The organization's time zone: the browser lives in it too, so "today" and the days on the record agree. */
const ZONE = 'America/New_York';

test.use({ timezoneId: ZONE });

/** A timeline entry naming everyone who agreed ("Agreed by A, B, and C", in whatever order they answered). */
async function expectAgreedByAll(entry: Locator, people: Person[]): Promise<void> {
  await expect(entry.locator('.line').filter({ hasText: /^Agreed by / })).toHaveCount(1);
  for (const person of people)
    await expect(entry.locator('.line').filter({ hasText: /^Agreed by / })).toContainText(
      person.name,
    );
}

/** The patient's check-in on their home: mood, craving (from the keyboard), a meeting. */
async function checkIn(page: Page, mood: string, craving: number, meeting: boolean): Promise<void> {
  const card = page.getByTestId('check-in-card');
  const chosen = card.getByRole('radio', { name: mood, exact: true });
  await chosen.check();
  // The moods are one group to the keyboard: the arrows move between them, and back.
  await page.keyboard.press('ArrowLeft');
  await expect(chosen).not.toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(chosen).toBeChecked();
  const slider = card.getByTestId('check-in-craving');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < craving; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue(String(craving));
  if (meeting)
    await card.getByRole('checkbox', { name: 'I went to a recovery meeting today' }).check();
  await card.getByTestId('check-in-submit').click();
}

test.describe('the track record', () => {
  // A week of a family's life, lived in a few minutes: give it the time it needs.
  test.setTimeout(480_000);
  let home: Home;

  test.beforeAll(async ({ baseURL }) => {
    setClock(0);
    home = await trackRecordHome(baseURL as string, NAMES);
  });

  test.afterAll(() => setClock(0));

  test('check-ins and a supervised visit reach the milestones of phase 2; everyone agrees to phase 3; the partner sees no check-ins; a pause and picking up again', async ({
    page,
  }) => {
    const { counselor, patient, mother, partner, planId } = home;
    const today = localDay(new Date(), ZONE);
    const visitDay = shiftDay(today, -2);

    // Day 0. The counselor is a little early: the plan is in phase 2 and its milestones are not reached yet.
    await signInAs(page, counselor, 'staff');
    await page.goto(`/staff/plans/${planId}`);
    await expect(page.locator('[aria-current="step"]')).toContainText('Supervised visits');
    await expect(page.getByTestId('staff-milestone')).toHaveCount(2);
    await page.getByTestId('propose-reason').fill('Steady check-ins and a good visit');
    await page.getByTestId('propose-next').click();
    await expect(page.getByTestId('propose-refusal')).toContainText(
      'Not yet: 0 of 2 milestones of this phase are achieved.',
    );
    await checkPage(page, 'track-staff-not-yet');
    await signOut(page);

    // The patient checks in, then updates today's check-in: the new one counts for today.
    await signInAs(page, patient, 'patient');
    await expect(page.getByTestId('crisis-button')).toBeVisible();
    await expect(page.getByTestId('check-in-submit')).toBeVisible();
    await checkPage(page, 'track-patient-check-in-form');
    await checkIn(page, 'Okay', 3, true);
    await expect(page.getByTestId('check-in-status')).toHaveText('Thank you for checking in.');
    await expect(page.getByTestId('check-in-summary')).toContainText(
      'Mood: Okay · Craving: 3 of 10 · went to a meeting',
    );
    await page.getByTestId('check-in-update').click();
    await page
      .getByTestId('check-in-card')
      .getByRole('radio', { name: 'Good', exact: true })
      .check();
    await page.getByTestId('check-in-note').fill('A long walk with my sponsor');
    await page.getByTestId('check-in-visibility-PLAN').click();
    await page.getByTestId('check-in-submit').click();
    await expect(page.getByTestId('check-in-status')).toHaveText(
      'Thank you. Your new check-in counts for today.',
    );
    await expect(page.getByTestId('check-in-summary')).toContainText('Mood: Good');
    await expect(page.getByTestId('check-in-today')).toContainText(
      'Your note (shared with your plan): A long walk with my sponsor',
    );
    await checkPage(page, 'track-patient-checked-in');

    // They ask for a supervised visit with their mother in two days, and turn on their calendar link.
    await page.getByTestId('open-visits').click();
    await expect(page).toHaveURL(/\/patient\/visits$/);
    await page.getByTestId('visit-request-open').click();
    await choose(page, 'visit-type', 'Supervised visits on site');
    await page.getByTestId('visit-date').fill(visitDay);
    await page.getByTestId('visit-from').fill('14:00');
    await page.getByTestId('visit-until').fill('15:00');
    await page.getByTestId('visit-place').fill('The family room at Harbor House');
    await page
      .getByTestId('visit-request-form')
      .getByRole('checkbox', { name: mother.name })
      .check();
    await checkPage(page, 'track-patient-visit-request');
    await page.getByTestId('visit-submit').click();
    await expect(page.getByTestId('visits-status')).toContainText('Asked.');
    const visit = page.getByTestId('visit').first();
    await expect(visit.getByTestId('visit-status')).toHaveText('Waiting for the counselor');
    await expect(
      visit.getByTestId('visit-participant').filter({ hasText: patient.name }),
    ).toContainText('Willing');
    await expect(
      visit.getByTestId('visit-participant').filter({ hasText: mother.name }),
    ).toContainText('Not answered yet');
    await page.getByTestId('calendar-enable').click();
    await expect(page.getByTestId('calendar-link')).toContainText('/calendar/');
    await expect(page.getByTestId('calendar-state')).toHaveAttribute('data-enabled', 'true');
    await checkPage(page, 'track-patient-visits');
    await signOut(page);

    // The counselor approves it, with themselves there.
    await signInAs(page, counselor, 'staff');
    await page.goto(`/staff/plans/${planId}`);
    const staffVisit = page.getByTestId('visit').first();
    await expect(staffVisit.getByTestId('visit-status')).toHaveText('Waiting for the counselor');
    await choose(page, 'visit-supervisor', `${counselor.name} (you)`);
    await staffVisit.getByTestId('visit-approve').click();
    await expect(staffVisit.getByTestId('visit-done')).toHaveText('Approved.');
    await expect(staffVisit.getByTestId('visit-status')).toHaveText('Approved');
    await expect(staffVisit).toContainText(`With ${counselor.name} there`);
    await checkPage(page, 'track-staff-visit-approved');
    await signOut(page);

    // The mother checks in for herself — hers, not a report — and says she is willing to come.
    await signInAs(page, mother, 'family');
    const own = page.getByTestId('family-check-in');
    await expect(own).toContainText('Yours, not a report');
    await own.getByRole('radio', { name: 'Stressed', exact: true }).check();
    await own.getByRole('checkbox', { name: 'I would like some support' }).check();
    await own.getByTestId('family-check-in-submit').click();
    await expect(page.getByTestId('family-check-in-status')).toContainText(
      'Your counselor will see that you would like support.',
    );
    await checkPage(page, 'track-family-check-in');
    await page.getByTestId('open-visits').click();
    const hers = page.getByTestId('visit').first();
    await expect(hers.getByTestId('visit-opt-out')).toHaveText('Not this time');
    await expect(hers).toContainText('You do not need to give a reason');
    await hers.getByTestId('visit-willing').click();
    await expect(hers.getByTestId('visit-done')).toHaveText('Thank you. You said you are willing.');
    await expect(
      hers.getByTestId('visit-participant').filter({ hasText: `${mother.name} (you)` }),
    ).toContainText('Willing');
    await checkPage(page, 'track-family-visit-willing');
    await signOut(page);

    // Day 1 (the API's clock moves on; sessions last 12 hours at most, so everyone signs in again): a strong craving, said honestly.
    setClock(1);
    await signInAs(page, patient, 'patient');
    await expect(page.getByTestId('check-in-submit')).toHaveText('Check in');
    await checkIn(page, 'Low', 8, false);
    await expect(page.getByTestId('check-in-summary')).toContainText('Craving: 8 of 10');
    await signOut(page);

    // Day 2: the third day with a check-in this week reaches the first milestone.
    setClock(2);
    await signInAs(page, patient, 'patient');
    await checkIn(page, 'Good', 2, true);
    await expect(page.getByTestId('check-in-status')).toHaveText('Thank you for checking in.');
    const checkInMilestone = page
      .getByTestId('phase-now')
      .getByTestId('milestone')
      .filter({ hasText: 'Check-ins: 3 in 7 days' });
    await expect(checkInMilestone).toHaveAttribute('data-status', 'ACHIEVED');
    await expect(checkInMilestone.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      '3 of 3',
    );
    await checkPage(page, 'track-patient-milestone');
    await signOut(page);

    // Day 3: the visit has taken place. The caseload shows the last check-in and the strong craving, linked to the day on the record.
    setClock(3);
    await signInAs(page, counselor, 'staff');
    await page.goto('/staff/plans');
    const row = page.getByTestId('caseload-row').filter({ hasText: patient.name });
    await expect(row.getByTestId('last-check-in')).toContainText('Last check-in');
    const craving = row.getByTestId('attention-item').filter({ hasText: 'noted a strong craving' });
    await expect(craving).toContainText(patient.name);
    await checkPage(page, 'track-staff-caseload');
    await craving.getByTestId('attention-link').click();
    await expect(page).toHaveURL(
      new RegExp(
        `/staff/plans/${planId}/record\\?day=${shiftDay(today, -1)}#check-in-${shiftDay(today, -1)}$`,
      ),
    );
    const markedDay = page.locator(`#check-in-${shiftDay(today, -1)}`);
    await expect(markedDay).toBeVisible();
    await expect(markedDay).toContainText('8/10');
    await expect(
      page.getByTestId('check-in-heatmap').locator('rect[data-level]:not([data-level="0"])'),
    ).toHaveCount(3);
    await expect(page.getByTestId('record-family-check-ins')).toContainText(mother.name);
    await expect(page.getByTestId('family-check-in-row').first()).toContainText(
      'Would like support',
    );
    await checkPage(page, 'track-staff-record');
    await page.setViewportSize({ width: 1280, height: 800 });
    await checkPage(page, 'track-staff-record-desktop');
    await page.setViewportSize({ width: 390, height: 844 });

    // The counselor records that the visit took place.
    await page.goto(`/staff/plans/${planId}`);
    await staffVisit.getByTestId('visit-close').click();
    await choose(page, 'visit-outcome', 'It took place');
    await staffVisit.getByTestId('visit-close-save').click();
    await expect(staffVisit.getByTestId('visit-status')).toHaveText('Took place');
    await signOut(page);

    // The patient and the mother each say how it went.
    for (const [person, area, rating] of [
      [patient, 'patient', 'Good'],
      [mother, 'family', 'Very good'],
    ] as const) {
      await signInAs(page, person, area);
      await page.getByTestId('open-visits').click();
      const past = page.getByTestId('visits-past').getByTestId('visit').first();
      await past.getByTestId('visit-debrief-open').click();
      await past.getByRole('radio', { name: rating, exact: true }).check();
      await past.getByTestId('debrief-boundaries-yes').click();
      await past.getByTestId('debrief-helped').fill('Taking a walk round the garden together');
      if (person === patient) await checkPage(page, 'track-patient-debrief');
      await past.getByTestId('debrief-submit').click();
      await expect(past.getByTestId('visit-done')).toHaveText('Thank you for sharing how it went.');
      await expect(
        past.getByTestId('visit-debrief').filter({ hasText: `${person.name}: ${rating}` }),
      ).toContainText('Boundaries respected');
      await expect(past.getByTestId('visit-debrief-open')).toHaveCount(0);
      await signOut(page);
    }

    // Both milestones of phase 2 are reached; the counselor proposes phase 3.
    await signInAs(page, counselor, 'staff');
    await page.goto(`/staff/plans/${planId}`);
    await expect(
      page.getByTestId('staff-milestone').filter({ hasText: 'A supervised visit that went well' }),
    ).toHaveAttribute('data-status', 'ACHIEVED');
    await expect(
      page.getByTestId('staff-milestone').filter({ hasText: 'Check-ins: 3 in 7 days' }),
    ).toHaveAttribute('data-status', 'ACHIEVED');
    await page
      .getByTestId('propose-reason')
      .fill('Steady check-ins, and a visit that went well for both of them');
    await page.getByTestId('propose-next').click();
    await expect(page.getByTestId('phase-moves-status')).toContainText(
      'Everyone on the plan is asked whether they agree to move up to Day passes.',
    );
    await expect(page.getByTestId('proposal-waiting')).toHaveText(
      `Waiting for ${patient.name}, ${mother.name}, and ${partner.name}`,
    );
    await checkPage(page, 'track-staff-proposed');
    await signOut(page);

    // The patient, the mother and the partner agree; the last agreement moves the plan up.
    for (const [person, area] of [
      [patient, 'patient'],
      [mother, 'family'],
      [partner, 'family'],
    ] as const) {
      await signInAs(page, person, area);
      const proposal = page.getByTestId('phase-proposal');
      await expect(proposal).toContainText('Moving up to Day passes?');
      await expect(proposal).toContainText(
        'Why: Steady check-ins, and a visit that went well for both of them',
      );
      if (person === mother) await checkPage(page, 'track-family-proposal');
      await proposal.getByTestId('proposal-agree').click();
      if (person === partner) {
        await expect(page.getByTestId('proposal-moved')).toHaveText(
          'Everyone agreed: the plan has moved up to Day passes.',
        );
        await checkPage(page, 'track-partner-moved');
      } else {
        await expect(proposal.getByTestId('proposal-mine')).toHaveText('You agreed.');
        await signOut(page);
      }
    }

    // The partner shares in the progress, never in the check-ins: none on their home, their record or their visits.
    await expect(page.getByTestId('family-plan').locator('[aria-current="step"]')).toContainText(
      'Day passes',
    );
    await page.getByTestId('open-record').click();
    await expect(page.getByTestId('family-record')).toBeVisible();
    await expect(page.getByTestId('redisclosure-notice')).toContainText('42 CFR part 2');
    await expectAgreedByAll(
      page.getByTestId('timeline-entry').filter({ hasText: 'Moved up to Day passes' }),
      [patient, mother, partner],
    );
    await expect(page.getByTestId('record-check-ins')).toHaveCount(0);
    await expect(page.getByTestId('check-in-heatmap')).toHaveCount(0);
    await expect(page.getByTestId('mood-trend')).toHaveCount(0);
    await expect(page.getByTestId('record-commitments')).toHaveCount(0);
    await expect(page.getByText(/check-ins? on \d+ of/i)).toHaveCount(0);
    await checkPage(page, 'track-partner-record');
    await page.getByRole('link', { name: /Back to my home/ }).click();
    await expect(page.getByTestId('family-home')).toBeVisible();
    await expect(page.getByText('A long walk with my sponsor')).toHaveCount(0);
    await expect(page.getByText(/Craving/i)).toHaveCount(0);
    await page.getByTestId('open-visits').click();
    await expect(page.getByTestId('visits-upcoming')).toContainText('Nothing planned right now.');
    await expect(page.getByTestId('visit')).toHaveCount(0);
    await signOut(page);

    // The mother, who may see check-ins, sees the heatmap and the commitments kept, with the notice.
    await signInAs(page, mother, 'family');
    await page.getByTestId('open-record').click();
    await expect(page.getByTestId('redisclosure-notice')).toBeVisible();
    await expect(page.getByTestId('heatmap-summary')).toHaveText(
      'Check-ins on 3 of the last 90 days. A darker square is a day with a better mood.',
    );
    await expect(page.getByTestId('commitment-line').first()).toContainText('Last 30 days');
    await checkPage(page, 'track-family-record');
    // In Spanish too.
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-es').click();
    await expect(page.getByTestId('heatmap-summary')).toHaveText(
      'Registros en 3 de los últimos 90 días. Un cuadro más oscuro es un día con mejor ánimo.',
    );
    await expect(page.getByTestId('commitment-line').first()).toContainText('Últimos 30 días');
    await checkPage(page, 'track-family-record-es');
    await page.getByTestId('language-menu').click();
    await page.getByTestId('language-en').click();
    await expect(page.getByTestId('heatmap-summary')).toContainText(
      'Check-ins on 3 of the last 90 days',
    );
    await signOut(page);

    // The plan shows phase 3, and its timeline says who agreed.
    await signInAs(page, counselor, 'staff');
    await page.goto(`/staff/plans/${planId}`);
    await expect(page.locator('[aria-current="step"]')).toContainText('Day passes');
    await page.getByTestId('open-record').click();
    await expectAgreedByAll(
      page.getByTestId('timeline-entry').filter({ hasText: 'Moved up to Day passes' }),
      [patient, mother, partner],
    );
    await expect(
      page.getByTestId('timeline-entry').filter({ hasText: 'Moved up to Supervised visits' }),
    ).toBeVisible();
    await checkPage(page, 'track-staff-timeline');
    await signOut(page);

    // Anyone may ask for a pause, with no reason needed: the partner does.
    await signInAs(page, partner, 'family');
    await page.getByTestId('pause-open').click();
    await expect(page.getByTestId('ask-pause')).toContainText('Nothing earned is lost');
    await checkPage(page, 'track-partner-pause');
    await page.getByTestId('pause-confirm').click();
    await expect(page.getByTestId('pause-done')).toContainText('The plan is paused.');
    await signOut(page);

    // The counselor picks it up again with everyone; the timeline keeps both.
    await signInAs(page, counselor, 'staff');
    await page.goto(`/staff/plans/${planId}`);
    await expect(page.getByTestId('plan-status')).toHaveText('Paused for now');
    await page
      .getByTestId('status-reason')
      .fill('We talked it through together and are ready to go on');
    await page.getByTestId('status-resume').click();
    await expect(page.getByTestId('plan-status')).toHaveText('Active');
    await page.getByTestId('open-record').click();
    await expect(page.getByTestId('timeline-entry').filter({ hasText: 'Paused' })).toContainText(
      `By ${partner.name}`,
    );
    await expect(
      page.getByTestId('timeline-entry').filter({ hasText: 'Picked up again' }),
    ).toContainText('We talked it through together');
    await signOut(page);
  });
});
