import { TestBed } from '@angular/core/testing';
import {
  averageOver,
  rollingAverage,
  TrendChartComponent,
  TrendLabels,
} from './trend-chart.component';

const labels: TrendLabels = {
  title: 'Mood',
  summary: 'Your mood over the last 7 days averages 3.5 of 5.',
  top: 'Very good',
  bottom: 'Very low',
  from: 'Dec 2',
  to: 'Mar 1',
  daily: 'Each day',
  average: '7-day average',
};

describe('averageOver and rollingAverage', () => {
  const points = [
    { day: '2026-03-01', value: 4 },
    { day: '2026-02-28', value: 2 },
    { day: '2026-02-20', value: 5 },
  ];

  it('averages the values within the days ending today, and says null when there are none', () => {
    expect(averageOver(points, '2026-03-01', 7)).toBe(3);
    expect(averageOver(points, '2026-03-01', 10)).toBeCloseTo(11 / 3);
    expect(averageOver(points, '2026-02-19', 7)).toBeNull();
  });

  it('keeps the average over a hard day instead of dropping to nothing, and breaks only after a week without any', () => {
    const line = rollingAverage(points, '2026-03-01', 12, 7);
    expect(line.map((p) => p.day)).toEqual([
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(line.map((p) => p.value)).toEqual([null, null, 5, 5, 5, 5, 5, 5, 5, null, 2, 3]);
  });
});

describe('TrendChartComponent', () => {
  it('draws a dot a day and the average as a line that lifts where there is nothing to average', async () => {
    const fixture = TestBed.createComponent(TrendChartComponent);
    fixture.componentRef.setInput('points', [
      { day: '2026-03-01', value: 4 },
      { day: '2026-02-28', value: 2 },
      { day: '2026-02-10', value: 5 },
    ]);
    fixture.componentRef.setInput('today', '2026-03-01');
    fixture.componentRef.setInput('labels', labels);
    fixture.componentRef.setInput('min', 1);
    fixture.componentRef.setInput('max', 5);
    fixture.componentRef.setInput('span', 30);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const svg = element.querySelector('svg[role="img"]') as SVGElement;
    expect(svg.querySelector('title')?.textContent).toBe('Mood');
    expect(svg.querySelector('desc')?.textContent).toBe(labels.summary);
    expect(svg.querySelectorAll('circle.dot')).toHaveLength(3);
    const d = element.querySelector('[data-testid="trend-average"]')?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    // The highest value sits higher (a smaller y) than the lowest.
    const ys = [...svg.querySelectorAll('circle.dot')].map((c) => Number(c.getAttribute('cy')));
    expect(ys[2]).toBeLessThan(ys[1]);
  });
});
