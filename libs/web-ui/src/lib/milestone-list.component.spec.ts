import { TestBed } from '@angular/core/testing';
import { MilestoneLabels, MilestoneListComponent } from './milestone-list.component';

const labels: MilestoneLabels = { NOT_STARTED: 'Not yet', IN_PROGRESS: 'On the way', ACHIEVED: 'Reached', none: 'Nothing here yet.' };

describe('MilestoneListComponent', () => {
  it('says where each milestone stands in words', async () => {
    const fixture = TestBed.createComponent(MilestoneListComponent);
    fixture.componentRef.setInput('labels', labels);
    fixture.componentRef.setInput('milestones', [
      { id: 'a', title: 'Ten check-ins', status: 'IN_PROGRESS' },
      { id: 'b', title: 'Family session attended', status: 'NOT_STARTED' },
    ]);
    await fixture.whenStable();
    const items = [...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="milestone"]')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['Ten check-ins On the way', 'Family session attended Not yet']);
  });

  it('says so kindly when there are none', async () => {
    const fixture = TestBed.createComponent(MilestoneListComponent);
    fixture.componentRef.setInput('labels', labels);
    fixture.componentRef.setInput('milestones', []);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe('Nothing here yet.');
  });
});
