import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { AftercareApi, CheckInScheduleView } from '@homeward/web-data-access';
import { TrackLabels } from '../track-record/track-labels';

/**
 * From Homecoming on, check-ins follow a schedule: this says whether one is due today and when
 * the next one is, and the steps of the schedule. Before Homecoming it shows nothing (daily).
 */
@Component({
  selector: 'hw-next-check-in',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    @if (schedule(); as s) {
      @if (s.scheduled) {
        <section *transloco="let t" class="next" data-testid="next-check-in" aria-live="polite">
          <p class="when" data-testid="next-check-in-when">
            @if (s.dueToday) {
              {{ t('aftercare.schedule.dueToday') }}
            } @else if (s.nextDueOn) {
              {{ t('aftercare.schedule.nextDue', { day: labels.day(s.nextDueOn) }) }}
            }
          </p>
          <p class="muted" data-testid="next-check-in-steps">
            {{ t('aftercare.schedule.yours') }}
            @for (step of s.steps; track $index; let last = $last) {
              {{ t('aftercare.cadence.' + step.cadence) }}
              @if (step.weeks) {
                {{ t('aftercare.schedule.forWeeks', { count: step.weeks }) }}
              }
              @if (!last) {
                {{ t('aftercare.schedule.then') }}
              }
            }
          </p>
        </section>
      }
    }
  `,
  styles: `
    .next {
      border-left: 4px solid var(--mat-sys-primary);
      padding: 4px 12px;
      margin: 12px 0;
    }
    .when {
      font-weight: 500;
      margin: 0 0 4px;
    }
    .muted {
      margin: 0;
    }
  `,
})
export class NextCheckInComponent {
  readonly planId = input.required<string>();
  /** Bumped by the page after a check-in, so the next due day is read again. */
  readonly refresh = input(0);
  private readonly api = inject(AftercareApi);
  protected readonly labels = inject(TrackLabels);
  protected readonly schedule = signal<CheckInScheduleView | null>(null);

  constructor() {
    effect(() => {
      const planId = this.planId();
      this.refresh();
      untracked(() => void this.load(planId));
    });
  }

  private async load(planId: string): Promise<void> {
    // Not knowing the schedule never stands in the way of a check-in: it just is not shown.
    this.schedule.set(await this.api.schedule(planId).catch(() => null));
  }
}
