import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyPlanApi } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { HomecomingTrialComponent } from '../shared/homecoming/homecoming-trial.component';

/** `/patient/homecoming`: the trial homecoming's days, the conditions to sign, "how is home?". */
@Component({
  selector: 'hw-patient-homecoming-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, HomecomingTrialComponent],
  template: `
    <section *transloco="let t" data-testid="patient-homecoming">
      <a mat-button routerLink="/patient" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('homecoming.title') }}</h1>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      } @else if (planId(); as planId) {
        <hw-homecoming-trial [planId]="planId" area="patient" />
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PatientHomecomingPage implements OnInit {
  private readonly api = inject(MyPlanApi);
  private readonly errors = inject(ApiErrors);
  protected readonly planId = signal<string | null>(null);
  protected readonly error = signal('');

  async ngOnInit(): Promise<void> {
    try {
      this.planId.set((await this.api.plan())?.id ?? null);
    } catch (caught) {
      this.error.set(this.errors.message(caught));
    }
  }
}
