import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { CrisisStore } from '../../core/crisis.store';

/**
 * "Something's not right?": a calm way in on the patient and family homes, beside the crisis
 * line (for what cannot wait). It opens the concerns page, where the counselor reads it first.
 */
@Component({
  selector: 'hw-something-not-right',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective],
  template: `
    <aside
      *transloco="let t"
      class="calm"
      data-testid="something-not-right"
      aria-labelledby="not-right-title"
    >
      <div role="heading" [attr.aria-level]="level()" id="not-right-title" class="heading">
        {{ t('concerns.notRight.title') }}
      </div>
      <p>{{ t('concerns.notRight.intro') }}</p>
      <div class="actions">
        <a mat-stroked-button [routerLink]="link()" data-testid="open-concerns">{{
          t('concerns.notRight.open')
        }}</a>
      </div>
      <p class="crisis">
        <a [href]="crisis.firstCallHref()">{{ t('concerns.notRight.unsafe') }}</a>
      </p>
    </aside>
  `,
  styles: `
    .calm {
      margin: 16px 0;
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    .heading {
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 4px 0;
    }
    .actions {
      margin: 8px 0;
    }
    .crisis a {
      color: inherit;
    }
  `,
})
export class SomethingNotRightComponent {
  /** The concerns page of this reader's plan. */
  readonly link = input.required<string | unknown[]>();
  readonly level = input(2);
  protected readonly crisis = inject(CrisisStore);
}
