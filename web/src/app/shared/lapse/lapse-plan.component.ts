import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { MAX_LAPSE_PAUSE_DAYS } from '@homeward/domain';
import { CrisisStore } from '../../core/crisis.store';
import { LapseApi, LapsePlan, LapsePlanVersion, PlansApi } from '@homeward/web-data-access';
import { SubmitRowComponent } from '../submit-row.component';
import { ApiAction, ApiErrors } from '../api-action';
import { concerns as onPlan, LiveUpdates } from '../live-updates';
import { TrackLabels } from '../track-record/track-labels';

export type LapseArea = 'patient' | 'family' | 'staff';

interface Person {
  memberId: string;
  displayName: string;
}

/**
 * The plan for a hard day (issue 13): what it means here, who is told, what pauses and for how
 * long at most, what never resets, and the steps back in; every version with who accepted it.
 * "Something happened" for the patient and the counselor, the crisis line beside it; staff draft
 * versions and, after a hard day, check off the steps back in and resume.
 */
@Component({
  selector: 'hw-lapse-plan',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    SubmitRowComponent,
    NgTemplateOutlet,
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
  ],
  template: `
    <div *transloco="let t" data-testid="lapse-plan">
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!plan()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (plan(); as plan) {
        @if (plan.pausedFollowingPlan) {
          <p class="paused" role="status" data-testid="lapse-paused">
            <strong>{{ t('lapse.pausedTitle') }}</strong>
            {{ area() === 'family' ? t('lapse.pausedFamily') : t('lapse.pausedHome') }}
          </p>
        }
        <p class="intro">{{ t('lapse.intro') }}</p>

        @if (plan.mayRecord) {
          <section class="calm" aria-labelledby="happened-title" data-testid="something-happened">
            <h2 id="happened-title">{{ t('lapse.happened.title') }}</h2>
            <p>
              {{
                area() === 'staff'
                  ? t('lapse.happened.introStaff')
                  : plan.agreed
                    ? t('lapse.happened.intro')
                    : t('lapse.happened.introNoPlan')
              }}
            </p>
            <form (ngSubmit)="record()" class="stack">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('lapse.happened.day') }}</mat-label>
                <input
                  matInput
                  type="date"
                  name="happenedOn"
                  [max]="today"
                  [(ngModel)]="happenedOn"
                  data-testid="happened-on"
                  required
                />
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{
                  area() === 'staff' ? t('lapse.happened.wordsStaff') : t('lapse.happened.words')
                }}</mat-label>
                <textarea
                  matInput
                  name="words"
                  rows="3"
                  [(ngModel)]="words"
                  data-testid="happened-words"
                ></textarea>
                <mat-hint>{{
                  area() === 'staff'
                    ? t('lapse.happened.wordsHintStaff')
                    : t('lapse.happened.wordsHint')
                }}</mat-hint>
              </mat-form-field>
              @if (recording.error()) {
                <p class="error" role="alert">{{ recording.error() }}</p>
              }
              @if (recorded()) {
                <p class="done" role="status" data-testid="happened-recorded">
                  {{ recorded() }}
                </p>
              }
              <div>
                <button
                  mat-flat-button
                  type="submit"
                  [disabled]="recording.busy()"
                  data-testid="record-happened"
                >
                  {{
                    area() === 'staff'
                      ? t('lapse.happened.submitStaff')
                      : t('lapse.happened.submit')
                  }}
                </button>
              </div>
            </form>
            <!-- The person it happened to reads the crisis line here; a counselor recording it does not. -->
            @if (area() !== 'staff') {
              <p class="crisis">
                <a [href]="crisis.firstCallHref()">{{ t('concerns.notRight.unsafe') }}</a>
              </p>
            }
          </section>
        }

        @if (plan.agreed; as agreedRef) {
          @if (versionOf(agreedRef.id); as agreed) {
            <section aria-labelledby="agreed-title" data-testid="lapse-agreed">
              <h2 id="agreed-title">
                {{ t('lapse.agreedTitle', { version: agreed.version }) }}
              </h2>
              <ng-container
                *ngTemplateOutlet="versionBody; context: { $implicit: agreed }"
              ></ng-container>
            </section>
          }
        } @else {
          <p class="muted" data-testid="lapse-none-agreed">{{ t('lapse.noneAgreed') }}</p>
        }

        @if (plan.lapses.length) {
          <section aria-labelledby="days-title" data-testid="lapse-days">
            <h2 id="days-title">{{ t('lapse.days.title') }}</h2>
            @for (lapse of plan.lapses; track lapse.id) {
              <mat-card appearance="outlined" class="block" data-testid="lapse-day">
                <mat-card-content>
                  <h3>{{ t('lapse.days.day', { day: labels.day(lapse.happenedOn) }) }}</h3>
                  @if (lapse.words) {
                    <blockquote>{{ lapse.words }}</blockquote>
                  }
                  <p class="muted">
                    {{ t('lapse.days.recordedBy', { name: lapse.recordedByName }) }}
                    @if (lapse.followedVersion) {
                      · {{ t('lapse.days.followed', { version: lapse.followedVersion }) }}
                    } @else {
                      · {{ t('lapse.days.noPlan') }}
                    }
                  </p>
                  @if (lapse.paused && !lapse.resumedAt && lapse.pauseEndsOn) {
                    <p data-testid="pause-ends">
                      {{ t('lapse.days.pauseEnds', { day: labels.day(lapse.pauseEndsOn) }) }}
                    </p>
                  }
                  @if (lapse.resumedAt) {
                    <p class="done">
                      {{
                        t('lapse.days.resumed', { day: labels.day(lapse.resumedAt.slice(0, 10)) })
                      }}
                    </p>
                  }
                  @if (lapse.steps.length) {
                    <h4>{{ t('lapse.stepsTitle') }}</h4>
                    <ol class="steps">
                      @for (stepBack of lapse.steps; track stepBack.position) {
                        <li data-testid="step-back-in">
                          <span>{{ stepBack.words }}</span>
                          @if (stepBack.checkedAt) {
                            <span class="done"> · {{ t('lapse.days.stepDone') }}</span>
                          } @else if (area() === 'staff' && lapse.paused && !lapse.resumedAt) {
                            <button
                              mat-stroked-button
                              type="button"
                              [disabled]="stepping.busy()"
                              data-testid="check-step"
                              [attr.aria-label]="
                                t('lapse.days.checkLabel', { step: stepBack.words })
                              "
                              (click)="check(lapse.id, stepBack.position)"
                            >
                              {{ t('lapse.days.check') }}
                            </button>
                          }
                        </li>
                      }
                    </ol>
                  }
                  @if (area() === 'staff' && lapse.paused && !lapse.resumedAt) {
                    @if (stepping.error()) {
                      <p class="error" role="alert">{{ stepping.error() }}</p>
                    }
                    <button
                      mat-flat-button
                      type="button"
                      [disabled]="stepping.busy() || !allChecked(lapse.steps)"
                      data-testid="resume-plan"
                      (click)="resume(lapse.id)"
                    >
                      {{ t('lapse.days.resume') }}
                    </button>
                    @if (!allChecked(lapse.steps)) {
                      <p class="muted" data-testid="resume-when">
                        {{ t('lapse.days.resumeWhen') }}
                      </p>
                    }
                  }
                </mat-card-content>
              </mat-card>
            }
            @if (plan.notice) {
              <p class="notice" data-testid="redisclosure-notice">{{ plan.notice }}</p>
            }
          </section>
        }

        <section aria-labelledby="versions-title" data-testid="lapse-versions">
          <h2 id="versions-title">{{ t('lapse.versions.title') }}</h2>
          @for (version of plan.versions; track version.id) {
            <mat-card appearance="outlined" class="block" data-testid="lapse-version">
              <mat-card-content>
                <h3>
                  {{ t('lapse.versions.version', { version: version.version }) }} ·
                  <span data-testid="lapse-version-status">{{
                    t('lapse.status.' + version.status)
                  }}</span>
                </h3>
                @if (version.status === 'PROPOSED') {
                  <ng-container
                    *ngTemplateOutlet="versionBody; context: { $implicit: version }"
                  ></ng-container>
                }
                <h4>{{ t('lapse.versions.whoAccepted') }}</h4>
                <ul class="accepted">
                  @for (a of version.acceptances; track a.memberId) {
                    <li data-testid="lapse-acceptance">
                      {{
                        a.acceptedAt
                          ? t('lapse.versions.accepted', {
                              name: a.displayName,
                              day: labels.day(a.acceptedAt.slice(0, 10)),
                            })
                          : t('lapse.versions.notYet', { name: a.displayName })
                      }}
                    </li>
                  }
                </ul>
                @if (version.mayAccept) {
                  @if (accepting.error()) {
                    <p class="error" role="alert">{{ accepting.error() }}</p>
                  }
                  <button
                    mat-flat-button
                    type="button"
                    [disabled]="accepting.busy()"
                    data-testid="accept-lapse-plan"
                    (click)="accept(version.id)"
                  >
                    {{ t('lapse.versions.accept') }}
                  </button>
                }
              </mat-card-content>
            </mat-card>
          } @empty {
            <p class="muted">{{ t('lapse.versions.none') }}</p>
          }
        </section>

        @if (area() === 'staff') {
          <section aria-labelledby="draft-title" data-testid="lapse-draft">
            <h2 id="draft-title">{{ t('lapse.draft.title') }}</h2>
            <p class="muted">{{ t('lapse.draft.intro') }}</p>
            <form (ngSubmit)="propose()" class="stack">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('lapse.draft.whatItMeans') }}</mat-label>
                <textarea
                  matInput
                  name="whatItMeans"
                  rows="3"
                  [(ngModel)]="draft.whatItMeans"
                  data-testid="draft-meaning"
                ></textarea>
                <!-- Kept out of the label: a long label ran past the outline at phone width. -->
                <mat-hint>{{ t('lapse.draft.whatItMeansHint') }}</mat-hint>
              </mat-form-field>
              <fieldset>
                <legend>{{ t('lapse.draft.told') }}</legend>
                @for (person of people(); track person.memberId) {
                  <mat-checkbox
                    [checked]="draft.told.has(person.memberId)"
                    (change)="toggleTold(person.memberId, $event.checked)"
                    [attr.data-testid]="'draft-told-' + person.displayName"
                    >{{ person.displayName }}</mat-checkbox
                  >
                }
              </fieldset>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('lapse.draft.toldBy') }}</mat-label>
                <input
                  matInput
                  name="toldBy"
                  [(ngModel)]="draft.toldBy"
                  data-testid="draft-told-by"
                />
              </mat-form-field>
              <mat-checkbox
                name="pausesVisits"
                [(ngModel)]="draft.pausesVisits"
                data-testid="draft-pauses"
                >{{ t('lapse.draft.pauses') }}</mat-checkbox
              >
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('lapse.draft.maxDays', { max: maxDays }) }}</mat-label>
                <input
                  matInput
                  type="number"
                  name="maxPauseDays"
                  min="1"
                  [max]="maxDays"
                  [(ngModel)]="draft.maxPauseDays"
                  data-testid="draft-max-days"
                />
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('lapse.draft.steps') }}</mat-label>
                <textarea
                  matInput
                  name="steps"
                  rows="4"
                  [(ngModel)]="draft.steps"
                  data-testid="draft-steps"
                ></textarea>
                <mat-hint>{{ t('lapse.draft.stepsHint') }}</mat-hint>
              </mat-form-field>
              <hw-submit-row [action]="proposing" testId="propose-lapse-plan">
                {{ t('lapse.draft.propose') }}
              </hw-submit-row>
            </form>
          </section>
        }
      }

      <ng-template #versionBody let-version>
        <dl class="plan-body">
          <dt>{{ t('lapse.whatItMeans') }}</dt>
          <dd data-testid="lapse-meaning">{{ version.whatItMeans }}</dd>
          <dt>{{ t('lapse.told') }}</dt>
          <dd data-testid="lapse-told">
            {{ names(version) || t('lapse.toldNobody') }}
            @if (version.toldBy) {
              <br />{{ version.toldBy }}
            }
          </dd>
          <dt>{{ t('lapse.pauses') }}</dt>
          <dd>
            {{
              version.pausesVisits
                ? t('lapse.pausesYes', { days: version.maxPauseDays })
                : t('lapse.pausesNo')
            }}
          </dd>
          <dt>{{ t('lapse.keeps') }}</dt>
          <dd>
            <ul>
              @for (keep of version.keeps; track keep) {
                <li>{{ t('lapse.keep.' + keep) }}</li>
              }
            </ul>
          </dd>
          <dt>{{ t('lapse.stepsTitle') }}</dt>
          <dd>
            <ol>
              @for (s of version.stepsBackIn; track $index) {
                <li>{{ s }}</li>
              }
            </ol>
          </dd>
        </dl>
      </ng-template>
    </div>
  `,
  styles: `
    .intro {
      color: var(--mat-sys-on-surface-variant);
    }
    .paused {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .calm {
      margin: 16px 0;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .stack {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .block {
      margin: 12px 0;
    }
    fieldset {
      border: none;
      padding: 0;
      display: flex;
      flex-direction: column;
    }
    .plan-body dt {
      font-weight: 600;
      margin-top: 8px;
    }
    .plan-body dd {
      margin: 0;
    }
    .steps li {
      margin: 4px 0;
    }
    /* Under the step's words, not squeezed beside its last word at phone width. */
    .steps li button {
      display: flex;
      margin-top: 4px;
    }
    .crisis a {
      color: inherit;
    }
    .notice {
      font-size: 0.85rem;
      color: var(--mat-sys-on-surface-variant);
    }
    blockquote {
      margin: 8px 0;
      font-style: italic;
    }
  `,
})
export class LapsePlanComponent {
  readonly planId = input.required<string>();
  readonly area = input.required<LapseArea>();
  private readonly api = inject(LapseApi);
  private readonly plans = inject(PlansApi);
  private readonly errors = inject(ApiErrors);
  private readonly transloco = inject(TranslocoService);
  protected readonly labels = inject(TrackLabels);
  protected readonly plan = signal<LapsePlan | null>(null);
  protected readonly loadError = signal('');
  protected readonly staffPeople = signal<Person[]>([]);
  protected readonly recorded = signal('');
  protected readonly recording = new ApiAction();
  protected readonly accepting = new ApiAction();
  protected readonly stepping = new ApiAction();
  protected readonly proposing = new ApiAction();
  protected readonly crisis = inject(CrisisStore);
  protected readonly maxDays = MAX_LAPSE_PAUSE_DAYS;
  /**
   * The program's day, from the API: the latest a hard day can be. The phone's own date may
   * already be tomorrow there (an evening in the Americas is the next day in UTC).
   */
  protected today = '';
  protected happenedOn = '';
  protected words = '';
  protected draft = {
    whatItMeans: '',
    told: new Set<string>(),
    toldBy: '',
    pausesVisits: true,
    maxPauseDays: 14,
    steps: '',
  };

