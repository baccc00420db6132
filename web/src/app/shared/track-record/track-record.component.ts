import { lapseReasonKey } from '@homeward/domain';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { TimelineEntry, TrackRecord, TrackRecordApi } from '@homeward/web-data-access';
import { ApiErrors } from '../api-action';
import {
  averageOver,
  CheckInHeatmapComponent,
  CommitmentLabels,
  CommitmentShareComponent,
  HeatmapLabels,
  PhaseTimelineComponent,
  TimelineItem,
  TrendChartComponent,
  TrendLabels,
  addDays,
  dayDiff,
} from '@homeward/web-ui';
import { revealFragment } from '../reveal';
import { TrackLabels } from './track-labels';

export type RecordMode = 'patient' | 'family' | 'staff';

const SPAN = 90;
/** The fewest days a trend shows, so a new plan's first days are not a dot at the edge. */
const MIN_TREND_DAYS = 14;

/** Days a trend shows: from the first check-in (at least two weeks), at most the 90 days of the record. */
export function trendSpan(days: readonly string[], today: string): number {
  if (days.length === 0) return MIN_TREND_DAYS;
  const first = [...days].sort()[0];
  return Math.max(MIN_TREND_DAYS, Math.min(SPAN, dayDiff(first, today) + 1));
}

/** A timeline entry in the reader's words. */
export function timelineItem(
  entry: TimelineEntry,
  labels: Pick<TrackLabels, 't' | 'when' | 'list' | 'day'>,
): TimelineItem {
  const lines: string[] = [];
  if (entry.agreedBy.length)
    lines.push(labels.t('track.record.agreedBy', { names: labels.list(entry.agreedBy) }));
  if (entry.reason) {
    // The lapse plan's own words read in the reader's language; any other reason as it was written.
    const key = lapseReasonKey(entry.reason);
    lines.push(labels.t('track.record.why', { reason: key ? labels.t(key) : entry.reason }));
  }
  if (entry.waitUntil)
    lines.push(labels.t('track.record.waitUntil', { date: labels.day(entry.waitUntil) }));
  if (entry.actorName && entry.kind !== 'PHASE_ADVANCED')
    lines.push(labels.t('track.record.by', { name: entry.actorName }));
  const tone: TimelineItem['tone'] =
    entry.kind === 'PHASE_ADVANCED'
      ? 'up'
      : entry.kind === 'PHASE_STEPPED_BACK'
        ? 'back'
        : entry.kind === 'PLAN_PAUSED'
          ? 'pause'
          : entry.kind === 'PLAN_RESUMED'
            ? 'resume'
            : 'start';
  const known = [
    'PLAN_CREATED',
    'PHASE_ADVANCED',
    'PHASE_STEPPED_BACK',
    'PLAN_PAUSED',
    'PLAN_RESUMED',
  ].includes(entry.kind);
  return {
    id: entry.id,
    tone,
    title: labels.t(`track.record.timelineKind.${known ? entry.kind : 'OTHER'}`, {
      to: entry.toPhase ?? '',
      from: entry.fromPhase ?? '',
    }),
    when: labels.when(entry.at),
    lines,
  };
}

/**
 * The record of a plan as pictures (DESIGN: Consistency): a calendar heatmap of check-ins, mood and
 * craving trends, the share of commitments kept over 30 and 90 days, and the phase timeline. A family
 * member sees only what the patient shares with them now, always with the §2.32 notice, or a kind
 * word when nothing is shared; staff also see the family's own check-ins.
 */
