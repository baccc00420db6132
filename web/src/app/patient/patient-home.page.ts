import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslocoDirective } from '@jsverse/transloco';
import { SessionStore } from '../core/session.store';

@Component({
  selector: 'hw-patient-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, TranslocoDirective],
  template: `
    <section *transloco="let t" data-testid="patient-home">
      <h1 data-testid="greeting">{{ t('patient.greeting', { name: session.me()?.displayName }) }}</h1>
      <mat-card appearance="outlined">
        <mat-card-content class="stack">
          <p>{{ t('patient.planSoon') }}</p>
          <p class="muted">{{ t('patient.encouragement') }}</p>
        </mat-card-content>
      </mat-card>
    </section>
  `,
})
export class PatientHomePage {
  protected readonly session = inject(SessionStore);
}
