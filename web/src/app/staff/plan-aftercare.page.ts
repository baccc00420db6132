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
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CHECK_IN_CADENCES, CheckInCadence, DEFAULT_SCHEDULE_STEPS } from '@homeward/domain';
import { AftercareApi, CheckInScheduleView, PlansApi } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../shared/api-action';
import { TrackLabels } from '../shared/track-record/track-labels';

interface StepDraft {
  cadence: CheckInCadence;
  /** Empty: it goes on (only the last step). */
  weeks: number | null;
}

/**
 * `/staff/plans/:id/aftercare`: from Homecoming on, the check-in schedule the counselor sets with
 * the patient (each change a new version everyone is told of), and, from the aftercare phase,
 * completing the plan with closing words everyone receives.
 */
@Component({
  selector: 'hw-plan-aftercare-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    TranslocoDirective,
  ],
  template: `
    <section *transloco="let t" data-testid="plan-aftercare">
      <a mat-button [routerLink]="['/staff/plans', id()]" class="back"
        >← {{ t('aftercare.backToPlan') }}</a
      >
      <h1>{{ t('aftercare.staffTitle', { name: patientName() }) }}</h1>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (schedule(); as s) {
        <p class="done" role="status" data-testid="aftercare-status">{{ done() }}</p>
        @if (action.error()) {
          <p class="error" role="alert">{{ action.error() }}</p>
        }
        <h2>{{ t('aftercare.schedule.title') }}</h2>
        @if (!s.scheduled) {
          <p class="muted" data-testid="schedule-not-yet">{{ t('aftercare.schedule.notYet') }}</p>
        } @else {
          <p data-testid="schedule-now">
            {{ t('aftercare.schedule.stage.' + s.stage) }}
            @if (s.version) {
              {{ t('aftercare.schedule.version', { version: s.version, name: s.setByName }) }}
            } @else {
              {{ t('aftercare.schedule.default') }}
            }
          </p>
          <p class="muted" data-testid="schedule-next">
            @if (s.dueToday) {
              {{ t('aftercare.schedule.dueTodayStaff') }}
            }
            {{ t('aftercare.schedule.upcoming', { days: labels.list(upcomingDays()) }) }}
          </p>
          @if (!completed()) {
            <form class="steps" (ngSubmit)="saveSchedule()" data-testid="schedule-form">
              <p class="muted">{{ t('aftercare.schedule.withPatient') }}</p>
              @for (step of steps(); track $index; let i = $index; let last = $last) {
                <div class="step" data-testid="schedule-step">
                  <p class="step-name">{{ t('aftercare.schedule.step', { n: i + 1 }) }}</p>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ t('aftercare.schedule.how') }}</mat-label>
                    <mat-select
                      [value]="step.cadence"
                      (valueChange)="patch(i, { cadence: $event })"
                      data-testid="schedule-cadence"
                    >
                      @for (c of cadences; track c) {
                        <mat-option [value]="c">{{ t('aftercare.cadence.' + c) }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{
                      last ? t('aftercare.schedule.weeksLast') : t('aftercare.schedule.weeks')
                    }}</mat-label>
                    <input
                      matInput
                      type="number"
                      inputmode="numeric"
                      min="1"
                      max="52"
                      [value]="step.weeks ?? ''"
                      (input)="patch(i, { weeks: weeksOf($event) })"
                      data-testid="schedule-weeks"
                    />
                  </mat-form-field>
                  @if (steps().length > 1) {
                    <button mat-button type="button" (click)="remove(i)">
                      {{ t('aftercare.schedule.remove') }}
                    </button>
                  }
                </div>
              }
              <div class="actions">
                @if (steps().length < 6) {
                  <button
                    mat-stroked-button
                    type="button"
                    (click)="add()"
                    data-testid="schedule-add"
                  >
                    {{ t('aftercare.schedule.add') }}
                  </button>
                }
                <button
                  mat-flat-button
                  type="submit"
                  [disabled]="action.busy()"
                  data-testid="schedule-save"
                >
                  {{ t('aftercare.schedule.save') }}
                </button>
              </div>
            </form>
          }
        }

        <h2>{{ t('aftercare.complete.title') }}</h2>
        @if (completed()) {
          <p data-testid="plan-completed">{{ t('aftercare.complete.done') }}</p>
          <a
            mat-flat-button
            [routerLink]="['/staff/plans', id(), 'closing-summary']"
            data-testid="open-closing-summary"
            >{{ t('aftercare.summary.open') }}</a
          >
        } @else if (s.stage === 'AFTERCARE') {
          <p class="muted">{{ t('aftercare.complete.intro') }}</p>
          <form (ngSubmit)="complete()" data-testid="complete-form">
            <mat-form-field appearance="outline" class="words" subscriptSizing="dynamic">
              <mat-label>{{ t('aftercare.complete.words') }}</mat-label>
              <textarea
                matInput
                rows="5"
                maxlength="4000"
                name="closingWords"
                [(ngModel)]="closingWords"
                data-testid="closing-words-input"
              ></textarea>
              <mat-hint>{{ t('aftercare.complete.wordsHint') }}</mat-hint>
            </mat-form-field>
            <button
              mat-flat-button
              type="submit"
              [disabled]="action.busy() || !closingWords.trim()"
              data-testid="complete-plan"
            >
              {{ t('aftercare.complete.button') }}
            </button>
          </form>
        } @else {
          <p class="muted" data-testid="complete-not-yet">{{ t('aftercare.complete.notYet') }}</p>
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
    .step {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 12px;
    }
    .step mat-form-field {
      flex: 1 1 140px;
    }
    .step-name {
      flex: 1 0 100%;
      margin: 0;
      font-weight: 500;
    }
    .words {
      margin-bottom: 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .words {
      width: 100%;
    }
  `,
})
export class PlanAftercarePage {
  readonly id = input.required<string>();
  private readonly api = inject(AftercareApi);
  private readonly plans = inject(PlansApi);
  private readonly errors = inject(ApiErrors);
  private readonly router = inject(Router);
  protected readonly labels = inject(TrackLabels);
  protected readonly action = new ApiAction();
  protected readonly cadences = CHECK_IN_CADENCES;
  protected readonly schedule = signal<CheckInScheduleView | null>(null);
  protected readonly steps = signal<StepDraft[]>([]);
  protected readonly patientName = signal('');
  protected readonly completed = signal(false);
  protected readonly loadError = signal('');
  protected readonly done = signal('');
  protected closingWords = '';
  protected readonly upcomingDays = computed(() =>
    (this.schedule()?.upcoming ?? []).slice(0, 4).map((d) => this.labels.day(d)),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  protected patch(index: number, change: Partial<StepDraft>): void {
    this.steps.update((steps) => steps.map((s, i) => (i === index ? { ...s, ...change } : s)));
  }

  protected add(): void {
    this.steps.update((steps) => [...steps, { cadence: 'MONTHLY', weeks: null }]);
  }

  protected remove(index: number): void {
    this.steps.update((steps) => steps.filter((_, i) => i !== index));
  }

  protected weeksOf(event: Event): number | null {
    const value = (event.target as HTMLInputElement).value;
    return value === '' ? null : Number(value);
  }

  protected async saveSchedule(): Promise<void> {
    const saved = await this.action.run(() =>
      this.api.setSchedule({
        planId: this.id(),
        steps: this.steps().map((s) => ({ cadence: s.cadence, weeks: s.weeks })),
      }),
    );
    if (saved) {
      this.show(saved);
      this.done.set(this.labels.t('aftercare.schedule.saved'));
    }
  }

  protected async complete(): Promise<void> {
    const summary = await this.action.run(() =>
      this.api.complete({ planId: this.id(), closingWords: this.closingWords }),
    );
    if (summary) void this.router.navigate(['/staff/plans', this.id(), 'closing-summary']);
  }

  private show(schedule: CheckInScheduleView): void {
    this.schedule.set(schedule);
    const stage = schedule.stage;
    this.steps.set(
      schedule.steps.length
        ? schedule.steps.map((s) => ({ cadence: s.cadence, weeks: s.weeks ?? null }))
        : stage
          ? DEFAULT_SCHEDULE_STEPS[stage].map((s) => ({ ...s }))
          : [],
    );
  }

  private async load(id: string): Promise<void> {
    try {
      const [plan, schedule] = await Promise.all([this.plans.plan(id), this.api.schedule(id)]);
      this.patientName.set(plan?.patient.displayName ?? '');
      this.completed.set(plan?.status === 'COMPLETED');
      if (schedule) this.show(schedule);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
