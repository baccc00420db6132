import { signal } from '@angular/core';
import { LapseApi, LapsePlan, PlansApi } from '@homeward/web-data-access';
import { CrisisStore } from '../../core/crisis.store';
import { render } from '../../testing/render';
import { LapsePlanComponent } from './lapse-plan.component';

const plan = (changes: Partial<LapsePlan> = {}): LapsePlan => ({
  planId: 'plan-1',
  pausedFollowingPlan: false,
  mayRecord: true,
  today: '2026-03-01',
  notice: null,
  agreed: null,
  versions: [],
  lapses: [],
  ...changes,
});

describe('LapsePlanComponent', () => {
  it("offers the program's day (from the API) as the day something happened, and no later one", async () => {
    const record = jest.fn().mockResolvedValue(plan());
    const { byTestId, click } = await render(
      LapsePlanComponent,
      [
        { provide: LapseApi, useValue: { plan: async () => plan(), record } },
        { provide: PlansApi, useValue: {} },
        {
          provide: CrisisStore,
          useValue: { firstCallHref: signal('tel:988'), resources: signal([]) },
        },
      ],
      { planId: 'plan-1', area: 'patient' },
    );
    const day = byTestId('happened-on') as HTMLInputElement;
    expect(day.value).toBe('2026-03-01');
    expect(day.max).toBe('2026-03-01');
    await click('record-happened');
    expect(record).toHaveBeenCalledWith(
      expect.objectContaining({ planId: 'plan-1', happenedOn: '2026-03-01' }),
    );
  });
});
