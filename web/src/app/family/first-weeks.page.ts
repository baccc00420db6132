import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { FirstWeeksComponent } from '../shared/first-weeks/first-weeks.component';

/** `/family/first-weeks/:planId`: what I hope the first weeks at home will be like, beside the others' hopes for me. */
@Component({
  selector: 'hw-family-first-weeks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, FirstWeeksComponent],
  template: `
    <section *transloco="let t" data-testid="family-first-weeks">
      <a mat-button routerLink="/family" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('firstWeeks.title') }}</h1>
      <hw-first-weeks [planId]="planId()" area="family" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class FamilyFirstWeeksPage {
  readonly planId = input.required<string>();
}
