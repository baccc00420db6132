import { MilestoneFieldsFragment, PhaseMovesApi } from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import { render } from '../testing/render';
import { decisionsFor, MilestoneDecisionsComponent } from './milestone-decisions.component';

const base: MilestoneFieldsFragment = {
  id: 'm1',
  title: 'Check-ins: 3 in 7 days',
  kind: 'COUNT',
  party: 'PATIENT',
  status: 'IN_PROGRESS',
  progress: 2,
  target: 3,
  windowDays: 7,
  measure: 'CHECK_IN_DAYS',
  contactType: null,
  achievedAt: null,
  waivedReason: null,
};
const manual: MilestoneFieldsFragment = {
  ...base,
  id: 'm2',
  title: 'Talked through with the counselor',
  kind: 'MANUAL',
  status: 'NOT_STARTED',
  progress: 0,
  target: 1,
  measure: null,
};

describe('decisionsFor', () => {
  it('verifies only manual milestones, waives any not reached yet, and nothing once reached', () => {
    expect(decisionsFor(manual)).toEqual(['VERIFY', 'WAIVE']);
    expect(decisionsFor(base)).toEqual(['WAIVE']);
    expect(
      decisionsFor({ ...base, status: 'ACHIEVED', achievedAt: '2026-03-01T00:00:00Z' }),
    ).toEqual([]);
  });
});

describe('MilestoneDecisionsComponent', () => {
  it('shows progress as a bar, and waives only with a reason the family will read', async () => {
    const api = { decideMilestone: jest.fn().mockResolvedValue(undefined) };
    const { allByTestId, click, byTestId, element, settle } = await render(
      MilestoneDecisionsComponent,
      [{ provide: PhaseMovesApi, useValue: api }],
      { milestones: [base, manual] },
    );
    const [count, byHand] = allByTestId('staff-milestone');
    expect(count.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext')).toBe(
      '2 of 3',
    );
    expect(byHand.querySelector('[role="progressbar"]')).toBeNull();
    expect(count.querySelector('[data-testid="milestone-verify"]')).toBeNull();

    await click('milestone-verify', byHand);
    expect(api.decideMilestone).toHaveBeenCalledWith({ milestoneId: 'm2', decision: 'VERIFY' });

    await click('milestone-waive', count);
    await click('milestone-waive-confirm');
    expect(api.decideMilestone).toHaveBeenCalledTimes(1);
    expect(element.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      en.track.milestones.reasonNeeded,
    );
    const reason = byTestId('milestone-reason') as HTMLTextAreaElement;
    reason.value = 'Checked in by phone while the app was down';
    reason.dispatchEvent(new Event('input'));
    await settle();
    await click('milestone-waive-confirm');
    expect(api.decideMilestone).toHaveBeenLastCalledWith({
      milestoneId: 'm1',
      decision: 'WAIVE',
      reason: 'Checked in by phone while the app was down',
    });
  });
});
