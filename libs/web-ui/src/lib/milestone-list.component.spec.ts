import { TestBed } from '@angular/core/testing';
import { MilestoneLabels, MilestoneListComponent } from './milestone-list.component';

const labels: MilestoneLabels = {
  NOT_STARTED: 'Not yet',
  IN_PROGRESS: 'On the way',
  ACHIEVED: 'Reached',
  none: 'Nothing here yet.',
};

describe('MilestoneListComponent', () => {
  it('says where each milestone stands in words', async () => {
    const fixture = TestBed.createComponent(MilestoneListComponent);
    fixture.componentRef.setInput('labels', labels);
    fixture.componentRef.setInput('milestones', [
      { id: 'a', title: 'Ten check-ins', status: 'IN_PROGRESS' },
      { id: 'b', title: 'Family session attended', status: 'NOT_STARTED' },
    ]);
    await fixture.whenStable();
    const items = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="milestone"]'),
    ].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['Ten check-ins On the way', 'Family session attended Not yet']);
  });

  it('says so kindly when there are none', async () => {
    const fixture = TestBed.createComponent(MilestoneListComponent);
    fixture.componentRef.setInput('labels', labels);
    fixture.componentRef.setInput('milestones', []);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('Nothing here yet.');
  });

  it('shows how far each has come as a bar when the labels can say it, and why it was counted as reached', async () => {
    const fixture = TestBed.createComponent(MilestoneListComponent);
    fixture.componentRef.setInput('labels', {
      ...labels,
      progress: (p: number, t: number) => `${p} of ${t}`,
      waived: (r: string) => `Counted as reached: ${r}`,
    });
    fixture.componentRef.setInput('milestones', [
      { id: 'a', title: 'Check-ins: 3 in 7 days', status: 'IN_PROGRESS', progress: 2, target: 3 },
      {
        id: 'b',
        title: 'A visit that went well',
        status: 'ACHIEVED',
        progress: 0,
        target: 1,
        waivedReason: 'The visit was held off site',
      },
      {
        id: 'c',
        title: 'Talked through with the counselor',
        status: 'NOT_STARTED',
        progress: 0,
        target: null,
      },
    ]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const bars = [...element.querySelectorAll('[role="progressbar"]')].map((b) => [
      b.getAttribute('aria-label'),
      b.getAttribute('aria-valuetext'),
    ]);
    expect(bars).toEqual([
      ['Check-ins: 3 in 7 days', '2 of 3'],
      ['A visit that went well', '0 of 1'],
    ]);
    expect(element.querySelectorAll('[data-testid="milestone"]')[1].textContent).toContain(
      'Counted as reached: The visit was held off site',
    );
  });

  it('shows no bar without a way to say it', async () => {
    const fixture = TestBed.createComponent(MilestoneListComponent);
    fixture.componentRef.setInput('labels', labels);
    fixture.componentRef.setInput('milestones', [
      { id: 'a', title: 'Ten check-ins', status: 'IN_PROGRESS', progress: 4, target: 10 },
    ]);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="progressbar"]')).toBeNull();
  });
});
