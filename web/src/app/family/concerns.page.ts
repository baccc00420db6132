import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ConcernsComponent } from '../shared/concerns/concerns.component';

/** `/family/concerns/:planId`: "Something's not right?": raising a concern, and the ones I may see. */
@Component({
  selector: 'hw-family-concerns-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, ConcernsComponent],
  template: `
    <section *transloco="let t" data-testid="family-concerns">
      <a mat-button routerLink="/family" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('concerns.pageTitle') }}</h1>
      <hw-concerns [planId]="planId()" />
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class FamilyConcernsPage {
  readonly planId = input.required<string>();
}
