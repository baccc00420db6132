import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { FirstWeeksComponent } from '../shared/first-weeks/first-weeks.component';

/** `/staff/plans/:id/first-weeks`: everyone's hopes for the first weeks at home, and my suggestions. */
@Component({
  selector: 'hw-plan-first-weeks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, FirstWeeksComponent],
  template: `
    <section *transloco="let t" data-testid="staff-first-weeks">
      <a mat-button [routerLink]="['/staff/plans', id()]" class="back"
        >← {{ t('safetyPlan.backToPlan') }}</a
      >
      <h1>{{ t('firstWeeks.title') }}</h1>
      <hw-first-weeks [planId]="id()" area="staff" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PlanFirstWeeksPage {
  readonly id = input.required<string>();
}
