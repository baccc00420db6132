import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { addDays, chartId, dayDiff, daysEnding } from './chart-days';

export interface TrendPoint {
  /** YYYY-MM-DD */
  day: string;
  value: number;
}

export interface TrendLabels {
  /** Names the chart, e.g. "Mood". */
  title: string;
  /** The text alternative: what the trend says, in a sentence or two. */
  summary: string;
  /** Words for the top and the bottom of the scale, e.g. "Very good" and "Very low". */
  top: string;
  bottom: string;
  /** The first and last day shown, in the reader's language. */
  from: string;
  to: string;
  /** Legend words for the daily dots and the average line. */
  daily: string;
  average: string;
}

/** The mean of the values on the `days` days ending `today`; null when there are none. */
export function averageOver(
  points: readonly TrendPoint[],
  today: string,
  days: number,
): number | null {
  const from = addDays(today, 1 - days);
  const values = points.filter((p) => p.day >= from && p.day <= today).map((p) => p.value);
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/**
 * A rolling average for each of the `span` days ending `today`: the mean of the values within the
 * `window` days ending that day, or null when there are none (the line breaks there). One hard day
 * moves it a little; it never drops to zero.
 */
export function rollingAverage(
  points: readonly TrendPoint[],
  today: string,
  span: number,
  window: number,
): { day: string; value: number | null }[] {
  return daysEnding(today, span).map((day) => ({ day, value: averageOver(points, day, window) }));
}

const W = 320;
const H = 150;
const LEFT = 8;
const RIGHT = 8;
const TOP = 18;
const BOTTOM = 24;

/**
 * A trend over the last days (mood, craving): each day's answer as a small dot, and a bold line
 * for the 7-day average, so the picture shows where things are heading rather than one day.
 * It has a title and a summary for screen readers.
 */
@Component({
  selector: 'hw-trend-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" [attr.data-testid]="testId()" [class.tone-craving]="tone() === 'craving'">
      <svg
        role="img"
        [attr.aria-labelledby]="id + '-title ' + id + '-desc'"
        [attr.viewBox]="'0 0 ' + width + ' ' + height"
      >
        <title [attr.id]="id + '-title'">{{ labels().title }}</title>
        <desc [attr.id]="id + '-desc'">{{ labels().summary }}</desc>
        <line
          class="grid"
          [attr.x1]="left"
          [attr.x2]="width - right"
          [attr.y1]="y(max())"
          [attr.y2]="y(max())"
        />
        <line
          class="grid"
          [attr.x1]="left"
          [attr.x2]="width - right"
          [attr.y1]="y((max() + min()) / 2)"
          [attr.y2]="y((max() + min()) / 2)"
        />
        <line
          class="grid base"
          [attr.x1]="left"
          [attr.x2]="width - right"
          [attr.y1]="y(min())"
          [attr.y2]="y(min())"
        />
        <text class="axis" [attr.x]="left" [attr.y]="y(max()) - 5">{{ labels().top }}</text>
        <text class="axis" [attr.x]="left" [attr.y]="y(min()) - 5">{{ labels().bottom }}</text>
        <text class="axis" [attr.x]="left" [attr.y]="height - 6">{{ labels().from }}</text>
        <text class="axis" text-anchor="end" [attr.x]="width - right" [attr.y]="height - 6">
          {{ labels().to }}
        </text>
        @for (p of dots(); track p.day) {
          <circle class="dot" r="2.5" [attr.cx]="p.x" [attr.cy]="p.y" />
        }
        <path class="average" [attr.d]="path()" data-testid="trend-average" />
      </svg>
      <figcaption>
        <p class="summary">{{ labels().summary }}</p>
        <div class="legend" aria-hidden="true">
          <span class="key"
            ><svg width="14" height="10"><circle class="dot" cx="7" cy="5" r="2.5" /></svg
            >{{ labels().daily }}</span
          >
          <span class="key"
            ><svg width="18" height="10"><line class="average" x1="1" x2="17" y1="5" y2="5" /></svg
            >{{ labels().average }}</span
          >
        </div>
      </figcaption>
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      margin: 0;
      display: grid;
      gap: 6px;
      --tone: #00687a;
    }
    .chart.tone-craving {
      --tone: #8c4a00;
    }
    svg {
      width: 100%;
      max-width: 560px;
      height: auto;
      overflow: visible;
    }
    .legend svg {
      width: auto;
    }
    .grid {
      stroke: var(--mat-sys-outline-variant, #bec8c9);
      stroke-width: 1;
      stroke-dasharray: 2 3;
    }
    .grid.base {
      stroke-dasharray: none;
      stroke: var(--mat-sys-outline, #6f7979);
    }
    .axis {
      font-size: 10px;
      fill: var(--mat-sys-on-surface-variant, #3f4948);
    }
    .dot {
      fill: var(--mat-sys-surface, #fff);
      stroke: var(--tone);
      stroke-width: 1.5;
    }
    .average {
      fill: none;
      stroke: var(--tone);
      stroke-width: 3;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .summary {
      margin: 0;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant, #3f4948);
    }
    .key {
      display: inline-flex;
      gap: 4px;
      align-items: center;
    }
  `,
})
export class TrendChartComponent {
  readonly points = input.required<readonly TrendPoint[]>();
  readonly today = input.required<string>();
  readonly labels = input.required<TrendLabels>();
  readonly min = input.required<number>();
  readonly max = input.required<number>();
  readonly span = input(90);
  /** Days in the rolling average. */
  readonly window = input(7);
  /** Colour: the mood's teal or the craving's brown (each at least 4.5:1 on white). */
  readonly tone = input<'mood' | 'craving'>('mood');
  readonly testId = input('trend-chart');

  protected readonly id = chartId('trend');
  protected readonly width = W;
  protected readonly height = H;
  protected readonly left = LEFT;
  protected readonly right = RIGHT;
  private readonly first = computed(() => addDays(this.today(), 1 - this.span()));

  protected x(day: string): number {
    return LEFT + (dayDiff(this.first(), day) / Math.max(1, this.span() - 1)) * (W - LEFT - RIGHT);
  }

  protected y(value: number): number {
    const range = Math.max(1, this.max() - this.min());
    return TOP + ((this.max() - value) / range) * (H - TOP - BOTTOM);
  }

  protected readonly dots = computed(() =>
    this.points()
      .filter((p) => p.day >= this.first() && p.day <= this.today())
      .map((p) => ({ day: p.day, x: round(this.x(p.day)), y: round(this.y(p.value)) })),
  );

  /** The average as one path that lifts the pen where there is nothing to average. */
  protected readonly path = computed(() => {
    let d = '';
    let drawing = false;
    for (const point of rollingAverage(this.points(), this.today(), this.span(), this.window())) {
      if (point.value === null) {
        drawing = false;
        continue;
      }
      d += `${drawing ? 'L' : 'M'}${round(this.x(point.day))},${round(this.y(point.value))}`;
      drawing = true;
    }
    return d;
  });
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
