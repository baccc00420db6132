import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyPlanApi } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { FirstWeeksComponent } from '../shared/first-weeks/first-weeks.component';

/** `/patient/first-weeks`: what I hope the first weeks at home will be like, beside my family's hopes. */
@Component({
  selector: 'hw-patient-first-weeks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, FirstWeeksComponent],
  template: `
    <section *transloco="let t" data-testid="patient-first-weeks">
      <a mat-button routerLink="/patient" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('firstWeeks.title') }}</h1>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      } @else if (planId(); as planId) {
        <hw-first-weeks [planId]="planId" area="patient" />
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PatientFirstWeeksPage implements OnInit {
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
