import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslocoDirective } from '@jsverse/transloco';
import { SessionStore } from '../core/session.store';

@Component({
  selector: 'hw-family-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, TranslocoDirective],
  template: `
    <section *transloco="let t" data-testid="family-home">
      <h1 data-testid="greeting">{{ t('family.greeting', { name: session.me()?.displayName }) }}</h1>
      <mat-card appearance="outlined">
        <mat-card-content class="stack">
          <p>{{ t('family.planSoon') }}</p>
          <p class="muted">{{ t('family.selfCare') }}</p>
        </mat-card-content>
      </mat-card>
    </section>
  `,
})
export class FamilyHomePage {
  protected readonly session = inject(SessionStore);
}
