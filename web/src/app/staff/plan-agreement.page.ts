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
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { PlansApi, StaffPlanFieldsFragment } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { AgreementComponent } from '../shared/agreement/agreement.component';
import { AgreementPhase } from '../shared/agreement/agreement-labels';

/** `/staff/plans/:id/agreement`: the plan's agreement, read-only but for comments; the expectation gap; the contract. */
@Component({
  selector: 'hw-plan-agreement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, AgreementComponent],
  template: `
    <section *transloco="let t" data-testid="staff-agreement">
      <a mat-button [routerLink]="['/staff/plans', id()]" class="back"
        >← {{ t('agreement.staff.back') }}</a
      >
      <h1>
        {{
          plan()
            ? t('agreement.staff.title', { name: plan()?.patient?.displayName })
            : t('agreement.title')
        }}
      </h1>
      <p class="muted">{{ t('agreement.staff.intro') }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      }
      <hw-agreement [planId]="id()" mode="staff" [phases]="phases()" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PlanAgreementPage {
  readonly id = input.required<string>();
  private readonly api = inject(PlansApi);
  private readonly errors = inject(ApiErrors);
  protected readonly plan = signal<StaffPlanFieldsFragment | null>(null);
  protected readonly loadError = signal('');
  protected readonly phases = computed<AgreementPhase[] | null>(() => {
    const phases = this.plan()?.phases;
    return phases
      ? phases.map((p) => ({ position: p.position, name: p.name, current: p.status === 'CURRENT' }))
      : null;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.plan.set(await this.api.plan(id));
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
