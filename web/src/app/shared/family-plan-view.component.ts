import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { FamilyPlanFieldsFragment } from '@homeward/web-data-access';
import { MilestoneListComponent, PhaseLadderComponent } from '@homeward/web-ui';
import { PlanLabels } from './plan-labels';

/**
 * A plan as one family member sees it: the patient's progress with the §2.32 notice when
 * the patient shares it, otherwise the API's kind explanation; always their own milestones.
 * The family page and the patient's consent preview both use it, so the preview is exact.
 */
@Component({
  selector: 'hw-family-plan-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslocoDirective, PhaseLadderComponent, MilestoneListComponent],
  template: `
    <ng-container *transloco="let t">
      <div role="heading" [attr.aria-level]="level()" class="heading">
        {{ t('familyPlan.heading', { name: plan().patientName }) }}
      </div>
      @if (plan().relationship; as relationship) {
        <p class="muted">
          {{
            t('familyPlan.relationship', { relationship: t('plan.relationship.' + relationship) })
          }}
        </p>
      }

      @if (plan().notice; as notice) {
        <div class="confidential" role="note" data-testid="redisclosure-notice">
          <strong>{{ t('familyPlan.noticeLabel') }}</strong>
          <p>{{ notice }}</p>
        </div>
      }

      @if (plan().progress; as progress) {
        <div data-testid="family-progress">
          @if (progress.status === 'PAUSED') {
            <p>{{ t('familyPlan.paused') }}</p>
          }
          @if (labels.ladder(); as ladderLabels) {
            <hw-phase-ladder [steps]="steps()" [labels]="ladderLabels" />
          }
          @if (progress.currentPhase; as phase) {
            <div role="heading" [attr.aria-level]="level() + 1" class="subheading">
              {{ t('familyPlan.patientMilestones', { name: firstName() }) }}
            </div>
            @if (labels.milestones(); as milestoneLabels) {
              <hw-milestone-list [milestones]="patientMilestones()" [labels]="milestoneLabels" />
            }
          }
        </div>
      } @else if (plan().explanation; as explanation) {
        <p class="explanation" data-testid="family-explanation">{{ explanation }}</p>
      }

      <div role="heading" [attr.aria-level]="level() + 1" class="subheading">
        {{ t('familyPlan.ownMilestones') }}
      </div>
      <p class="muted">{{ t('familyPlan.ownIntro', { name: firstName() }) }}</p>
      @if (labels.milestones(); as milestoneLabels) {
        <hw-milestone-list
          data-testid="own-milestones"
          [milestones]="plan().ownMilestones"
          [labels]="milestoneLabels"
        />
      }
    </ng-container>
  `,
  styles: `
    :host {
      display: grid;
      gap: 12px;
    }
    .heading {
      font: var(--mat-sys-title-large);
      margin: 0;
    }
    .subheading {
      font: var(--mat-sys-title-medium);
      margin: 8px 0 0;
    }
    p {
      margin: 0;
    }
    .confidential {
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-surface-container);
      padding: 8px 12px;
      border-radius: 4px;
    }
    .confidential p {
      margin-top: 4px;
      font-size: 0.875rem;
    }
    .explanation {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 12px 16px;
      border-radius: 12px;
    }
  `,
})
export class FamilyPlanViewComponent {
  readonly plan = input.required<FamilyPlanFieldsFragment>();
  /** The heading level of the patient's name (2 on the family page, 3 inside the patient's preview). */
  readonly level = input(2);
  protected readonly labels = inject(PlanLabels);
  protected readonly firstName = computed(() => this.plan().patientName.split(' ')[0]);
  protected readonly steps = computed(() => {
    const progress = this.plan().progress;
    if (!progress) return [];
    return progress.ladder.map((step) => ({
      ...step,
      description: step.status === 'CURRENT' ? (progress.currentPhase?.description ?? null) : null,
    }));
  });
  /**
   * The patient's milestones in the current phase. How many check-in days a milestone has counted is
   * check-in data: without a CHECKINS consent it shows where the milestone stands, never the count.
   */
  protected readonly patientMilestones = computed(() => {
    const checkIns = this.plan().sharedCategories.includes('CHECKINS');
    return (this.plan().progress?.currentPhase?.milestones ?? [])
      .filter((m) => m.party === 'PATIENT')
      .map((m) =>
        (m.measure === 'CHECK_IN_DAYS' || m.measure === 'SCHEDULED_CHECK_INS') && !checkIns
          ? { ...m, progress: null }
          : m,
      );
  });
}
