import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { SafetyPlanReadComponent } from '../shared/safety-plan/safety-plan-read.component';

/** `/family/safety-plan/:planId`: the patient's safety plan, when they share it with this person. */
@Component({
  selector: 'hw-family-safety-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, SafetyPlanReadComponent],
  template: `
    <section *transloco="let t" data-testid="family-safety-plan">
      <a mat-button routerLink="/family" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('safetyPlan.familyTitle') }}</h1>
      <p>{{ t('safetyPlan.familyIntro') }}</p>
      <hw-safety-plan-read [planId]="planId()" [notShared]="t('safetyPlan.notShared')" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class FamilySafetyPlanPage {
  readonly planId = input.required<string>();
}
