import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { apiError, FamilyApi, FamilyPlanFieldsFragment } from '@homeward/web-data-access';
import { SessionStore } from '../core/session.store';
import { FamilyPlanViewComponent } from '../shared/family-plan-view.component';

/** `/family`: each plan this person is on, within what the patient shares with them today. */
@Component({
  selector: 'hw-family-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCardModule, TranslocoDirective, FamilyPlanViewComponent],
  template: `
    <section *transloco="let t" data-testid="family-home">
      <h1 data-testid="greeting">{{ t('family.greeting', { name: session.me()?.displayName }) }}</h1>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else {
        @for (plan of plans(); track plan.memberId) {
          <mat-card appearance="outlined" class="plan" data-testid="family-plan">
            <mat-card-content>
              <hw-family-plan-view [plan]="plan" [level]="2" />
            </mat-card-content>
          </mat-card>
        } @empty {
          <mat-card appearance="outlined">
            <mat-card-content class="stack">
              <p>{{ t('family.planSoon') }}</p>
              <p class="muted">{{ t('family.selfCare') }}</p>
            </mat-card-content>
          </mat-card>
        }
      }
    </section>
  `,
  styles: `.plan { margin-bottom: 16px; }`,
})
export class FamilyHomePage implements OnInit {
  protected readonly session = inject(SessionStore);
  private readonly api = inject(FamilyApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly plans = signal<FamilyPlanFieldsFragment[]>([]);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');

  async ngOnInit(): Promise<void> {
    try {
      this.plans.set(await this.api.plans());
      this.loaded.set(true);
    } catch (caught) {
      this.loadError.set(apiError(caught).message || this.transloco.translate('common.tryAgain'));
    }
  }
}
