import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LapseApi } from '@homeward/web-data-access';
import { concerns as onPlan, LiveUpdates } from '../live-updates';

/**
 * On every home: the way to the plan for a hard day, and, while the plan is paused after
 * something happened, the kind words that say it is following what everyone agreed.
 */
@Component({
  selector: 'hw-lapse-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective],
  template: `
    <div *transloco="let t" class="lapse-status">
      @if (paused()) {
        <p class="paused" role="status" data-testid="paused-following-plan">
          <strong>{{ t('lapse.pausedTitle') }}</strong> {{ t('lapse.pausedHome') }}
        </p>
      }
      <a mat-stroked-button [routerLink]="link()" data-testid="open-lapse-plan">{{
        t('lapse.open')
      }}</a>
    </div>
  `,
  styles: `
    .lapse-status {
      margin: 8px 0;
    }
    .paused {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class LapseStatusComponent {
  readonly planId = input.required<string>();
  /** The lapse plan page of this reader's plan. */
  readonly link = input.required<string | unknown[]>();
  private readonly api = inject(LapseApi);
  protected readonly paused = signal(false);

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
    inject(LiveUpdates)
      .on('plan')
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((update) => {
        if (onPlan(update, this.planId())) void this.load(this.planId());
      });
  }

  private async load(planId: string): Promise<void> {
    try {
      this.paused.set((await this.api.plan(planId))?.pausedFollowingPlan ?? false);
    } catch {
      // The home still works without it; the plan page says what went wrong.
      this.paused.set(false);
    }
  }
}
