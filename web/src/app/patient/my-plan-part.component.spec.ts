import { Component } from '@angular/core';
import { MyPlanApi } from '@homeward/web-data-access';
import { render } from '../testing/render';
import { MyPlanPartComponent } from './my-plan-part.component';

@Component({
  imports: [MyPlanPartComponent],
  template: `
    <hw-my-plan-part titleKey="lapse.title" testId="part-page">
      <ng-template let-planId
        ><p data-testid="the-part">{{ planId }}</p></ng-template
      >
    </hw-my-plan-part>
  `,
})
class PageWithAPart {}

describe('MyPlanPartComponent', () => {
  it("draws the part with the patient's own plan id, under the page's title", async () => {
    const plan = jest.fn().mockResolvedValue({ id: 'plan-7' });
    const { byTestId, settle } = await render(PageWithAPart, [
      { provide: MyPlanApi, useValue: { plan } },
    ]);
    await settle();
    expect(byTestId('part-page')?.querySelector('h1')?.textContent?.trim()).toBe(
      'Our plan for a hard day',
    );
    expect(byTestId('the-part')?.textContent).toBe('plan-7');
  });

  it('draws nothing of the part before there is a plan', async () => {
    const none = await render(PageWithAPart, [
      { provide: MyPlanApi, useValue: { plan: jest.fn().mockResolvedValue(null) } },
    ]);
    await none.settle();
    expect(none.byTestId('the-part')).toBeNull();
    expect(none.element.querySelector('[role=alert]')).toBeNull();
  });

  it("says, in the reader's words, when the plan could not be read", async () => {
    const failing = await render(PageWithAPart, [
      { provide: MyPlanApi, useValue: { plan: jest.fn().mockRejectedValue(new Error('offline')) } },
    ]);
    await failing.settle();
    expect(failing.byTestId('the-part')).toBeNull();
    const said = failing.element.querySelector('[role=alert]')?.textContent ?? '';
    expect(said).toMatch(/\w/);
    expect(said).not.toContain('offline');
  });
});
