import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { chartId } from './chart-days';

export interface CommitmentWindow {
  windowDays: number;
  kept: number;
  total: number;
  /** 0 to 1; null before there is anything to count. */
  share: number | null;
}

export interface CommitmentLabels {
  /** Names the chart, e.g. "Commitments kept". */
  title: string;
  /** One line per window, e.g. "Last 30 days: 24 of 30 kept (80%)". */
  line: (window: CommitmentWindow, percent: number | null) => string;
  /** Said for a window with nothing to count yet. */
  nothingYet: string;
  /** The short name of a window beside its bar, e.g. "30 days". */
  window: (days: number) => string;
}

/** A share as a whole percent (0–100), or null when there is nothing to count. */
export function percentOf(window: CommitmentWindow): number | null {
  if (window.share === null || window.total === 0) return null;
  return Math.round(Math.max(0, Math.min(1, window.share)) * 100);
}

const W = 320;
const BAR = 18;
const ROW = 28;
/** Room for the window's name on the left and the percent on the right. */
const BAR_X = 64;
const BAR_W = W - BAR_X - 44;

/**
 * The share of commitments kept over 30 and 90 days, as bars: a rolling share that one hard day
 * lowers a little, never a streak that falls to zero. Each bar is also said in words below it.
 */
@Component({
  selector: 'hw-commitment-share',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart" data-testid="commitment-share">
      <svg
        role="img"
        [attr.aria-labelledby]="id + '-title ' + id + '-desc'"
        [attr.viewBox]="'0 0 ' + width + ' ' + height()"
      >
        <title [attr.id]="id + '-title'">{{ labels().title }}</title>
        <desc [attr.id]="id + '-desc'">{{ summary() }}</desc>
        @for (row of rows(); track row.windowDays; let i = $index) {
          <!-- Text bound, not interpolated: a wrapped template would put spaces around it. -->
          <text
            class="name"
            x="0"
            [attr.y]="i * rowHeight + bar - 4"
            [textContent]="labels().window(row.windowDays)"
          ></text>
          <rect
            class="track"
            [attr.x]="barX"
            [attr.y]="i * rowHeight"
            [attr.width]="barWidth"
            [attr.height]="bar"
            rx="9"
          />
          @if (row.percent !== null && row.percent > 0) {
            <rect
              class="fill"
              [attr.x]="barX"
              [attr.y]="i * rowHeight"
              [attr.width]="(barWidth * row.percent) / 100"
              [attr.height]="bar"
              rx="9"
              [attr.data-percent]="row.percent"
            />
          }
          <text
            class="value"
            [attr.x]="width"
            text-anchor="end"
            [attr.y]="i * rowHeight + bar - 4"
            [textContent]="row.percent === null ? '—' : row.percent + '%'"
          ></text>
        }
      </svg>
      <figcaption>
        <ul>
          @for (row of rows(); track row.windowDays) {
            <li data-testid="commitment-line" [attr.data-window]="row.windowDays">
              {{ row.text }}
            </li>
          }
        </ul>
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
    }
    svg {
      width: 100%;
      max-width: 560px;
      height: auto;
    }
    .track {
      fill: #e3e9ea;
      stroke: #6f7979;
      stroke-width: 1;
    }
    .fill {
      fill: #00687a;
    }
    .name,
    .value {
      font-size: 12px;
      fill: var(--mat-sys-on-surface, #191c1c);
    }
    .value {
      font-weight: 600;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 2px;
    }
  `,
})
export class CommitmentShareComponent {
  readonly windows = input.required<readonly CommitmentWindow[]>();
  readonly labels = input.required<CommitmentLabels>();

  protected readonly id = chartId('commitments');
  protected readonly width = W;
  protected readonly bar = BAR;
  protected readonly rowHeight = ROW;
  protected readonly barX = BAR_X;
  protected readonly barWidth = BAR_W;
  protected readonly rows = computed(() =>
    [...this.windows()]
      .sort((a, b) => a.windowDays - b.windowDays)
      .map((w) => {
        const percent = percentOf(w);
        return {
          windowDays: w.windowDays,
          percent,
          text: percent === null ? this.labels().nothingYet : this.labels().line(w, percent),
        };
      }),
  );
  protected readonly height = computed(() => Math.max(1, this.rows().length) * ROW - (ROW - BAR));
  protected readonly summary = computed(() =>
    this.rows()
      .map((r) => r.text)
      .join(' '),
  );
}
