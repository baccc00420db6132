import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One rung of the ladder; the staff, patient and family views all have these. */
export interface LadderStep {
  position: number;
  name: string;
  /** LOCKED | CURRENT | DONE */
  status: string;
  /** Shown under the current phase when given. */
  description?: string | null;
}

/** Labels come from the app's translations, so this component stays free of any i18n library. */
export interface LadderLabels {
  /** Names the list for screen readers, e.g. "The steps home". */
  title: string;
  DONE: string;
  CURRENT: string;
  LOCKED: string;
}

/**
 * The phase ladder: every step in order, the current one highlighted (and announced as the
 * current step), the ones behind marked as done and the ones ahead as still to come.
 */
@Component({
  selector: 'hw-phase-ladder',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="ladder" [attr.aria-label]="labels().title" data-testid="phase-ladder">
      @for (step of steps(); track step.position) {
        <li
          class="step"
          [class.current]="step.status === 'CURRENT'"
          [class.done]="step.status === 'DONE'"
          [attr.aria-current]="step.status === 'CURRENT' ? 'step' : null"
          data-testid="ladder-step"
        >
          <span class="marker" aria-hidden="true">{{
            step.status === 'DONE' ? '✓' : step.position
          }}</span>
          <span class="text">
            <span class="name">{{ step.name }}</span>&ngsp;
            <span class="state" data-testid="ladder-state">{{
              stateLabel(step.status)
            }}</span>&ngsp;
            @if (step.status === 'CURRENT' && step.description) {
              <span class="description">{{ step.description }}</span>
            }
          </span>
        </li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .ladder {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0;
    }
    .step {
      display: grid;
      grid-template-columns: 36px 1fr;
      gap: 12px;
      align-items: start;
      padding: 8px 0;
      position: relative;
    }
    .step:not(:last-child)::after {
      content: '';
      position: absolute;
      left: 17px;
      top: 44px;
      bottom: -8px;
      width: 2px;
      background: var(--mat-sys-outline-variant, #c4c7c5);
    }
    .marker {
      width: 36px;
      height: 36px;
      border-radius: 50%;
      display: grid;
      place-items: center;
      box-sizing: border-box;
      border: 2px solid var(--mat-sys-outline, #747775);
      color: var(--mat-sys-on-surface, #1b1b1f);
      background: var(--mat-sys-surface, #fff);
      font-weight: 600;
    }
    .done .marker {
      background: var(--mat-sys-surface-container-highest, #e3e3e3);
      border-color: transparent;
    }
    .current .marker {
      background: var(--mat-sys-primary, #00687a);
      color: var(--mat-sys-on-primary, #fff);
      border-color: transparent;
    }
    .text {
      display: grid;
      gap: 2px;
      padding-top: 6px;
      min-width: 0;
    }
    .name {
      font-weight: 500;
    }
    .current .name {
      font-weight: 700;
    }
    .state {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant, #444);
    }
    .current .text {
      background: var(--mat-sys-secondary-container, #cde7ec);
      color: var(--mat-sys-on-secondary-container, #051f23);
      border-left: 4px solid var(--mat-sys-primary, #00687a);
      border-radius: 4px 12px 12px 4px;
      padding: 8px 12px;
      margin-top: -2px;
    }
    .current .state {
      color: inherit;
    }
    .description {
      margin-top: 4px;
    }
  `,
})
export class PhaseLadderComponent {
  readonly steps = input.required<readonly LadderStep[]>();
  readonly labels = input.required<LadderLabels>();

  protected stateLabel(status: string): string {
    const labels = this.labels();
    return status === 'DONE' ? labels.DONE : status === 'CURRENT' ? labels.CURRENT : labels.LOCKED;
  }
}
