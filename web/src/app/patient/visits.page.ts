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
import { CalendarFeedComponent } from '../shared/track-record/calendar-feed.component';
import { VisitsComponent } from '../shared/track-record/visits.component';

/** `/patient/visits`: my visits (ask for one the current phase allows, say whether I am willing, a debrief after) and my calendar link. */
@Component({
  selector: 'hw-patient-visits-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    TranslocoDirective,
    VisitsComponent,
    CalendarFeedComponent,
  ],
  template: `
    <section *transloco="let t" data-testid="patient-visits">
      <a mat-button routerLink="/patient" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('track.visits.pageTitle') }}</h1>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (plan(); as plan) {
        @if (current(); as phase) {
          <p class="muted" data-testid="phase-allows">
            {{
              t('track.visits.phaseAllows', {
                name: phase.name,
                types: allowed(phase.contactTypes, t),
              })
            }}
          </p>
        }
        <hw-visits
          [planId]="plan.id"
          mode="member"
          [contactTypes]="current()?.contactTypes ?? []"
          [paused]="plan.status !== 'ACTIVE'"
        />
        <hw-calendar-feed [planId]="plan.id" />
      } @else {
        <p>{{ t('patient.planSoon') }}</p>
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
    hw-calendar-feed {
      display: block;
      margin-top: 24px;
    }
  `,
})
export class PatientVisitsPage implements OnInit {
  private readonly api = inject(MyPlanApi);
  private readonly errors = inject(ApiErrors);
  protected readonly plan = signal<PatientPlan | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');
  protected readonly current = computed(
    () => this.plan()?.phases.find((p) => p.status === 'CURRENT') ?? null,
  );

  protected allowed(types: readonly string[], t: (key: string) => string): string {
    return types.map((type) => t('plan.contactType.' + type).toLowerCase()).join(', ');
  }

  async ngOnInit(): Promise<void> {
    try {
      this.plan.set(await this.api.plan());
      this.loaded.set(true);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
