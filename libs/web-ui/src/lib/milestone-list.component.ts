import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface MilestoneItem {
  id: string;
  title: string;
  /** NOT_STARTED | IN_PROGRESS | ACHIEVED */
  status: string;
}

/** Labels come from the app's translations. */
export interface MilestoneLabels {
  NOT_STARTED: string;
  IN_PROGRESS: string;
  ACHIEVED: string;
  /** Said when there are none. */
  none: string;
}

/** Milestones with where each stands, in words (never a score). */
@Component({
  selector: 'hw-milestone-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (milestones().length === 0) {
      <p class="none">{{ labels().none }}</p>
    } @else {
      <ul class="milestones">
        @for (milestone of milestones(); track milestone.id) {
          <li [class.achieved]="milestone.status === 'ACHIEVED'" data-testid="milestone">
            <span class="title">{{ milestone.title }}</span>&ngsp;
            <span class="state">{{ stateLabel(milestone.status) }}</span>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host { display: block; }
    .none { color: var(--mat-sys-on-surface-variant, #444); margin: 4px 0; }
    .milestones { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
    li { display: grid; gap: 2px; padding: 8px 12px;
         border-radius: 8px; background: var(--mat-sys-surface-container-low, #f4f4f4); }
    .state { font-size: 0.875rem; color: var(--mat-sys-on-surface-variant, #444); }
    .achieved .state { color: var(--mat-sys-on-surface, #1b1b1f); font-weight: 600; }
  `,
})
export class MilestoneListComponent {
  readonly milestones = input.required<readonly MilestoneItem[]>();
  readonly labels = input.required<MilestoneLabels>();

  protected stateLabel(status: string): string {
    const labels = this.labels();
    return status === 'ACHIEVED' ? labels.ACHIEVED : status === 'IN_PROGRESS' ? labels.IN_PROGRESS : labels.NOT_STARTED;
  }
}
