import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { LapsePlanComponent } from '../shared/lapse/lapse-plan.component';

/** `/family/lapse-plan/:planId`: the plan for a hard day we agreed, as a party to it. */
@Component({
  selector: 'hw-family-lapse-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, LapsePlanComponent],
  template: `
    <section *transloco="let t" data-testid="family-lapse-plan">
      <a mat-button routerLink="/family" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('lapse.title') }}</h1>
      <hw-lapse-plan [planId]="planId()" area="family" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class FamilyLapsePlanPage {
  readonly planId = input.required<string>();
}
