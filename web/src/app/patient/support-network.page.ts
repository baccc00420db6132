import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyPlanApi } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { SupportNetworkComponent } from '../shared/support-network/support-network.component';

/** `/patient/support-network`: the people around me, drawn as rings, kept by me; who may read it is my choice. */
@Component({
  selector: 'hw-patient-support-network-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, SupportNetworkComponent],
  template: `
    <section *transloco="let t" data-testid="patient-support-network">
      <a mat-button routerLink="/patient" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('supportNetwork.title') }}</h1>
      <p>{{ t('supportNetwork.patientIntro') }}</p>
      <p class="muted" data-testid="support-privacy">{{ t('supportNetwork.patientPrivacy') }}</p>
      <p>
        <a
          mat-stroked-button
          routerLink="/patient"
          fragment="consent-title"
          data-testid="support-choose-readers"
          >{{ t('supportNetwork.chooseReaders') }}</a
        >
      </p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (planId(); as planId) {
        <hw-support-network [planId]="planId" />
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
export class PatientSupportNetworkPage implements OnInit {
  private readonly api = inject(MyPlanApi);
  private readonly errors = inject(ApiErrors);
  protected readonly planId = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');

  async ngOnInit(): Promise<void> {
    try {
      this.planId.set((await this.api.plan())?.id ?? null);
      this.loaded.set(true);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
