import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { SafetyPlanReadComponent } from '../shared/safety-plan/safety-plan-read.component';

/** `/staff/plans/:id/safety-plan`: the patient's safety plan and its versions (each read is audited). */
@Component({
  selector: 'hw-plan-safety-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, SafetyPlanReadComponent],
  template: `
    <section *transloco="let t" data-testid="staff-safety-plan">
      <a mat-button [routerLink]="['/staff/plans', id()]" class="back"
        >← {{ t('safetyPlan.backToPlan') }}</a
      >
      <h1>{{ t('safetyPlan.staffTitle') }}</h1>
      <p class="muted">{{ t('safetyPlan.staffIntro') }}</p>
      <hw-safety-plan-read [planId]="id()" [notShared]="t('safetyPlan.notShared')" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PlanSafetyPlanPage {
  readonly id = input.required<string>();
}
