import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { HomecomingTrialComponent } from '../shared/homecoming/homecoming-trial.component';

/** `/family/homecoming/:planId`: the trial homecoming's days, the conditions to sign, "how is home?". */
@Component({
  selector: 'hw-family-homecoming-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, HomecomingTrialComponent],
  template: `
    <section *transloco="let t" data-testid="family-homecoming">
      <a mat-button routerLink="/family" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('homecoming.title') }}</h1>
      <hw-homecoming-trial [planId]="planId()" area="family" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class FamilyHomecomingPage {
  readonly planId = input.required<string>();
}
