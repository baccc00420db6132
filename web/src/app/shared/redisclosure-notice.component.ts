import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * The §2.32 notice a family member reads wherever the patient's consented data is shown. The
 * words come from the API in the reader's language, so the notice and the disclosure row agree.
 */
@Component({
  selector: 'hw-redisclosure-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective],
  template: `
    <div *transloco="let t" class="confidential" role="note" data-testid="redisclosure-notice">
      <strong>{{ t('familyPlan.noticeLabel') }}</strong>
      <p>{{ notice() }}</p>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .confidential {
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      padding: 8px 12px;
      border-radius: 4px;
    }
    .confidential p {
      margin: 4px 0 0;
      font-size: 0.875rem;
    }
  `,
})
export class RedisclosureNoticeComponent {
  readonly notice = input.required<string>();
}
