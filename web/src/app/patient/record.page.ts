import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyPlanApi } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { TrackRecordComponent } from '../shared/track-record/track-record.component';

/** `/patient/record`: my record as pictures — check-ins, mood and cravings, commitments kept, the way so far. */
@Component({
  selector: 'hw-patient-record-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, TrackRecordComponent],
  template: `
    <section *transloco="let t" data-testid="patient-record">
      <a mat-button routerLink="/patient" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('track.record.title') }}</h1>
      <p class="muted">{{ t('track.record.intro') }}</p>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (planId(); as planId) {
        <hw-track-record [planId]="planId" mode="patient" />
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
export class PatientRecordPage implements OnInit {
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
