import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { FamilyApi, FamilyPlanFieldsFragment } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { SessionStore } from '../core/session.store';
import { AgreementComponent } from '../shared/agreement/agreement.component';
import { AgreementPhase } from '../shared/agreement/agreement-labels';
import { RedisclosureNoticeComponent } from '../shared/redisclosure-notice.component';

/** `/family/agreement/:planId`: the agreement as this family member takes part in it. */
@Component({
  selector: 'hw-family-agreement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    TranslocoDirective,
    AgreementComponent,
    RedisclosureNoticeComponent,
  ],
  template: `
    <section *transloco="let t" data-testid="family-agreement">
      <a mat-button routerLink="/family" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('agreement.title') }}</h1>
      @if (plan(); as plan) {
        <p class="plan">{{ t('familyPlan.heading', { name: plan.patientName }) }}</p>
      }
      <p class="muted">{{ t('agreement.intro') }}</p>
      <!-- The ladder's current step is the patient's progress, read under their consent. -->
      @if (plan()?.notice; as notice) {
        <hw-redisclosure-notice [notice]="notice" />
      }
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (loaded()) {
        <hw-agreement
          [planId]="planId()"
          [phases]="phases()"
          [myName]="session.me()?.displayName ?? ''"
        />
      } @else {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
    .plan {
      font: var(--mat-sys-title-medium);
      margin: -8px 0 8px;
    }
  `,
})
export class FamilyAgreementPage {
  readonly planId = input.required<string>();
  protected readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrors);
  private readonly api = inject(FamilyApi);
  protected readonly plan = signal<FamilyPlanFieldsFragment | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');
  /** The ladder only when the patient shares their progress with this person. */
  protected readonly phases = computed<AgreementPhase[] | null>(() => {
    const ladder = this.plan()?.progress?.ladder;
    return ladder
      ? ladder.map((step) => ({
          position: step.position,
          name: step.name,
          current: step.status === 'CURRENT',
        }))
      : null;
  });

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
  }

  private async load(planId: string): Promise<void> {
    try {
      const plans = await this.api.plans();
      this.plan.set(plans.find((p) => p.planId === planId) ?? null);
      this.loaded.set(true);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
