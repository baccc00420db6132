import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * How far something has come, as a bar with its words beside it ("2 of 3"). The bar is a
 * progressbar for screen readers, named by `label`, with the words as its value text.
 */
@Component({
  selector: 'hw-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="bar"
      role="progressbar"
      [attr.aria-label]="label()"
      aria-valuemin="0"
      [attr.aria-valuemax]="max()"
      [attr.aria-valuenow]="clamped()"
      [attr.aria-valuetext]="text()"
      data-testid="progress-bar"
    >
      <div class="fill" [style.width.%]="percent()" [class.full]="percent() >= 100"></div>
    </div>
    <span class="text" aria-hidden="true">{{ text() }}</span>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .bar {
      flex: 1 1 auto;
      height: 10px;
      border-radius: 5px;
      background: #e3e9ea;
      border: 1px solid #6f7979;
      overflow: hidden;
      min-width: 80px;
    }
    .fill {
      height: 100%;
      background: #3f9aab;
    }
    .fill.full {
      background: #00687a;
    }
    .text {
      font-size: 0.875rem;
      white-space: nowrap;
    }
  `,
})
export class ProgressBarComponent {
  readonly value = input.required<number>();
  readonly max = input.required<number>();
  /** What it measures, e.g. the milestone's title. */
  readonly label = input.required<string>();
  /** The value in words, e.g. "2 of 3". */
  readonly text = input.required<string>();
  protected readonly clamped = computed(() => Math.max(0, Math.min(this.value(), this.max())));
  protected readonly percent = computed(() =>
    this.max() > 0 ? Math.round((this.clamped() / this.max()) * 100) : 0,
  );
}
