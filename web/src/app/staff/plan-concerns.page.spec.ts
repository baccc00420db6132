import { Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PlansApi } from '@homeward/web-data-access';
import { Subject } from 'rxjs';
import { ConcernsComponent } from '../shared/concerns/concerns.component';
import { LiveUpdate, LiveUpdates } from '../shared/live-updates';
import { render } from '../testing/render';
import { PlanConcernsPage } from './plan-concerns.page';

/** Stands in for the concerns list: shows whether the page still offers to pause visits. */
@Component({
  selector: 'hw-concerns',
  template: `<span data-testid="plan-active">{{ planActive() }}</span>`,
})
class ConcernsStub {
  readonly planId = input('');
  readonly staff = input(false);
  readonly planActive = input(false);
}

describe('PlanConcernsPage', () => {
  it('reads the plan again when it changes live, so no card offers to pause a paused plan', async () => {
    const updates = new Subject<LiveUpdate>();
    const plan = jest
      .fn()
      .mockResolvedValueOnce({ status: 'ACTIVE', patient: { displayName: 'Pat Rivera' } })
      .mockResolvedValue({ status: 'PAUSED', patient: { displayName: 'Pat Rivera' } });
    TestBed.overrideComponent(PlanConcernsPage, {
      remove: { imports: [ConcernsComponent] },
      add: { imports: [ConcernsStub] },
    });
    const { byTestId, settle } = await render(
      PlanConcernsPage,
      [
        { provide: PlansApi, useValue: { plan } },
        { provide: LiveUpdates, useValue: { on: () => updates.asObservable() } },
      ],
      { id: 'plan-1' },
    );
    expect(byTestId('plan-active')?.textContent).toBe('true');

    // Another plan's change is not this page's business.
    updates.next({ topic: 'plan', planId: 'plan-2' });
    await settle();
    expect(plan).toHaveBeenCalledTimes(1);

    updates.next({ topic: 'plan', planId: 'plan-1' });
    await settle();
    expect(plan).toHaveBeenCalledTimes(2);
    expect(byTestId('plan-active')?.textContent).toBe('false');
  });
});
