import { Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { LadderLabels, MilestoneLabels } from '@homeward/web-ui';
import { map } from 'rxjs';

/** History kinds the app has words for; any other reads as a plain "Plan updated". */
const HISTORY_KINDS = new Set([
  'PLAN_CREATED',
  'PLAN_UPDATED',
  'PLAN_PAUSED',
  'PLAN_RESUMED',
  'PLAN_CLOSED',
  'MEMBER_PROPOSED',
  'MEMBER_APPROVED',
  'MEMBER_DECLINED',
  'MEMBER_RESTRICTED',
  'MEMBER_UNRESTRICTED',
  'MEMBER_REMOVED',
  'CONSENT_GRANTED',
  'CONSENT_REVOKED',
  'EXPECTATION_PROPOSED',
  'EXPECTATION_REVISED',
  'EXPECTATION_ANSWERED',
  'EXPECTATION_COMMENTED',
  'BOUNDARY_STATED',
  'BOUNDARY_REVISED',
  'BOUNDARY_ACKNOWLEDGED',
  'CONTRACT_SIGNED',
  'PHASE_PROPOSED',
  'PHASE_AGREED',
  'PHASE_WAIT_ASKED',
  'PHASE_ADVANCED',
  'PHASE_STEPPED_BACK',
  'MILESTONE_VERIFIED',
  'MILESTONE_WAIVED',
  'CHECK_IN_SCHEDULE_SET',
  'PLAN_COMPLETED',
  'CLOSING_WORDS_REVISED',
]);

/** The translation key for a plan history entry's kind. */
export function historyKey(kind: string): string {
  return `plan.history.${HISTORY_KINDS.has(kind) ? kind : 'OTHER'}`;
}

/** Labels for the shared ladder and milestone components, in the active language. */
@Injectable({ providedIn: 'root' })
export class PlanLabels {
  private readonly transloco = inject(TranslocoService);

  readonly ladder = toSignal(
    this.transloco
      .selectTranslateObject<{ ladderTitle: string; phaseState: Omit<LadderLabels, 'title'> }>(
        'plan',
      )
      .pipe(map((plan): LadderLabels => ({ title: plan.ladderTitle, ...plan.phaseState }))),
    { initialValue: null },
  );

  /** Where each milestone stands, and how far it has come ("2 of 3"), in the active language. */
  readonly milestones = toSignal(
    this.transloco.selectTranslateObject<MilestoneLabels>('plan.milestoneState').pipe(
      map((states): MilestoneLabels => ({
        ...states,
        progress: (progress, target) =>
          this.transloco.translate('track.milestones.progress', { progress, target }),
        waived: (reason) => this.transloco.translate('track.milestones.waived', { reason }),
      })),
    ),
    { initialValue: null },
  );
}
