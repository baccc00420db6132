import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { FamilyApi, FamilyPlanFieldsFragment } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { CalendarFeedComponent } from '../shared/track-record/calendar-feed.component';
import { VisitsComponent } from '../shared/track-record/visits.component';

/** `/family/visits/:planId`: the visits this person takes part in (willing or "Not this time", a debrief after), asking for one, and their calendar link. */
@Component({
  selector: 'hw-family-visits-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    TranslocoDirective,
    VisitsComponent,
    CalendarFeedComponent,
  ],
  template: `
    <section *transloco="let t" data-testid="family-visits">
      <a mat-button routerLink="/family" class="back">← {{ t('agreement.backHome') }}</a>
      <h1>{{ t('track.visits.pageTitle') }}</h1>
      @if (plan(); as plan) {
        <p class="plan">{{ t('familyPlan.heading', { name: plan.patientName }) }}</p>
      }
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else {
        <!-- The plan (what this phase allows, a pause) is read under the patient's consent: the notice travels with it. -->
        <hw-visits
          [planId]="planId()"
          mode="member"
          [contactTypes]="plan()?.progress?.currentPhase?.contactTypes ?? null"
          [paused]="plan()?.progress?.status === 'PAUSED'"
          [notice]="plan()?.notice ?? null"
        />
        <hw-calendar-feed [planId]="planId()" />
      }
    </section>
  `,
  styles: `
    .back {
      margin-left: -12px;
    }
    .plan {
      font: var(--mat-sys-title-medium);
      margin: -8px 0 8px;
    }
    hw-calendar-feed {
      display: block;
      margin-top: 24px;
    }
  `,
})
export class FamilyVisitsPage {
  readonly planId = input.required<string>();
  private readonly api = inject(FamilyApi);
  private readonly errors = inject(ApiErrors);
  protected readonly plan = signal<FamilyPlanFieldsFragment | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loadError = signal('');

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
  }

  private async load(planId: string): Promise<void> {
    try {
      this.plan.set((await this.api.plans()).find((p) => p.planId === planId) ?? null);
      this.loaded.set(true);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
