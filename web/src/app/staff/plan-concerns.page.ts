import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { PlansApi } from '@homeward/web-data-access';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ApiErrors } from '../shared/api-action';
import { concerns, LiveUpdates } from '../shared/live-updates';
import { ConcernsComponent } from '../shared/concerns/concerns.component';

/** `/staff/plans/:id/concerns`: every concern on the plan, seen first by staff, carried through to repair. */
@Component({
  selector: 'hw-plan-concerns-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, ConcernsComponent],
  template: `
    <section *transloco="let t" data-testid="staff-concerns">
      <a mat-button [routerLink]="['/staff/plans', id()]" class="back"
        >← {{ t('agreement.staff.back') }}</a
      >
      <h1>{{ name() ? t('concerns.planFor', { name: name() }) : t('concerns.openForPlan') }}</h1>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <hw-concerns [planId]="id()" [staff]="true" [planActive]="active()" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PlanConcernsPage {
  readonly id = input.required<string>();
  private readonly api = inject(PlansApi);
  private readonly errors = inject(ApiErrors);
  protected readonly name = signal('');
  protected readonly active = signal(false);
  protected readonly error = signal('');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    // Paused from one card (or elsewhere): every card stops offering to pause its visits.
    inject(LiveUpdates)
      .on('plan')
      .pipe(takeUntilDestroyed())
      .subscribe((update) => {
        if (concerns(update, this.id())) void this.load(this.id());
      });
  }

  private async load(id: string): Promise<void> {
    try {
      const plan = await this.api.plan(id);
      this.name.set(plan?.patient.displayName ?? '');
      this.active.set(plan?.status === 'ACTIVE');
    } catch (caught) {
      this.error.set(this.errors.message(caught));
    }
  }
}
