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
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  HOME_ANSWER_WORDS_MAX,
  TRIAL_DEFAULT_DAYS,
  TRIAL_LONGEST_DAYS,
  TRIAL_SHORTEST_DAYS,
  daysBetween,
  shiftDay,
} from '@homeward/domain';
import { CommunicationHintsComponent } from '@homeward/web-ui';
import {
  HomecomingApi,
  HomecomingTrial,
  TrialCondition,
  TrialOutcome,
} from '@homeward/web-data-access';
import { AgreementLabels } from '../agreement/agreement-labels';
import { SubmitRowComponent } from '../submit-row.component';
import { ApiAction, ApiErrors } from '../api-action';
import { concerns as onPlan, LiveUpdates } from '../live-updates';
import { TrackLabels } from '../track-record/track-labels';

export type HomecomingArea = 'patient' | 'family' | 'staff';

/**
 * The trial homecoming (issue 15): its days, its written conditions and who signed them, the
 * weekly "how is home?", and the reviews. Members sign and answer; the counselor writes and
 * publishes the conditions, reads every answer and records the review — in kind words.
 */
@Component({
  selector: 'hw-homecoming-trial',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    SubmitRowComponent,
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    TranslocoDirective,
    CommunicationHintsComponent,
  ],
  template: `
    <div *transloco="let t" data-testid="homecoming-trial">
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (!trial()) {
        <p class="muted" data-testid="trial-none">
          {{ area() === 'staff' ? t('homecoming.noneStaff') : t('homecoming.none') }}
        </p>
      } @else if (trial(); as trial) {
        <section class="calm" data-testid="trial-days" aria-labelledby="days-title">
          <h2 id="days-title">
            {{ trial.status === 'OPEN' ? t('homecoming.underWay') : trial.outcomeWords }}
          </h2>
          @if (trial.status === 'OPEN') {
            <p data-testid="trial-day">
              {{ t('homecoming.dayOf', { day: dayNumber(trial), total: trial.maxDays }) }}
            </p>
            <p>
              {{
                t('homecoming.fromTo', {
                  start: labels.day(trial.startDay),
                  end: labels.day(trial.endsOn),
                })
              }}
            </p>
            @if (trial.nextReviewDay) {
              <p data-testid="trial-next-review">
                {{
                  t(area() === 'staff' ? 'homecoming.nextReviewStaff' : 'homecoming.nextReview', {
                    day: labels.day(trial.nextReviewDay),
                  })
                }}
              </p>
            }
          } @else {
            <p data-testid="trial-ended">
              {{ t(endedWords[trial.outcome ?? 'HOME']) }}
            </p>
          }
        </section>

        <section aria-labelledby="conditions-title" data-testid="trial-conditions">
          <h2 id="conditions-title">{{ t('homecoming.conditions') }}</h2>
          @if (trial.current; as current) {
            <p class="muted">
              {{ t('homecoming.version', { version: current.version }) }}
            </p>
            <ol class="conditions">
              @for (c of current.conditions; track $index) {
                <li data-testid="trial-condition">
                  <span>{{ c.text }}</span>
                  @if (c.note) {
                    <br /><span class="muted">{{
                      t('homecoming.ifCrossed', { note: c.note })
                    }}</span>
                  }
                  <br /><span class="source">{{ sourceOf(c, t) }}</span>
                </li>
              }
            </ol>
            <h3>{{ t('homecoming.signatures') }}</h3>
            <ul class="plain">
              @for (s of current.signatures; track s.memberId) {
                <li data-testid="trial-signature">
                  {{
                    t('homecoming.signedBy', { name: s.typedName, when: labels.when(s.signedAt) })
                  }}
                </li>
              }
            </ul>
            @if (current.awaitingSignatureFrom.length) {
              <p class="muted" data-testid="trial-awaiting">
                {{
                  t('homecoming.stillToSign', { names: labels.list(current.awaitingSignatureFrom) })
                }}
              </p>
            } @else {
              <p class="done" data-testid="trial-signed-by-all">
                {{ t('homecoming.signedByAll') }}
              </p>
            }
            @if (trial.awaitingMySignature) {
              <form class="stack" (ngSubmit)="sign(current.version)" data-testid="trial-sign-form">
                <p>{{ t('homecoming.signIntro') }}</p>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('homecoming.typedName') }}</mat-label>
                  <input
                    matInput
                    name="typedName"
                    autocomplete="name"
                    [(ngModel)]="typedName"
                    data-testid="trial-typed-name"
                    required
                  />
                </mat-form-field>
                <hw-submit-row [action]="signing" testId="trial-sign">
                  {{ t('homecoming.sign', { version: current.version }) }}
                </hw-submit-row>
              </form>
            }
          } @else {
            <p class="muted" data-testid="trial-not-published">
              {{
                trial.status !== 'OPEN'
                  ? t('homecoming.neverPublished')
                  : area() === 'staff'
                    ? t('homecoming.notPublishedStaff')
                    : t('homecoming.notPublished')
              }}
            </p>
          }
        </section>

        @if (area() === 'staff' && trial.status === 'OPEN') {
          <section aria-labelledby="editor-title" class="calm" data-testid="trial-editor">
            <h2 id="editor-title">{{ t('homecoming.editor.title') }}</h2>
            <p class="muted">{{ t('homecoming.editor.intro') }}</p>
            <form class="stack" (ngSubmit)="publish()">
              @if (trial.drafted.length) {
                <fieldset>
                  <legend>{{ t('homecoming.editor.fromAgreement') }}</legend>
                  @for (c of trial.drafted; track c.sourceId) {
                    <mat-checkbox
                      [checked]="kept().has(keyOf(c))"
                      (change)="toggle(c, $event.checked)"
                      data-testid="trial-drafted"
                      >{{ c.text }} <span class="source">— {{ sourceOf(c, t) }}</span></mat-checkbox
                    >
                  }
                </fieldset>
              } @else {
                <p class="muted">{{ t('homecoming.editor.nothingAgreed') }}</p>
              }
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('homecoming.editor.own') }}</mat-label>
                <textarea
                  matInput
                  name="own"
                  rows="3"
                  [(ngModel)]="own"
                  data-testid="trial-own-conditions"
                ></textarea>
                <mat-hint>{{ t('homecoming.editor.ownHint') }}</mat-hint>
              </mat-form-field>
              @if (writing.hints(); as hintLabels) {
                <hw-communication-hints
                  [text]="own"
                  [language]="writing.language()"
                  [labels]="hintLabels"
                  testId="trial-own-hints"
                />
              }
              <div class="row">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('homecoming.editor.start') }}</mat-label>
                  <input
                    matInput
                    type="date"
                    name="startDay"
                    [(ngModel)]="startDay"
                    data-testid="trial-start"
                    required
                  />
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('homecoming.editor.length') }}</mat-label>
                  <input
                    matInput
                    type="number"
                    name="maxDays"
                    [min]="shortest"
                    [max]="longest"
                    [(ngModel)]="maxDays"
                    data-testid="trial-length"
                    required
                  />
                  <mat-hint>{{
                    t('homecoming.editor.lengthHint', { min: shortest, max: longest })
                  }}</mat-hint>
                </mat-form-field>
              </div>
              <fieldset>
                <legend>{{ t('homecoming.editor.reviews') }}</legend>
                @for (d of reviewDays; track $index) {
                  <div class="row">
                    <mat-form-field appearance="outline" subscriptSizing="dynamic">
                      <mat-label>{{
                        t('homecoming.editor.reviewDay', { n: $index + 1 })
                      }}</mat-label>
                      <input
                        matInput
                        type="date"
                        [name]="'review' + $index"
                        [(ngModel)]="reviewDays[$index]"
                        data-testid="trial-review-day"
                      />
                    </mat-form-field>
                    @if (reviewDays.length > 1) {
                      <button mat-button type="button" (click)="reviewDays.splice($index, 1)">
                        {{ t('homecoming.editor.removeReview') }}
                      </button>
                    }
                  </div>
                }
                <div>
                  <button
                    mat-button
                    type="button"
                    (click)="addReview()"
                    data-testid="trial-add-review"
                  >
                    {{ t('homecoming.editor.addReview') }}
                  </button>
                </div>
              </fieldset>
              <hw-submit-row [action]="publishing" testId="trial-publish">
                {{ t('homecoming.editor.publish') }}
              </hw-submit-row>
            </form>
          </section>
        }

        <section aria-labelledby="home-title" data-testid="trial-how-is-home">
          <h2 id="home-title">{{ t('homecoming.home.title') }}</h2>
          <p class="muted">
            {{ area() === 'staff' ? t('homecoming.home.introStaff') : t('homecoming.home.intro') }}
          </p>
          @if (area() !== 'staff' && trial.status === 'OPEN') {
            @if (trial.answeredThisWeek) {
              <p class="done" data-testid="trial-answered">{{ t('homecoming.home.thanks') }}</p>
            } @else {
              <form class="stack" (ngSubmit)="answer()" data-testid="trial-home-form">
                <span id="rating-label">{{ t('homecoming.home.question') }}</span>
                <mat-button-toggle-group
                  name="rating"
                  aria-labelledby="rating-label"
                  [(ngModel)]="rating"
                  data-testid="trial-rating"
                >
                  @for (r of [1, 2, 3, 4, 5]; track r) {
                    <mat-button-toggle [value]="r" [attr.data-testid]="'trial-rating-' + r">{{
                      r
                    }}</mat-button-toggle>
                  }
                </mat-button-toggle-group>
                <p class="muted scale">{{ t('homecoming.home.scale') }}</p>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('homecoming.home.words') }}</mat-label>
                  <textarea
                    matInput
                    name="words"
                    rows="2"
                    [maxlength]="wordsMax"
                    [(ngModel)]="words"
                    data-testid="trial-home-words"
                  ></textarea>
                </mat-form-field>
                <hw-submit-row [action]="answering" testId="trial-home-submit" [blocked]="!rating">
                  {{ t('homecoming.home.submit') }}
                </hw-submit-row>
              </form>
            }
          }
          <ul class="plain">
            @for (a of trial.homeAnswers; track a.id) {
              <li data-testid="trial-home-answer">
                <strong>{{ t('homecoming.home.week', { day: labels.day(a.weekOf) }) }}</strong>
                @if (area() === 'staff') {
                  · {{ a.displayName }}
                }
                · {{ t('homecoming.home.rated', { rating: a.rating }) }}
                @if (a.words) {
                  <blockquote>{{ a.words }}</blockquote>
                }
              </li>
            } @empty {
              <li class="muted">{{ t('homecoming.home.none') }}</li>
            }
          </ul>
        </section>

        @if (area() === 'staff' && trial.status === 'OPEN') {
          <section aria-labelledby="review-title" class="calm" data-testid="trial-review">
            <h2 id="review-title">{{ t('homecoming.review.title') }}</h2>
            @if (!trial.reviewDue) {
              <p class="muted">
                {{
                  trial.nextReviewDay
                    ? t('homecoming.review.notYet', { day: labels.day(trial.nextReviewDay) })
                    : t('homecoming.review.noneLeft')
                }}
              </p>
            } @else {
              <form class="stack" (ngSubmit)="review()">
                <mat-radio-group name="outcome" [(ngModel)]="outcome" class="stack">
                  <mat-radio-button value="CONTINUE" data-testid="trial-outcome-continue">{{
                    t('homecoming.review.continue')
                  }}</mat-radio-button>
                  <mat-radio-button
                    value="EXTEND"
                    [disabled]="trial.extensionsLeft === 0"
                    data-testid="trial-outcome-extend"
                    >{{
                      t('homecoming.review.extend', { left: trial.extensionsLeft })
                    }}</mat-radio-button
                  >
                  <mat-radio-button value="STEP_BACK" data-testid="trial-outcome-step-back">{{
                    t('homecoming.review.stepBack')
                  }}</mat-radio-button>
                </mat-radio-group>
                @if (outcome === 'EXTEND') {
                  <div class="row">
                    <mat-form-field appearance="outline" subscriptSizing="dynamic">
                      <mat-label>{{ t('homecoming.review.newEnd') }}</mat-label>
                      <input
                        matInput
                        type="date"
                        name="newEndsOn"
                        [(ngModel)]="newEndsOn"
                        data-testid="trial-new-end"
                      />
                    </mat-form-field>
                    <mat-form-field appearance="outline" subscriptSizing="dynamic">
                      <mat-label>{{ t('homecoming.review.newReview') }}</mat-label>
                      <input
                        matInput
                        type="date"
                        name="newReviewDay"
                        [(ngModel)]="newReviewDay"
                        data-testid="trial-new-review"
                      />
                    </mat-form-field>
                  </div>
                }
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('homecoming.review.reason') }}</mat-label>
                  <textarea
                    matInput
                    name="reason"
                    rows="3"
                    [(ngModel)]="reason"
                    data-testid="trial-review-reason"
                  ></textarea>
                  <mat-hint>{{ t('homecoming.review.reasonHint') }}</mat-hint>
                </mat-form-field>
                @if (writing.hints(); as hintLabels) {
                  <hw-communication-hints
                    [text]="reason"
                    [language]="writing.language()"
                    [labels]="hintLabels"
                    testId="trial-reason-hints"
                  />
                }
                <hw-submit-row [action]="reviewing" testId="trial-review-submit">
                  {{ t('homecoming.review.submit') }}
                </hw-submit-row>
              </form>
            }
          </section>
        }

        @if (trial.reviews.length) {
          <section aria-labelledby="reviews-title" data-testid="trial-reviews">
            <h2 id="reviews-title">{{ t('homecoming.reviews') }}</h2>
            <ul class="plain">
              @for (r of trial.reviews; track r.reviewDay) {
                <li data-testid="trial-review-row">
                  <strong>{{ labels.day(r.reviewDay) }}</strong> ·
                  {{
                    r.outcome === 'EXTEND' && r.newEndsOn
                      ? t('homecoming.outcome.EXTEND', { day: labels.day(r.newEndsOn) })
                      : t('homecoming.outcome.' + r.outcome)
                  }}
                  @if (r.reason) {
                    <blockquote>{{ r.reason }}</blockquote>
                  }
                </li>
              }
            </ul>
          </section>
        }
      }
    </div>
  `,
  styles: `
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
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    fieldset {
      border: none;
      padding: 0;
      margin: 0;
      display: flex;
      flex-direction: column;
    }
    legend {
      font-weight: 600;
      margin-bottom: 4px;
    }
    .conditions li {
      margin: 8px 0;
    }
    .source,
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.9rem;
    }
    .plain {
      list-style: none;
      padding: 0;
    }
    .plain li {
      margin: 8px 0;
    }
    .done {
      color: var(--mat-sys-primary);
    }
    .scale {
      margin: 0;
    }
    blockquote {
      margin: 4px 0 0;
      font-style: italic;
    }
  `,
})
export class HomecomingTrialComponent {
  readonly planId = input.required<string>();
  readonly area = input.required<HomecomingArea>();
  private readonly api = inject(HomecomingApi);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(TrackLabels);
  /** What an ended trial says, by how it ended. */
  protected readonly endedWords: Record<TrialOutcome, string> = {
    HOME: 'homecoming.endedHome',
    STEPPED_BACK: 'homecoming.endedBack',
    PLAN_CLOSED: 'homecoming.endedClosed',
  };
  /** The hints for saying it safely, in the writer's language. */
  protected readonly writing = inject(AgreementLabels);
  protected readonly trial = signal<HomecomingTrial | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');
  protected readonly signing = new ApiAction();
  protected readonly answering = new ApiAction();
  protected readonly publishing = new ApiAction();
  protected readonly reviewing = new ApiAction();
  protected readonly shortest = TRIAL_SHORTEST_DAYS;
  protected readonly longest = TRIAL_LONGEST_DAYS;
  protected readonly wordsMax = HOME_ANSWER_WORDS_MAX;
  /** The agreement's conditions the counselor keeps (all of them, until one is dropped). */
  protected readonly kept = signal(new Set<string>());
  protected typedName = '';
  protected rating: number | null = null;
  protected words = '';
  protected own = '';
  protected startDay = '';
  protected maxDays = TRIAL_DEFAULT_DAYS;
  protected reviewDays: string[] = [];
  protected outcome: 'CONTINUE' | 'EXTEND' | 'STEP_BACK' = 'CONTINUE';
  protected newEndsOn = '';
  protected newReviewDay = '';
  protected reason = '';
  private editorFilled = false;

