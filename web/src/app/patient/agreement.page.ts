import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyPlanApi, PatientPlan } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { SessionStore } from '../core/session.store';
import { AgreementComponent } from '../shared/agreement/agreement.component';
import { AgreementPhase } from '../shared/agreement/agreement-labels';

/** `/patient/agreement`: our agreement — what we hope for from each other, boundaries, the home contract. */
@Component({
  selector: 'hw-patient-agreement-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, AgreementComponent],
  template: `
    <section *transloco="let t" data-testid="patient-agreement">
      <a mat-button routerLink="/patient" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('agreement.title') }}</h1>
      <p class="muted">{{ t('agreement.intro') }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (plan(); as plan) {
        <hw-agreement
          [planId]="plan.id"
          [phases]="phases()"
          [myName]="session.me()?.displayName ?? ''"
        />
      } @else {
        <p>{{ t('patient.planSoon') }}</p>
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PatientAgreementPage implements OnInit {
  protected readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrors);
  private readonly api = inject(MyPlanApi);
  protected readonly plan = signal<PatientPlan | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');
  protected readonly phases = computed<AgreementPhase[]>(() =>
    (this.plan()?.phases ?? []).map((p) => ({
      position: p.position,
      name: p.name,
      current: p.status === 'CURRENT',
    })),
  );

  async ngOnInit(): Promise<void> {
    try {
      this.plan.set(await this.api.plan());
      this.loaded.set(true);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
