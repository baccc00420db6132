import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LapsePlanComponent } from '../shared/lapse/lapse-plan.component';

/** `/staff/plans/:id/lapse-plan`: draft the plan for a hard day, and after one, the steps back in. */
@Component({
  selector: 'hw-plan-lapse-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, LapsePlanComponent],
  template: `
    <section *transloco="let t" data-testid="staff-lapse-plan">
      <a mat-button [routerLink]="['/staff/plans', id()]" class="back"
        >← {{ t('agreement.staff.back') }}</a
      >
      <h1>{{ t('lapse.title') }}</h1>
      <hw-lapse-plan [planId]="id()" area="staff" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PlanLapsePage {
  readonly id = input.required<string>();
}
