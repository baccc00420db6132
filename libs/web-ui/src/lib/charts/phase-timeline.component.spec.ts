import { TestBed } from '@angular/core/testing';
import { PhaseTimelineComponent } from './phase-timeline.component';

describe('PhaseTimelineComponent', () => {
  it('lists each event in order with its mark, when, and lines; and a kind word when there is none', async () => {
    const fixture = TestBed.createComponent(PhaseTimelineComponent);
    fixture.componentRef.setInput('label', 'The way so far');
    fixture.componentRef.setInput('items', [
      { id: '1', tone: 'start', title: 'The plan began', when: 'Jan 2', lines: [] },
      {
        id: '2',
        tone: 'up',
        title: 'Moved up to Supervised visits',
        when: 'Feb 3',
        lines: ['Agreed by Alex, Rosa and Jamie'],
      },
      {
        id: '3',
        tone: 'back',
        title: 'Stepped back to Reconnect',
        when: 'Feb 20',
        lines: ['Why: a hard week', 'Next try from Mar 1'],
      },
    ]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('ol')?.getAttribute('aria-label')).toBe('The way so far');
    const entries = [...element.querySelectorAll('[data-testid="timeline-entry"]')];
    expect(entries.map((e) => e.getAttribute('data-tone'))).toEqual(['start', 'up', 'back']);
    expect(entries[1].textContent).toContain('Agreed by Alex, Rosa and Jamie');
    expect(entries[2].querySelector('.mark')?.getAttribute('aria-hidden')).toBe('true');
    expect([...entries[2].querySelectorAll('.line')].map((l) => l.textContent)).toEqual([
      'Why: a hard week',
      'Next try from Mar 1',
    ]);

    fixture.componentRef.setInput('items', []);
    fixture.componentRef.setInput('empty', 'Nothing has moved yet.');
    await fixture.whenStable();
    expect(element.querySelector('li')?.textContent?.trim()).toBe('Nothing has moved yet.');
  });
});
