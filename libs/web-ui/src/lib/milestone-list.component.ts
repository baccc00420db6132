import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ProgressBarComponent } from './progress-bar.component';

export interface MilestoneItem {
  id: string;
  title: string;
  /** NOT_STARTED | IN_PROGRESS | ACHIEVED */
  status: string;
  /** Counted from the record; shown as a bar with `target` when the labels can say it. */
  progress?: number | null;
  target?: number | null;
  /** Why staff counted it as reached without the record, when they did. */
  waivedReason?: string | null;
}

/** Labels come from the app's translations. */
export interface MilestoneLabels {
  NOT_STARTED: string;
  IN_PROGRESS: string;
  ACHIEVED: string;
  /** Said when there are none. */
  none: string;
  /** "2 of 3": without it, no bar is shown. */
  progress?: (progress: number, target: number) => string;
  /** "Counted as reached by the counselor: …" */
  waived?: (reason: string) => string;
}

/** Milestones with where each stands, in words (never a score), and how far each has come. */
@Component({
  selector: 'hw-milestone-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProgressBarComponent],
  template: `
    @if (milestones().length === 0) {
      <p class="none">{{ labels().none }}</p>
    } @else {
      <ul class="milestones">
        @for (milestone of milestones(); track milestone.id) {
          <li
            [class.achieved]="milestone.status === 'ACHIEVED'"
            data-testid="milestone"
            [attr.data-status]="milestone.status"
          >
            <span class="title">{{ milestone.title }}</span>&ngsp;
            <span class="state">{{ stateLabel(milestone.status) }}</span>
            @if (
              labels().progress &&
              milestone.target &&
              milestone.progress !== null &&
              milestone.progress !== undefined
            ) {
              <hw-progress-bar
                [value]="milestone.progress"
                [max]="milestone.target"
                [label]="milestone.title"
                [text]="
                  labels().progress!(min(milestone.progress, milestone.target), milestone.target)
                "
              />
            }
            @if (milestone.waivedReason && labels().waived) {
              <span class="waived">{{ labels().waived!(milestone.waivedReason) }}</span>
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .none {
      color: var(--mat-sys-on-surface-variant, #444);
      margin: 4px 0;
    }
    .milestones {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    li {
      display: grid;
      gap: 2px;
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low, #f4f4f4);
    }
    .state {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant, #444);
    }
    .achieved .state {
      color: var(--mat-sys-on-surface, #1b1b1f);
      font-weight: 600;
    }
    hw-progress-bar {
      margin-top: 4px;
    }
    .waived {
      font-size: 0.875rem;
      font-style: italic;
    }
  `,
})
export class MilestoneListComponent {
  readonly milestones = input.required<readonly MilestoneItem[]>();
  readonly labels = input.required<MilestoneLabels>();

  protected stateLabel(status: string): string {
    const labels = this.labels();
    return status === 'ACHIEVED'
      ? labels.ACHIEVED
      : status === 'IN_PROGRESS'
        ? labels.IN_PROGRESS
        : labels.NOT_STARTED;
  }

  protected min(a: number, b: number): number {
    return Math.min(a, b);
  }
}