@Component({
  selector: 'hw-track-record',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    TranslocoDirective,
    CheckInHeatmapComponent,
    TrendChartComponent,
    CommitmentShareComponent,
    PhaseTimelineComponent,
  ],
  template: `
    <div *transloco="let t" class="record" data-testid="track-record">
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      } @else if (!record()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }
      @if (record(); as record) {
        @if (record.notice) {
          <div class="confidential" role="note" data-testid="redisclosure-notice">
            <strong>{{ t('familyPlan.noticeLabel') }}</strong>
            <p>{{ record.notice }}</p>
          </div>
        }
        @if (mode() === 'family' && !sharesAnything()) {
          <p class="explanation" data-testid="record-explanation">
            {{ t('track.record.nothingShared', { name: firstName() }) }}
          </p>
        }

        @if (shows('CHECKINS')) {
          <section aria-labelledby="record-check-ins" data-testid="record-check-ins">
            <h2 id="record-check-ins">{{ t('track.record.checkIns') }}</h2>
            @if (record.checkInDays.length === 0) {
              <p class="muted">{{ t('track.record.noCheckIns') }}</p>
            }
            @if (heatmapLabels(); as labels) {
              <hw-check-in-heatmap
                [points]="record.checkInDays"
                [today]="record.today"
                [labels]="labels"
                [span]="span"
                [highlight]="highlightDay()"
                anchorPrefix="check-in-"
              />
            }
            @if (record.checkInDays.length) {
              <div class="trends">
                @if (moodLabels(); as labels) {
                  <div>
                    <h3>{{ labels.title }}</h3>
                    <hw-trend-chart
                      testId="mood-trend"
                      tone="mood"
                      [points]="moodPoints()"
                      [today]="record.today"
                      [labels]="labels"
                      [min]="1"
                      [max]="5"
                      [span]="trendSpan()"
                    />
                  </div>
                }
                @if (cravingLabels(); as labels) {
                  <div>
                    <h3>{{ labels.title }}</h3>
                    <hw-trend-chart
                      testId="craving-trend"
                      tone="craving"
                      [points]="cravingPoints()"
                      [today]="record.today"
                      [labels]="labels"
                      [min]="0"
                      [max]="10"
                      [span]="trendSpan()"
                    />
                  </div>
                }
              </div>
            }
          </section>
        }

        <!-- Something happened: each one marked day on the record, never a reset of what came before. -->
        @if (record.hardDays.length) {
          <section aria-labelledby="record-hard-days" data-testid="record-hard-days">
            <h2 id="record-hard-days">{{ t('lapse.days.title') }}</h2>
            <p class="muted">{{ t('lapse.days.oneDay') }}</p>
            <ul>
              @for (day of record.hardDays; track day) {
                <li data-testid="hard-day">{{ t('lapse.days.day', { day: labels.day(day) }) }}</li>
              }
            </ul>
          </section>
        }

        @if (shows('ATTENDANCE') && (mode() !== 'family' || record.commitments.length)) {
          <section aria-labelledby="record-commitments" data-testid="record-commitments">
            <h2 id="record-commitments">{{ t('track.record.commitments') }}</h2>
            <p class="muted">{{ t('track.record.commitmentsIntro') }}</p>
            @if (commitmentLabels(); as labels) {
              <hw-commitment-share [windows]="record.commitments" [labels]="labels" />
            }
          </section>
        }

        @if (shows('PROGRESS')) {
          <section aria-labelledby="record-timeline" data-testid="record-timeline">
            <h2 id="record-timeline">{{ t('track.record.timeline') }}</h2>
            <hw-phase-timeline
              [items]="timeline()"
              [label]="t('track.record.timeline')"
              [empty]="t('track.record.timelineEmpty')"
            />
          </section>
        }

        @if (mode() === 'staff') {
          <section aria-labelledby="record-family" data-testid="record-family-check-ins">
            <h2 id="record-family">{{ t('track.record.familyCheckIns') }}</h2>
            <p class="muted">{{ t('track.record.familyIntro') }}</p>
            @for (member of familyByMember(); track member.name) {
              <h3>{{ member.name }}</h3>
              <table class="family">
                <thead>
                  <tr>
                    <th scope="col">{{ t('track.record.columns.day') }}</th>
                    <th scope="col">{{ t('track.record.columns.stress') }}</th>
                    <th scope="col">{{ t('track.record.columns.support') }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (day of member.days; track day.day) {
                    <tr data-testid="family-check-in-row" [class.wants]="day.wantsSupport">
                      <th scope="row">{{ labels.day(day.day) }}</th>
                      <td>{{ t('track.stress.' + day.stress) }}</td>
                      <td>
                        @if (day.wantsSupport) {
                          <strong>{{ t('track.record.wantsSupport') }}</strong>
                        }
                        @if (day.attendedMeeting) {
                          <span>{{ t('track.record.supportGroup') }}</span>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            } @empty {
              <p class="muted">{{ t('track.record.familyNone') }}</p>
            }
          </section>
        }
      }
    </div>
  `,
  styles: `
    .record {
      display: grid;
      gap: 12px;
    }
    section {
      display: grid;
      gap: 8px;
    }
    h2 {
      margin-bottom: 0;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin: 8px 0 0;
    }
    p {
      margin: 0;
    }
    .trends {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
    }
    .confidential {
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      padding: 8px 12px;
      border-radius: 4px;
    }
    .confidential p {
      margin-top: 4px;
      font-size: 0.875rem;
    }
    .explanation {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 12px 16px;
      border-radius: 12px;
    }
    .family {
      border-collapse: collapse;
      width: 100%;
      font-size: 0.875rem;
    }
    .family th,
    .family td {
      text-align: start;
      padding: 4px 6px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .family thead th {
      color: var(--mat-sys-on-surface-variant);
      font-weight: 600;
    }
    .family td span {
      display: block;
    }
    .family tr.wants {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class TrackRecordComponent {
  readonly planId = input.required<string>();
  readonly mode = input<RecordMode>('patient');
  /** The patient's name, for a family member's kind explanation. */
  readonly patientName = input('');
  /** A day to point at (a caseload link). */
  readonly highlightDay = input<string | null>(null);
  private readonly api = inject(TrackRecordApi);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(TrackLabels);
  protected readonly span = SPAN;
  protected readonly record = signal<TrackRecord | null>(null);
  protected readonly error = signal('');
  protected readonly firstName = computed(() => this.patientName().split(' ')[0]);
  protected readonly sharesAnything = computed(() => {
    const shared = this.record()?.sharedCategories ?? [];
    return shared.some((c) => c === 'CHECKINS' || c === 'ATTENDANCE' || c === 'PROGRESS');
  });
  protected readonly trendSpan = computed(() => {
    const record = this.record();
    return record
      ? trendSpan(
          record.checkInDays.map((d) => d.day),
          record.today,
        )
      : MIN_TREND_DAYS;
  });
  protected readonly moodPoints = computed(() =>
    (this.record()?.checkInDays ?? []).map((d) => ({ day: d.day, value: d.mood })),
  );
  protected readonly cravingPoints = computed(() =>
    (this.record()?.checkInDays ?? []).map((d) => ({ day: d.day, value: d.craving })),
  );

  protected readonly heatmapLabels = computed<HeatmapLabels | null>(() => {
    const record = this.record();
    if (!this.labels.words() || !record) return null;
    const t = (key: string, params?: Record<string, unknown>) => this.labels.t(key, params);
    const from = addDays(record.today, 1 - SPAN);
    const count = record.checkInDays.filter((d) => d.day >= from && d.day <= record.today).length;
    return {
      title: t('track.record.heatmapTitle'),
      summary: t('track.record.heatmapSummary', { count }),
      weekdays: this.labels.weekdays(),
      moods: [1, 2, 3, 4, 5].map((m) => t(`track.mood.${m}`)),
      noCheckIn: t('track.record.noCheckIn'),
      legend: t('track.record.legend'),
      table: t('track.record.table'),
      columns: {
        day: t('track.record.columns.day'),
        mood: t('track.record.columns.mood'),
        craving: t('track.record.columns.craving'),
        meeting: t('track.record.columns.meeting'),
        note: t('track.record.columns.note'),
      },
      yes: t('track.record.yes'),
      no: t('track.record.no'),
      formatDay: (day) => this.labels.day(day),
    };
  });

  private trendLabels(
    kind: 'mood' | 'craving',
    scale: number,
    top: string,
    bottom: string,
  ): TrendLabels | null {
    const record = this.record();
    if (!this.labels.words() || !record) return null;
    const points = kind === 'mood' ? this.moodPoints() : this.cravingPoints();
    const week = averageOver(points, record.today, 7);
    const quarter = averageOver(points, record.today, SPAN);
    const span = this.trendSpan();
    const format = (value: number | null) => (value === null ? '—' : this.labels.number(value));
    return {
      title: this.labels.t(`track.record.${kind}Title`),
      summary: this.labels.t(
        week === null ? `track.record.${kind}SummaryQuiet` : `track.record.${kind}Summary`,
        { week: format(week), quarter: format(quarter), scale },
      ),
      top,
      bottom,
      from: this.labels.day(addDays(record.today, 1 - span)),
      to: this.labels.day(record.today),
      daily: this.labels.t('track.record.daily'),
      average: this.labels.t('track.record.average'),
    };
  }

  protected readonly moodLabels = computed(() =>
    this.labels.words()
      ? this.trendLabels('mood', 5, this.labels.t('track.mood.5'), this.labels.t('track.mood.1'))
      : null,
  );
  protected readonly cravingLabels = computed(() =>
    this.labels.words()
      ? this.trendLabels(
          'craving',
          10,
          this.labels.t('track.record.cravingTop'),
          this.labels.t('track.record.cravingBottom'),
        )
      : null,
  );

  protected readonly commitmentLabels = computed<CommitmentLabels | null>(() => {
    if (!this.labels.words()) return null;
    return {
      title: this.labels.t('track.record.commitments'),
      line: (w, percent) =>
        this.labels.t('track.record.commitmentLine', {
          days: w.windowDays,
          kept: w.kept,
          total: w.total,
          percent,
        }),
      nothingYet: this.labels.t('track.record.commitmentsNone'),
      window: (days) => this.labels.t('track.record.windowDays', { days }),
    };
  });

  protected readonly timeline = computed<TimelineItem[]>(() => {
    if (!this.labels.words()) return [];
    this.labels.lang();
    return (this.record()?.timeline ?? []).map((entry) => timelineItem(entry, this.labels));
  });

  protected readonly familyByMember = computed(() => {
    const byName = new Map<string, TrackRecord['familyCheckIns']>();
    for (const day of this.record()?.familyCheckIns ?? [])
      byName.set(day.memberName, [...(byName.get(day.memberName) ?? []), day]);
    return [...byName].map(([name, days]) => ({
      name,
      days: [...days].sort((a, b) => b.day.localeCompare(a.day)),
    }));
  });

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
    revealFragment(computed(() => !!this.record()));
  }

  /** Which parts to show: staff and the patient see all; a family member what is shared with them now. */
  protected shows(category: 'CHECKINS' | 'ATTENDANCE' | 'PROGRESS'): boolean {
    return this.mode() !== 'family' || (this.record()?.sharedCategories ?? []).includes(category);
  }

  private async load(planId: string): Promise<void> {
    try {
      this.record.set(await this.api.record(planId));
    } catch (caught) {
      this.error.set(this.errors.message(caught));
    }
  }
}
