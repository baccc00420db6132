import { TestBed } from '@angular/core/testing';
import {
  CommitmentLabels,
  CommitmentShareComponent,
  percentOf,
} from './commitment-share.component';

const labels: CommitmentLabels = {
  title: 'Commitments kept',
  line: (w, percent) => `Last ${w.windowDays} days: ${w.kept} of ${w.total} kept (${percent}%)`,
  nothingYet: 'Nothing to count yet.',
  window: (days) => `${days} days`,
};

describe('percentOf', () => {
  it('is a whole percent, or null before there is anything to count', () => {
    expect(percentOf({ windowDays: 30, kept: 24, total: 30, share: 0.8 })).toBe(80);
    expect(percentOf({ windowDays: 30, kept: 2, total: 3, share: 0.67 })).toBe(67);
    expect(percentOf({ windowDays: 90, kept: 0, total: 0, share: null })).toBeNull();
  });
});

describe('CommitmentShareComponent', () => {
  it('draws each window as a bar as long as its share, shorter window first, and says each in words', async () => {
    const fixture = TestBed.createComponent(CommitmentShareComponent);
    fixture.componentRef.setInput('windows', [
      { windowDays: 90, kept: 45, total: 90, share: 0.5 },
      { windowDays: 30, kept: 24, total: 30, share: 0.8 },
    ]);
    fixture.componentRef.setInput('labels', labels);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const lines = [...element.querySelectorAll('[data-testid="commitment-line"]')].map((li) =>
      li.textContent?.trim(),
    );
    expect(lines).toEqual([
      'Last 30 days: 24 of 30 kept (80%)',
      'Last 90 days: 45 of 90 kept (50%)',
    ]);
    const fills = [...element.querySelectorAll('rect.fill')].map((r) =>
      Number(r.getAttribute('width')),
    );
    // The bars are 212 wide: 80% and 50% of it.
    expect(fills).toEqual([169.6, 106]);
    expect([...element.querySelectorAll('text.name')].map((t) => t.textContent)).toEqual([
      '30 days',
      '90 days',
    ]);
    expect([...element.querySelectorAll('text.value')].map((t) => t.textContent)).toEqual([
      '80%',
      '50%',
    ]);
    expect(element.querySelector('desc')?.textContent).toBe(lines.join(' '));
  });

  it('draws no fill and says so kindly when there is nothing to count yet', async () => {
    const fixture = TestBed.createComponent(CommitmentShareComponent);
    fixture.componentRef.setInput('windows', [{ windowDays: 30, kept: 0, total: 0, share: null }]);
    fixture.componentRef.setInput('labels', labels);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelectorAll('rect.fill')).toHaveLength(0);
    expect(element.querySelector('[data-testid="commitment-line"]')?.textContent?.trim()).toBe(
      'Nothing to count yet.',
    );
  });
});
