import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { chartId, dayDiff, daysEnding, weekday } from './chart-days';

/** One day's check-in, as the charts read it. */
export interface CheckInPoint {
  /** YYYY-MM-DD */
  day: string;
  /** 1 (very low) to 5 (very good) */
  mood: number;
  /** 0 (none) to 10 (very strong) */
  craving: number;
  attendedMeeting: boolean;
  note?: string | null;
}

/** Words come from the app's translations, so this component stays free of any i18n library. */
export interface HeatmapLabels {
  /** Names the chart, e.g. "Check-ins over the last 90 days". */
  title: string;
  /** What the chart shows, in one or two sentences: the text alternative. */
  summary: string;
  /** Short weekday names, Monday first. */
  weekdays: readonly string[];
  /** The five moods, 1 first, for the legend and the table. */
  moods: readonly string[];
  noCheckIn: string;
  legend: string;
  /** Opens the day-by-day table. */
  table: string;
  columns: { day: string; mood: string; craving: string; meeting: string; note: string };
  yes: string;
  no: string;
  /** A day in the reader's language. */
  formatDay: (day: string) => string;
}

export interface HeatmapCell {
  day: string;
  x: number;
  y: number;
  /** 0 without a check-in, else the mood 1–5. */
  level: number;
  today: boolean;
}

const CELL = 16;
const GAP = 3;
const LEFT = 22;
const TOP = 2;

/**
 * Lays out `span` days ending `today` as weeks (columns) by weekdays (rows, Monday on top), each
 * cell shaded by the mood of that day's check-in, or empty when there was none.
 */
export function heatmapCells(
  points: readonly CheckInPoint[],
  today: string,
  span: number,
): HeatmapCell[] {
  const days = daysEnding(today, span);
  const byDay = new Map(points.map((p) => [p.day, p]));
  const offset = weekday(days[0]);
  return days.map((day) => {
    const index = dayDiff(days[0], day) + offset;
    const mood = byDay.get(day)?.mood ?? 0;
    return {
      day,
      x: LEFT + Math.floor(index / 7) * (CELL + GAP),
      y: TOP + (index % 7) * (CELL + GAP),
      level: Math.max(0, Math.min(5, Math.round(mood))),
      today: day === today,
    };
  });
}

/**
 * A calendar heatmap of check-ins: where someone would rather look than read. A shaded square is
 * a day with a check-in (darker: a better mood); an empty one a day without. Never a streak: a day
 * without a check-in is simply an empty square among the others. The picture has a title and a
 * summary for screen readers, and a table of each day for anyone who prefers to read.
 */