  protected readonly dayNumber = (trial: HomecomingTrial) =>
    Math.max(1, daysBetween(trial.startDay, trial.today) + 1);

  protected readonly isOpen = computed(() => this.trial()?.status === 'OPEN');

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
    // Its own changes come as the plan's; a phase move (it starts or ends) as progress.
    inject(LiveUpdates)
      .on('plan', 'progress')
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((update) => {
        if (onPlan(update, this.planId())) void this.load(this.planId());
      });
  }

  protected keyOf(c: TrialCondition): string {
    return `${c.source}:${c.sourceId}`;
  }

  protected sourceOf(c: TrialCondition, t: (key: string, params?: object) => string): string {
    if (c.source === 'EXPECTATION') return t('homecoming.source.EXPECTATION', { name: c.byName });
    if (c.source === 'BOUNDARY') return t('homecoming.source.BOUNDARY', { name: c.byName });
    return t('homecoming.source.COUNSELOR');
  }

  protected toggle(c: TrialCondition, on: boolean): void {
    const next = new Set(this.kept());
    if (on) next.add(this.keyOf(c));
    else next.delete(this.keyOf(c));
    this.kept.set(next);
  }

  protected addReview(): void {
    const last = this.reviewDays[this.reviewDays.length - 1] || this.startDay;
    this.reviewDays.push(last ? shiftDay(last, -30) : '');
  }

  protected async sign(version: number): Promise<void> {
    const answer = await this.signing.run(() =>
      this.api.sign({ planId: this.planId(), version, typedName: this.typedName }),
    );
    if (answer) this.trial.set(answer);
  }

  protected async answer(): Promise<void> {
    if (!this.rating) return;
    const rating = this.rating;
    const answer = await this.answering.run(() =>
      this.api.sayHowHomeIs({
        planId: this.planId(),
        rating,
        words: this.words.trim() ? this.words : undefined,
      }),
    );
    if (!answer) return;
    this.trial.set(answer);
    this.words = '';
    this.rating = null;
  }

  protected async publish(): Promise<void> {
    const trial = this.trial();
    if (!trial) return;
    const fromAgreement = trial.drafted
      .filter((c) => this.kept().has(this.keyOf(c)))
      .map((c) => ({ source: c.source, sourceId: c.sourceId }));
    const counselor = this.own
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .map((text) => ({ source: 'COUNSELOR' as const, text }));
    const answer = await this.publishing.run(() =>
      this.api.publish({
        planId: this.planId(),
        conditions: [...fromAgreement, ...counselor],
        startDay: this.startDay,
        maxDays: Number(this.maxDays),
        reviewDays: this.reviewDays.filter((d) => d),
      }),
    );
    if (answer) this.trial.set(answer);
  }

  protected async review(): Promise<void> {
    const answer = await this.reviewing.run(() =>
      this.api.review({
        planId: this.planId(),
        outcome: this.outcome,
        reason: this.reason.trim() ? this.reason : undefined,
        newEndsOn: this.outcome === 'EXTEND' && this.newEndsOn ? this.newEndsOn : undefined,
        newReviewDay:
          this.outcome === 'EXTEND' && this.newReviewDay ? this.newReviewDay : undefined,
      }),
    );
    if (!answer) return;
    this.trial.set(answer);
    this.reason = '';
    this.outcome = 'CONTINUE';
    this.fillDays(answer);
  }

  private async load(planId: string): Promise<void> {
    try {
      const trial = await this.api.trial(planId);
      this.trial.set(trial);
      if (trial && this.area() === 'staff' && !this.editorFilled) this.fillEditor(trial);
      this.loadError.set('');
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    } finally {
      this.loaded.set(true);
    }
  }

  /**
   * The editor starts from what was published, else from everything the family agreed; its days
   * are the trial's own (an extension moved them), so publishing again never undoes one.
   */
  private fillEditor(trial: HomecomingTrial): void {
    this.editorFilled = true;
    const current = trial.current;
    const sourced = current
      ? current.conditions.filter((c) => c.source !== 'COUNSELOR')
      : trial.drafted;
    this.kept.set(new Set(sourced.map((c) => this.keyOf(c))));
    this.own = (current?.conditions ?? [])
      .filter((c) => c.source === 'COUNSELOR')
      .map((c) => c.text)
      .join('\n');
    this.fillDays(trial);
  }

  private fillDays(trial: HomecomingTrial): void {
    this.startDay = trial.startDay;
    this.maxDays = trial.maxDays;
    this.reviewDays = [...trial.reviewDays];
    this.newEndsOn = shiftDay(trial.endsOn, -30);
    this.newReviewDay = shiftDay(trial.today, -14);
  }
}
