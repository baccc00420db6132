import { TestBed } from '@angular/core/testing';
import {
  CheckInHeatmapComponent,
  CheckInPoint,
  HeatmapLabels,
  heatmapCells,
} from './check-in-heatmap.component';

const labels: HeatmapLabels = {
  title: 'Check-ins over the last 90 days',
  summary: 'Checked in on 3 of the last 90 days.',
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  moods: ['Very low', 'Low', 'Okay', 'Good', 'Very good'],
  noCheckIn: 'No check-in',
  legend: 'Mood that day:',
  table: 'See each day',
  columns: { day: 'Day', mood: 'Mood', craving: 'Craving', meeting: 'Meeting', note: 'Note' },
  yes: 'Yes',
  no: 'No',
  formatDay: (day) => `day ${day}`,
};

// 2026-03-01 is a Sunday.
const points: CheckInPoint[] = [
  { day: '2026-02-27', mood: 2, craving: 6, attendedMeeting: false, note: null },
  { day: '2026-03-01', mood: 5, craving: 1, attendedMeeting: true, note: 'A walk by the river' },
  { day: '2026-02-28', mood: 4, craving: 2, attendedMeeting: true },
];

describe('heatmapCells', () => {
  it('lays out 90 days as weeks by weekday, Monday on top, today last, each shaded by the mood of its check-in', () => {
    const cells = heatmapCells(points, '2026-03-01', 90);
    expect(cells).toHaveLength(90);
    expect(cells[0].day).toBe('2025-12-02'); // a Tuesday: second row
    expect(cells[0].y).toBe(cells.find((c) => c.day === '2025-12-09')?.y);
    expect(cells[0].y).toBeGreaterThan(cells.find((c) => c.day === '2025-12-08')?.y ?? Infinity); // the Monday after sits above… in the next column
    const today = cells[89];
    expect(today).toMatchObject({ day: '2026-03-01', level: 5, today: true });
    const sunday = cells.find((c) => c.day === '2026-02-22');
    expect(today.y).toBe(sunday?.y); // Sundays share the bottom row
    expect(today.x).toBeGreaterThan(sunday?.x ?? Infinity); // a week later, one column right
    expect(cells.find((c) => c.day === '2026-02-27')?.level).toBe(2);
    expect(cells.find((c) => c.day === '2026-02-26')?.level).toBe(0);
    expect(cells.filter((c) => c.level > 0)).toHaveLength(3);
  });

  it('leaves days outside the span out', () => {
    expect(
      heatmapCells(
        [{ day: '2025-01-01', mood: 3, craving: 0, attendedMeeting: false }],
        '2026-03-01',
        90,
      ).every((c) => c.level === 0),
    ).toBe(true);
  });
});

describe('CheckInHeatmapComponent', () => {
  async function render(highlight: string | null = null) {
    const fixture = TestBed.createComponent(CheckInHeatmapComponent);
    fixture.componentRef.setInput('points', points);
    fixture.componentRef.setInput('today', '2026-03-01');
    fixture.componentRef.setInput('labels', labels);
    fixture.componentRef.setInput('highlight', highlight);
    fixture.componentRef.setInput('anchorPrefix', 'check-in-');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is one image named by its title and described by its summary, with a cell per day', async () => {
    const element = await render();
    const svg = element.querySelector('svg[role="img"]') as SVGElement;
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(element.querySelector(`#${titleId}`)?.textContent).toBe(labels.title);
    expect(element.querySelector(`#${descId}`)?.textContent).toBe(labels.summary);
    expect(svg.querySelectorAll('rect[data-day]')).toHaveLength(90);
    expect(svg.querySelector('rect[data-day="2026-02-28"]')?.getAttribute('data-level')).toBe('4');
    expect(element.querySelector('[data-testid="heatmap-summary"]')?.textContent).toBe(
      labels.summary,
    );
  });

  it('offers a table of each day, newest first, with the mood in words', async () => {
    const element = await render();
    const rows = [...element.querySelectorAll('[data-testid="check-in-row"]')].map((tr) =>
      [...tr.children].map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['day 2026-03-01', 'Very good', '1/10', 'Yes', 'A walk by the river'],
      ['day 2026-02-28', 'Good', '2/10', 'Yes', ''],
      ['day 2026-02-27', 'Low', '6/10', 'No', ''],
    ]);
    expect(element.querySelector('details')?.open).toBe(false);
  });

  it('opens the table at a day it is pointed to, marking that day', async () => {
    const element = await render('2026-02-27');
    expect(element.querySelector('details')?.open).toBe(true);
    expect(element.querySelector('#check-in-2026-02-27')?.classList).toContain('highlight');
    expect(element.querySelector('rect[data-day="2026-02-27"]')?.getAttribute('class')).toContain(
      'highlight',
    );
  });
});
