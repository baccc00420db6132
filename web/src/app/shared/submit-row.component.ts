import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule, type MatButtonAppearance } from '@angular/material/button';
import { ApiAction } from './api-action';

/**
 * The end of a form that sends one thing: the API's refusal in the reader's words, if any, then
 * the send button, disabled while the action runs (so it is not pressed twice) or while
 * `blocked`. Put inside the `<form>`: its button submits it. Anything projected with the
 * `beside` attribute (a cancel button) sits next to it.
 */
@Component({
  selector: 'hw-submit-row',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    @if (action().error()) {
      <p class="error" role="alert" [attr.data-testid]="errorTestId()">{{ action().error() }}</p>
    }
    <div class="actions">
      <button
        type="submit"
        [matButton]="appearance()"
        [disabled]="action().busy() || blocked()"
        [attr.data-testid]="testId()"
      >
        <ng-content />
      </button>
      <ng-content select="[beside]" />
    </div>
  `,
  styles: `
    :host {
      display: grid;
      gap: 8px;
    }
    .error {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class SubmitRowComponent {
  readonly action = input.required<ApiAction>();
  readonly testId = input.required<string>();
  /** The refusal's own test id, where a test reads it. */
  readonly errorTestId = input<string | null>(null);
  /** Not sendable yet (nothing changed, a choice missing): the button waits. */
  readonly blocked = input(false);
  readonly appearance = input<MatButtonAppearance>('filled');
}
