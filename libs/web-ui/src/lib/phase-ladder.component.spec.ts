import { TestBed } from '@angular/core/testing';
import { LadderLabels, LadderStep, PhaseLadderComponent } from './phase-ladder.component';

const labels: LadderLabels = {
  title: 'The steps home',
  DONE: 'Done',
  CURRENT: 'You are here',
  LOCKED: 'Still to come',
};
const steps: LadderStep[] = [
  { position: 1, name: 'Reconnect', status: 'DONE', description: 'Letters and calls' },
  {
    position: 2,
    name: 'Supervised visits',
    status: 'CURRENT',
    description: 'On site, with staff present',
  },
  { position: 3, name: 'Day passes', status: 'LOCKED', description: 'Outings by day' },
];

async function render(given: LadderStep[]) {
  const fixture = TestBed.createComponent(PhaseLadderComponent);
  fixture.componentRef.setInput('steps', given);
  fixture.componentRef.setInput('labels', labels);
  await fixture.whenStable();
  const element: HTMLElement = fixture.nativeElement;
  const items = [...element.querySelectorAll<HTMLElement>('[data-testid="ladder-step"]')];
  return { element, items };
}

describe('PhaseLadderComponent', () => {
  it('marks the current phase, and only it, as the current step', async () => {
    const { element, items } = await render(steps);
    expect(element.querySelector('ol')?.getAttribute('aria-label')).toBe('The steps home');
    expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, 'step', null]);
    expect(items[1].classList).toContain('current');
    expect(items[1].textContent).toContain('You are here');
  });

  it('says in words which steps are done and which are still to come, and describes only the current one', async () => {
    const { items } = await render(steps);
    expect(
      items.map((li) => li.querySelector('[data-testid="ladder-state"]')?.textContent?.trim()),
    ).toEqual(['Done', 'You are here', 'Still to come']);
    expect(items[1].textContent).toContain('On site, with staff present');
    expect(items[0].textContent).not.toContain('Letters and calls');
    expect(items[2].textContent).not.toContain('Outings by day');
  });

  it('highlights nothing when no phase is current (a plan not started yet)', async () => {
    const { element } = await render(steps.map((s) => ({ ...s, status: 'LOCKED' })));
    expect(element.querySelector('[aria-current]')).toBeNull();
  });
});