@Component({
  selector: 'hw-check-in-heatmap',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" data-testid="check-in-heatmap">
      <svg
        role="img"
        [attr.aria-labelledby]="id + '-title ' + id + '-desc'"
        [attr.viewBox]="'0 0 ' + width() + ' ' + height"
        [attr.width]="width()"
        [attr.height]="height"
        preserveAspectRatio="xMinYMin meet"
      >
        <title [attr.id]="id + '-title'">{{ labels().title }}</title>
        <desc [attr.id]="id + '-desc'">{{ labels().summary }}</desc>
        @for (name of labels().weekdays; track $index) {
          @if ($index % 2 === 0) {
            <text class="axis" x="0" [attr.y]="top + $index * step + cell - 4">{{ name }}</text>
          }
        }
        @for (c of cells(); track c.day) {
          <rect
            [attr.x]="c.x"
            [attr.y]="c.y"
            [attr.width]="cell"
            [attr.height]="cell"
            rx="3"
            [attr.class]="
              'cell level-' +
              c.level +
              (c.today ? ' today' : '') +
              (c.day === highlight() ? ' highlight' : '')
            "
            [attr.data-day]="c.day"
            [attr.data-level]="c.level"
          />
        }
      </svg>
      <figcaption>
        <p class="summary" data-testid="heatmap-summary">{{ labels().summary }}</p>
        <div class="legend" aria-hidden="true">
          <span>{{ labels().legend }}</span>
          <span class="key"
            ><svg width="14" height="14">
              <rect class="cell level-0" width="14" height="14" rx="3" /></svg
            >{{ labels().noCheckIn }}</span
          >
          @for (mood of labels().moods; track $index) {
            <span class="key"
              ><svg width="14" height="14">
                <rect
                  [attr.class]="'cell level-' + ($index + 1)"
                  width="14"
                  height="14"
                  rx="3"
                /></svg
              >{{ mood }}</span
            >
          }
        </div>
      </figcaption>
      @if (rows().length) {
        <details [open]="!!highlight()">
          <summary>{{ labels().table }}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{{ labels().columns.day }}</th>
                <th scope="col">{{ labels().columns.mood }}</th>
                <th scope="col">{{ labels().columns.craving }}</th>
                <th scope="col">{{ labels().columns.meeting }}</th>
                <th scope="col">{{ labels().columns.note }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of rows(); track row.day) {
                <tr
                  [attr.id]="anchorPrefix() ? anchorPrefix() + row.day : null"
                  [class.highlight]="row.day === highlight()"
                  data-testid="check-in-row"
                >
                  <th scope="row">{{ labels().formatDay(row.day) }}</th>
                  <td>{{ labels().moods[row.mood - 1] ?? row.mood }}</td>
                  <td>{{ row.craving }}/10</td>
                  <td>{{ row.attendedMeeting ? labels().yes : labels().no }}</td>
                  <td>{{ row.note ?? '' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </details>
      }
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      margin: 0;
      display: grid;
      gap: 8px;
    }
    svg {
      width: 100%;
      max-width: 420px;
      height: auto;
      overflow: visible;
    }
    .legend svg {
      width: 14px;
      height: 14px;
    }
    .axis {
      font-size: 10px;
      fill: var(--mat-sys-on-surface-variant, #3f4948);
    }
    .cell {
      stroke-width: 1;
      stroke: #00424d;
    }
    .level-0 {
      fill: #e9eef0;
      stroke: none;
    }
    .level-1 {
      fill: #b8dde4;
    }
    .level-2 {
      fill: #7cc0cc;
    }
    .level-3 {
      fill: #3f9aab;
    }
    .level-4 {
      fill: #00687a;
    }
    .level-5 {
      fill: #00424d;
    }
    .today {
      stroke: var(--mat-sys-on-surface, #191c1c);
      stroke-width: 2;
    }
    .highlight {
      stroke: #8c4a00;
      stroke-width: 3;
    }
    .summary {
      margin: 0;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: center;
      font-size: 0.8125rem;
      color: var(--mat-sys-on-surface-variant, #3f4948);
    }
    .key {
      display: inline-flex;
      gap: 4px;
      align-items: center;
    }
    details summary {
      cursor: pointer;
      color: var(--mat-sys-primary, #00687a);
      font-weight: 500;
      padding: 4px 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.875rem;
      margin-top: 4px;
      overflow-wrap: normal;
    }
    td:last-child {
      overflow-wrap: anywhere;
    }
    th,
    td {
      text-align: start;
      padding: 4px 6px;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #bec8c9);
      vertical-align: top;
    }
    thead th {
      color: var(--mat-sys-on-surface-variant, #3f4948);
      font-weight: 600;
    }
    tr.highlight {
      background: var(--mat-sys-tertiary-container, #ffdcc3);
      color: var(--mat-sys-on-tertiary-container, #2f1500);
    }
  `,
})
export class CheckInHeatmapComponent {
  readonly points = input.required<readonly CheckInPoint[]>();
  /** The plan's today (YYYY-MM-DD), from the API. */
  readonly today = input.required<string>();
  readonly labels = input.required<HeatmapLabels>();
  readonly span = input(90);
  /** A day to point at (a caseload link): its row is marked and the table opens. */
  readonly highlight = input<string | null>(null);
  /** When set, each table row gets the id `<prefix><day>`, so a link can land on it. */
  readonly anchorPrefix = input<string | null>(null);

  protected readonly id = chartId('heatmap');
  protected readonly cell = CELL;
  protected readonly step = CELL + GAP;
  protected readonly top = TOP;
  protected readonly height = TOP + 7 * (CELL + GAP);
  protected readonly cells = computed(() => heatmapCells(this.points(), this.today(), this.span()));
  protected readonly width = computed(() => Math.max(...this.cells().map((c) => c.x)) + CELL + 2);
  protected readonly rows = computed(() =>
    [...this.points()].sort((a, b) => b.day.localeCompare(a.day)),
  );
}