  /** Who may be told: the plan's patient and family (staff read them from the plan). */
  protected readonly people = computed(() => this.staffPeople());

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
    inject(LiveUpdates)
      .on('plan', 'visits')
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((update) => {
        if (onPlan(update, this.planId())) void this.load(this.planId());
      });
  }

  protected versionOf(id: string): LapsePlanVersion | undefined {
    return this.plan()?.versions.find((v) => v.id === id);
  }

  protected names(version: LapsePlanVersion): string {
    return version.told.map((p) => p.displayName).join(', ');
  }

  protected allChecked(steps: { checkedAt: unknown }[]): boolean {
    return steps.every((s) => s.checkedAt);
  }

  protected toggleTold(memberId: string, on: boolean): void {
    if (on) this.draft.told.add(memberId);
    else this.draft.told.delete(memberId);
  }

  /** Offers the program's today, unless the person already chose another day. */
  private takeToday(today: string): void {
    if (!this.happenedOn || this.happenedOn === this.today) this.happenedOn = today;
    this.today = today;
  }

  protected async record(): Promise<void> {
    this.recorded.set('');
    const answer = await this.recording.run(() =>
      this.api.record({
        planId: this.planId(),
        happenedOn: this.happenedOn,
        words: this.words.trim() ? this.words : undefined,
      }),
    );
    if (!answer) return;
    this.plan.set(answer);
    this.words = '';
    this.recorded.set(
      this.transloco.translate(
        answer.agreed ? 'lapse.happened.followed' : 'lapse.happened.counselorTold',
      ),
    );
  }

  protected async accept(versionId: string): Promise<void> {
    const answer = await this.accepting.run(() => this.api.accept(versionId));
    if (answer) this.plan.set(answer);
  }

  protected async check(lapseId: string, position: number): Promise<void> {
    const answer = await this.stepping.run(() => this.api.checkStep(lapseId, position));
    if (answer) this.plan.set(answer);
  }

  protected async resume(lapseId: string): Promise<void> {
    const answer = await this.stepping.run(() => this.api.resume(lapseId));
    if (answer) this.plan.set(answer);
  }

  protected async propose(): Promise<void> {
    const answer = await this.proposing.run(() =>
      this.api.propose({
        planId: this.planId(),
        whatItMeans: this.draft.whatItMeans,
        toldMemberIds: [...this.draft.told],
        toldBy: this.draft.toldBy.trim() ? this.draft.toldBy : undefined,
        pausesVisits: this.draft.pausesVisits,
        maxPauseDays: Number(this.draft.maxPauseDays),
        stepsBackIn: this.draft.steps
          .split('\n')
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      }),
    );
    if (answer) this.plan.set(answer);
  }

  private async load(planId: string): Promise<void> {
    try {
      const plan = await this.api.plan(planId);
      if (plan) this.takeToday(plan.today);
      this.plan.set(plan);
      if (this.area() === 'staff') {
        // A new version starts from the latest one, so the counselor changes only what changed.
        const latest = plan?.versions[0];
        if (latest && !this.draft.whatItMeans) {
          this.draft = {
            whatItMeans: latest.whatItMeans,
            told: new Set(latest.told.map((p) => p.memberId)),
            toldBy: latest.toldBy ?? '',
            pausesVisits: latest.pausesVisits,
            maxPauseDays: latest.maxPauseDays,
            steps: latest.stepsBackIn.join('\n'),
          };
        }
        const staffPlan = await this.plans.plan(planId);
        this.staffPeople.set(
          (staffPlan?.members ?? [])
            .filter((m) => m.status === 'ACTIVE' && m.kind !== 'STAFF')
            .map((m) => ({ memberId: m.id, displayName: m.displayName })),
        );
      }
      this.loadError.set('');
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
