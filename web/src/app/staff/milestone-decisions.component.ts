import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  MilestoneDecision,
  MilestoneFieldsFragment,
  PhaseMovesApi,
} from '@homeward/web-data-access';
import { ProgressBarComponent } from '@homeward/web-ui';
import { TrackLabels } from '../shared/track-record/track-labels';
import { ApiAction } from '../shared/api-action';

/** What a member of staff may do with a milestone that is not reached yet: verify a manual one, or count any as reached with a reason. */
export function decisionsFor(
  milestone: Pick<MilestoneFieldsFragment, 'kind' | 'status' | 'achievedAt'>,
): MilestoneDecision[] {
  if (milestone.achievedAt || milestone.status === 'ACHIEVED') return [];
  return milestone.kind === 'MANUAL' ? ['VERIFY', 'WAIVE'] : ['WAIVE'];
}

/**
 * The current phase's milestones for staff: how far each has come (counted from the record), when
 * it was reached, and — for one not reached yet — "Confirm it is reached" (manual ones) or "Count it
 * as reached" with a reason the family will read.
 */
@Component({
  selector: 'hw-milestone-decisions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
    ProgressBarComponent,
  ],
  template: `
    <ul *transloco="let t" class="milestones">
      @for (m of milestones(); track m.id) {
        <li
          data-testid="staff-milestone"
          [attr.data-status]="m.status"
          [class.achieved]="m.status === 'ACHIEVED'"
        >
          <span class="title">{{ m.title }}</span>
          <span class="state" data-testid="milestone-state">{{
            m.achievedAt
              ? t('track.milestones.reachedOn', { date: labels.when(m.achievedAt) })
              : t('plan.milestoneState.' + m.status)
          }}</span>
          @if (m.target && m.kind !== 'MANUAL') {
            <hw-progress-bar
              [value]="m.progress"
              [max]="m.target"
              [label]="m.title"
              [text]="
                t('track.milestones.progress', {
                  progress: min(m.progress, m.target),
                  target: m.target,
                })
              "
            />
          }
          @if (m.waivedReason) {
            <span class="waived">{{
              t('track.milestones.waived', { reason: m.waivedReason })
            }}</span>
          }
          @if (deciding() === m.id) {
            <form class="decide" [formGroup]="form" (ngSubmit)="decide(m, 'WAIVE')">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('track.milestones.reason') }}</mat-label>
                <textarea
                  matInput
                  formControlName="reason"
                  rows="2"
                  data-testid="milestone-reason"
                ></textarea>
                <mat-hint>{{ t('track.milestones.reasonHint') }}</mat-hint>
              </mat-form-field>
              <div class="actions">
                <button
                  mat-flat-button
                  type="submit"
                  data-testid="milestone-waive-confirm"
                  [disabled]="action.busy()"
                >
                  {{ t('track.milestones.waiveConfirm') }}
                </button>
                <button mat-button type="button" (click)="deciding.set(null)">
                  {{ t('track.visits.cancel') }}
                </button>
              </div>
            </form>
          } @else if (open() && decisionsFor(m).length) {
            <div class="actions">
              @if (decisionsFor(m).includes('VERIFY')) {
                <button
                  mat-stroked-button
                  type="button"
                  data-testid="milestone-verify"
                  [disabled]="action.busy()"
                  (click)="decide(m, 'VERIFY')"
                >
                  {{ t('track.milestones.verify') }}
                </button>
              }
              <button
                mat-button
                type="button"
                data-testid="milestone-waive"
                (click)="startWaive(m.id)"
              >
                {{ t('track.milestones.waive') }}
              </button>
            </div>
          }
        </li>
      } @empty {
        <li class="none">{{ t('plan.milestoneState.none') }}</li>
      }
      @if (action.error()) {
        <li class="error" role="alert">{{ action.error() }}</li>
      }
    </ul>
  `,
  styles: `
    .milestones {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    li {
      display: grid;
      gap: 4px;
      padding: 10px 12px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-low);
    }
    .title {
      font-weight: 500;
    }
    .state {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant);
    }
    .achieved .state {
      color: var(--mat-sys-on-surface);
      font-weight: 600;
    }
    .waived {
      font-size: 0.875rem;
      font-style: italic;
    }
    .decide {
      display: grid;
      gap: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    li.none,
    li.error {
      background: none;
      padding: 0;
    }
  `,
})
export class MilestoneDecisionsComponent {
  readonly milestones = input.required<readonly MilestoneFieldsFragment[]>();
  /** Whether the plan is open for changes. */
  readonly open = input(true);
  readonly changed = output<void>();
  private readonly api = inject(PhaseMovesApi);
  protected readonly labels = inject(TrackLabels);
  protected readonly form = inject(FormBuilder).nonNullable.group({ reason: [''] });
  protected readonly deciding = signal<string | null>(null);
  protected readonly action = new ApiAction();
  protected readonly decisionsFor = decisionsFor;

  protected min(a: number, b: number): number {
    return Math.min(a, b);
  }

  protected startWaive(id: string): void {
    this.form.reset({ reason: '' });
    this.action.error.set('');
    this.deciding.set(id);
  }

  async decide(milestone: MilestoneFieldsFragment, decision: MilestoneDecision): Promise<void> {
    const reason = this.form.getRawValue().reason.trim();
    if (decision === 'WAIVE' && !reason) {
      this.action.error.set(this.labels.t('track.milestones.reasonNeeded'));
      return;
    }
    await this.action.run(async () => {
      await this.api.decideMilestone({
        milestoneId: milestone.id,
        decision,
        ...(decision === 'WAIVE' ? { reason } : {}),
      });
      this.deciding.set(null);
      this.changed.emit();
    });
  }
}
