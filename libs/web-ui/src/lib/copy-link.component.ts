import { ChangeDetectionStrategy, Component, effect, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

export interface CopyLinkLabels {
  copy: string;
  copied: string;
  /** Said when the browser offers no clipboard (older browser, plain http). */
  copyByHand: string;
}

/**
 * A one-time link shown on screen with a button that copies it. Where the clipboard is not
 * available, it says so: the link stays on screen to select by hand.
 */
@Component({
  selector: 'hw-copy-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <p class="link" [attr.data-testid]="testId()">{{ url() }}</p>
    <button
      mat-stroked-button
      type="button"
      [attr.data-testid]="testId() + '-copy'"
      (click)="copy()"
    >
      {{ labels().copy }}
    </button>
    <span class="muted" aria-live="polite">{{
      copied() === 'yes' ? labels().copied : copied() === 'no' ? labels().copyByHand : ''
    }}</span>
  `,
  styles: `
    .link {
      word-break: break-all;
      font-family: monospace;
    }
    .muted {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CopyLinkComponent {
  readonly url = input.required<string>();
  readonly labels = input.required<CopyLinkLabels>();
  /** The link's data-testid; the button gets the same with "-copy". */
  readonly testId = input('copy-link');
  protected readonly copied = signal<'yes' | 'no' | null>(null);

  constructor() {
    // A new link starts without an earlier "Copied".
    effect(() => {
      this.url();
      this.copied.set(null);
    });
  }

  protected async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.url());
      this.copied.set('yes');
    } catch {
      this.copied.set('no');
    }
  }
}
