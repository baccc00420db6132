import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MyPlanApi } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { ConcernsComponent } from '../shared/concerns/concerns.component';

/** `/patient/concerns`: "Something's not right?": raising a concern, and the ones I may see. */
@Component({
  selector: 'hw-patient-concerns-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective, ConcernsComponent],
  template: `
    <section *transloco="let t" data-testid="patient-concerns">
      <a mat-button routerLink="/patient" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('concerns.pageTitle') }}</h1>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      } @else if (planId(); as planId) {
        <hw-concerns [planId]="planId" />
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
  `,
})
export class PatientConcernsPage implements OnInit {
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
