import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { FamilyApi, FamilyPlanFieldsFragment } from '@homeward/web-data-access';
import { ApiErrors } from '../shared/api-action';
import { SessionStore } from '../core/session.store';
import { LiveUpdates } from '../shared/live-updates';
import { PageSettling } from '../shared/page-settling';
import { WaitingListComponent } from '../shared/agreement/waiting-list.component';
import { FamilyPlanViewComponent } from '../shared/family-plan-view.component';
import { AskPauseComponent } from '../shared/track-record/ask-pause.component';
import { FamilyCheckInCardComponent } from '../shared/track-record/family-check-in-card.component';
import { NextCheckInComponent } from '../shared/aftercare/next-check-in.component';
import { PhaseProposalComponent } from '../shared/track-record/phase-proposal.component';
import { SomethingNotRightComponent } from '../shared/concerns/something-not-right.component';
import { MessagesLinkComponent } from '../shared/repair/messages-link.component';
import { LapseStatusComponent } from '../shared/lapse/lapse-status.component';
import { HomecomingLinkComponent } from '../shared/homecoming/homecoming-link.component';

/** `/family`: each plan this person is on, within what the patient shares with them today. */
@Component({
  selector: 'hw-family-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PageSettling],
  imports: [
    MatCardModule,
    MatButtonModule,
    RouterLink,
    TranslocoDirective,
    FamilyPlanViewComponent,
    WaitingListComponent,
    FamilyCheckInCardComponent,
    NextCheckInComponent,
    PhaseProposalComponent,
    AskPauseComponent,
    SomethingNotRightComponent,
    MessagesLinkComponent,
    LapseStatusComponent,
    HomecomingLinkComponent,
  ],
  template: `
    <section
      *transloco="let t"
      data-testid="family-home"
      [class.settling]="loaded() && !settling.settled()"
    >
      <h1 data-testid="greeting">
        {{ t('family.greeting', { name: session.me()?.displayName }) }}
      </h1>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else {
        @if (plans().length) {
          <hw-waiting-list area="family" />
        }
        @for (plan of plans(); track plan.memberId) {
          <mat-card appearance="outlined" class="plan" data-testid="family-plan">
            <mat-card-content>
              <hw-phase-proposal
                [planId]="plan.planId"
                [memberId]="plan.memberId"
                [level]="3"
                (advanced)="load()"
              />
              <hw-family-plan-view [plan]="plan" [level]="2" />
              <hw-next-check-in [planId]="plan.planId" />
              <hw-family-check-in-card [planId]="plan.planId" [level]="3" />
              <div class="links">
                <a
                  mat-flat-button
                  [routerLink]="['/family/agreement', plan.planId]"
                  data-testid="open-agreement"
                >
                  {{ t('agreement.openFor', { name: firstName(plan.patientName) }) }}
                </a>
                <a
                  mat-stroked-button
                  [routerLink]="['/family/visits', plan.planId]"
                  data-testid="open-visits"
                  >{{ t('track.visits.open') }}</a
                >
                <a
                  mat-stroked-button
                  [routerLink]="['/family/record', plan.planId]"
                  data-testid="open-record"
                >
                  {{ t('track.record.openFor', { name: firstName(plan.patientName) }) }}
                </a>
                <hw-messages-link
                  [planId]="plan.planId"
                  [link]="['/family/messages', plan.planId]"
                />
                <a
                  mat-stroked-button
                  [routerLink]="['/family/amends', plan.planId]"
                  data-testid="open-amends"
                  >{{ t('amends.open') }}</a
                >
                @if (plan.sharedCategories.includes('SAFETY_PLAN')) {
                  <a
                    mat-stroked-button
                    [routerLink]="['/family/safety-plan', plan.planId]"
                    data-testid="open-safety-plan"
                    >{{ t('safetyPlan.openFor', { name: firstName(plan.patientName) }) }}</a
                  >
                }
                <a
                  mat-stroked-button
                  [routerLink]="['/family/track', plan.planId]"
                  data-testid="open-family-track"
                  >{{ t('familyTrack.open') }}</a
                >
                <a
                  mat-stroked-button
                  [routerLink]="['/family/first-weeks', plan.planId]"
                  data-testid="open-first-weeks"
                  >{{ t('firstWeeks.open') }}</a
                >
                @if (plan.sharedCategories.includes('SUPPORT_NETWORK')) {
                  <a
                    mat-stroked-button
                    [routerLink]="['/family/support-network', plan.planId]"
                    data-testid="open-support-network"
                  >
                    {{ t('supportNetwork.openFor', { name: firstName(plan.patientName) }) }}
                  </a>
                }
              </div>
              <!-- Kept after asking, so the reader still reads that it worked once the plan reads as paused. -->
              @if (plan.progress?.status !== 'PAUSED' || pausedHere().has(plan.planId)) {
                <hw-ask-pause
                  [planId]="plan.planId"
                  [level]="3"
                  (pausedPlan)="rememberPause(plan.planId)"
                />
              }
              <hw-homecoming-link
                [planId]="plan.planId"
                [link]="['/family/homecoming', plan.planId]"
              />
              <hw-lapse-status
                [planId]="plan.planId"
                [link]="['/family/lapse-plan', plan.planId]"
              />
              <hw-something-not-right [link]="['/family/concerns', plan.planId]" [level]="3" />
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
  styles: `
    /* Until the parts under the greeting have their first answers: they then appear at once. */
    .settling > :not(h1) {
      visibility: hidden;
    }
    .plan {
      margin-bottom: 16px;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 16px;
    }
  `,
})
export class FamilyHomePage implements OnInit {
  protected readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrors);
  private readonly api = inject(FamilyApi);
  protected readonly plans = signal<FamilyPlanFieldsFragment[]>([]);
  protected readonly loaded = signal(false);
  protected readonly settling = inject(PageSettling);
  protected readonly loadError = signal('');
  /** Plans the reader paused on this page: their confirmation stays in view. */
  protected readonly pausedHere = signal<ReadonlySet<string>>(new Set());

  protected rememberPause(planId: string): void {
    this.pausedHere.update((ids) => new Set(ids).add(planId));
  }

  protected firstName(name: string): string {
    return name.split(' ')[0];
  }

  constructor() {
    // What is shared with the reader (consent), the patient's progress within it, and the plan itself.
    inject(LiveUpdates)
      .on('plan', 'progress', 'check-ins')
      .pipe(takeUntilDestroyed())
      .subscribe(() => void this.load());
  }

  async ngOnInit(): Promise<void> {
    await this.load();
  }

  async load(): Promise<void> {
    try {
      this.plans.set(await this.api.plans());
      this.loaded.set(true);
      this.settling.pageLoaded();
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }
}
