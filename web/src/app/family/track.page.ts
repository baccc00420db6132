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
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { FamilyTrackMark } from '@homeward/domain';
import {
  CheckIn,
  CheckInsApi,
  FamilyTrack,
  FamilyTrackApi,
  FamilyTrackItem,
} from '@homeward/web-data-access';
import { TrendChartComponent, TrendLabels, TrendPoint } from '@homeward/web-ui';
import { ApiAction, ApiErrors } from '../shared/api-action';
import { TrackLabels } from '../shared/track-record/track-labels';

/** Days of check-ins the stress chart reads (the most the API gives). */
const CHART_DAYS = 90;

/**
 * `/family/track/:planId`: my own track — the program's sessions, groups and modules, what I
 * attended or completed, and my stress and support over time. Private to me and staff.
 */
@Component({
  selector: 'hw-family-track-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, RouterLink, TranslocoDirective, TrendChartComponent],
  template: `
    <section *transloco="let t" data-testid="family-track">
      <a mat-button routerLink="/family" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('familyTrack.title') }}</h1>
      <p>{{ t('familyTrack.intro') }}</p>
      <p class="muted" data-testid="family-track-private">{{ t('familyTrack.private') }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (track(); as track) {
        <p class="done" role="status" data-testid="family-track-status">{{ done() }}</p>
        @if (action.error()) {
          <p class="error" role="alert">{{ action.error() }}</p>
        }
        <h2>{{ t('familyTrack.offers') }}</h2>
        @if (track.items.length === 0) {
          <p class="muted">{{ t('familyTrack.noOffers') }}</p>
        }
        <ul class="offers">
          @for (item of track.items; track item.id) {
            <li>
              <mat-card appearance="outlined" data-testid="family-track-item">
                <mat-card-content>
                  <p class="kind">{{ t('familyTrack.kind.' + item.kind) }}</p>
                  <h3>{{ item.title }}</h3>
                  <p>{{ item.summary }}</p>
                  <p>
                    <a [href]="item.link" target="_blank" rel="noopener noreferrer">{{
                      t('familyTrack.learnMore', { title: item.title })
                    }}</a>
                  </p>
                  @if (marksOf(item.id); as count) {
                    <p class="muted" data-testid="family-track-marked">
                      {{ t('familyTrack.markedTimes', { count }) }}
                    </p>
                  }
                  <button
                    mat-flat-button
                    type="button"
                    [disabled]="action.busy()"
                    (click)="mark(track.planId, item)"
                    data-testid="family-track-mark"
                  >
                    {{ t('familyTrack.markAs.' + markFor(item)) }}
                  </button>
                </mat-card-content>
              </mat-card>
            </li>
          }
        </ul>

        <h2>{{ t('familyTrack.mine') }}</h2>
        @if (track.marks.length === 0) {
          <p class="muted">{{ t('familyTrack.noMarks') }}</p>
        } @else {
          <ul class="marks" data-testid="family-track-marks">
            @for (m of track.marks; track m.id) {
              <li>
                {{ labels.day(m.day) }} — {{ t('familyTrack.mark.' + m.mark) }}: {{ m.title }}
              </li>
            }
          </ul>
        }

        <h2>{{ t('familyTrack.stressTitle') }}</h2>
        <p class="muted">{{ t('familyTrack.stressIntro') }}</p>
        @if (checkIns().length === 0) {
          <p class="muted" data-testid="stress-empty">{{ t('familyTrack.noStress') }}</p>
        } @else {
          @if (stressLabels(); as labels) {
            <hw-trend-chart
              testId="stress-chart"
              tone="craving"
              [points]="stressPoints()"
              [today]="today()"
              [labels]="labels"
              [min]="1"
              [max]="5"
              [span]="30"
            />
          }
          <div class="table-wrap">
            <table data-testid="stress-table">
              <caption>
                {{
                  t('familyTrack.stressTable')
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('familyTrack.day') }}</th>
                  <th scope="col">{{ t('familyTrack.stress') }}</th>
                  <th scope="col">{{ t('familyTrack.wantedSupport') }}</th>
                </tr>
              </thead>
              <tbody>
                @for (c of checkIns(); track c.id) {
                  <tr>
                    <th scope="row">{{ labels.day(c.day) }}</th>
                    <td>{{ c.stress }} / 5</td>
                    <td>{{ c.wantsSupport ? t('familyTrack.yes') : t('familyTrack.no') }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      } @else {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
    .offers {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .kind {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant, #3f4948);
      margin: 0;
    }
    h3 {
      margin: 4px 0;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
      margin-top: 12px;
    }
    caption {
      text-align: left;
      font-weight: 600;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #bec8c9);
      /* The page's "anywhere" let the table squeeze "Stress" into "Stres/s" at phone width. */
      overflow-wrap: break-word;
    }
  `,
})
export class FamilyTrackPage {
  readonly planId = input.required<string>();
  private readonly api = inject(FamilyTrackApi);
  private readonly checkInsApi = inject(CheckInsApi);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(TrackLabels);
  protected readonly action = new ApiAction();
  protected readonly track = signal<FamilyTrack | null>(null);
  protected readonly checkIns = signal<CheckIn[]>([]);
  protected readonly loadError = signal('');
  protected readonly done = signal('');

  /** The latest check-in of each day counts (a later one that day replaces the first). */
  protected readonly stressPoints = computed<TrendPoint[]>(() =>
    this.checkIns()
      .filter((c) => c.stress !== null)
      .map((c) => ({ day: c.day, value: c.stress as number })),
  );
  protected readonly today = computed(() => {
    const local = new Date().toLocaleDateString('en-CA');
    const last = this.checkIns()[0]?.day ?? local;
    return last > local ? last : local;
  });
  protected readonly stressLabels = computed<TrendLabels | null>(() => {
    if (!this.labels.words()) return null;
    const points = this.stressPoints();
    const latest = points[0];
    return {
      title: this.labels.t('familyTrack.stressTitle'),
      summary: latest
        ? this.labels.t('familyTrack.stressSummary', {
            days: points.length,
            latest: latest.value,
            day: this.labels.day(latest.day),
          })
        : '',
      top: this.labels.t('familyTrack.stressTop'),
      bottom: this.labels.t('familyTrack.stressBottom'),
      from: this.labels.day(shift(this.today(), -29)),
      to: this.labels.day(this.today()),
      daily: this.labels.t('familyTrack.daily'),
      average: this.labels.t('familyTrack.average'),
    };
  });

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
  }

  protected markFor(item: FamilyTrackItem): FamilyTrackMark {
    return item.kind === 'SKILL_MODULE' ? 'COMPLETED' : 'ATTENDED';
  }

  protected marksOf(itemId: string): number {
    return this.track()?.marks.filter((m) => m.itemId === itemId).length ?? 0;
  }

  protected async mark(planId: string, item: FamilyTrackItem): Promise<void> {
    const mark = this.markFor(item);
    this.done.set('');
    const ok = await this.action.run(async () => {
      await this.api.mark({ planId, itemId: item.id, mark });
      return true;
    });
    if (ok) {
      this.done.set(this.labels.t('familyTrack.marked.' + mark, { title: item.title }));
      this.track.set(await this.api.track(planId));
    }
  }

  private async load(planId: string): Promise<void> {
    try {
      const [track, checkIns] = await Promise.all([
        this.api.track(planId),
        this.checkInsApi.mine(planId, CHART_DAYS),
      ]);
      this.track.set(track);
      // Newest first; a day's later check-in replaces its earlier one.
      this.checkIns.set(checkIns.filter((c) => !c.replaced && c.stress !== null));
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
