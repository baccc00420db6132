import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { HomecomingTrialComponent } from '../shared/homecoming/homecoming-trial.component';

/** `/staff/plans/:id/homecoming`: the trial homecoming's conditions, answers and reviews. */
@Component({
  selector: 'hw-plan-homecoming-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, HomecomingTrialComponent],
  template: `
    <section *transloco="let t" data-testid="staff-homecoming">
      <a mat-button [routerLink]="['/staff/plans', id()]" class="back"
        >← {{ t('agreement.staff.back') }}</a
      >
      <h1>{{ t('homecoming.title') }}</h1>
      <hw-homecoming-trial [planId]="id()" area="staff" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PlanHomecomingPage {
  readonly id = input.required<string>();
}
