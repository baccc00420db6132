import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  MyPlanApi,
  PatientPlan,
  PatientPlanMember,
  PhaseFieldsFragment,
} from '@homeward/web-data-access';
import { MilestoneListComponent, PhaseLadderComponent } from '@homeward/web-ui';
import { ApiAction, ApiErrors } from '../shared/api-action';
import { SessionStore } from '../core/session.store';
import { concerns, LiveUpdates } from '../shared/live-updates';
import { WaitingListComponent } from '../shared/agreement/waiting-list.component';
import { PageSettling } from '../shared/page-settling';
import { PlanLabels } from '../shared/plan-labels';
import { AskPauseComponent } from '../shared/track-record/ask-pause.component';
import { CheckInCardComponent } from '../shared/track-record/check-in-card.component';
import { PhaseProposalComponent } from '../shared/track-record/phase-proposal.component';
import { ConsentCentreComponent } from './consent-centre.component';
import { DisclosuresComponent } from './disclosures.component';
import { SomethingNotRightComponent } from '../shared/concerns/something-not-right.component';
import { MessagesLinkComponent } from '../shared/repair/messages-link.component';
import { LapseStatusComponent } from '../shared/lapse/lapse-status.component';
import { HomecomingLinkComponent } from '../shared/homecoming/homecoming-link.component';
import { NextCheckInComponent } from '../shared/aftercare/next-check-in.component';

/** `/patient`: where I stand on my plan, who is on it, invitations waiting for me, and who sees what. */
@Component({
  selector: 'hw-patient-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [PageSettling],
  imports: [
    NgTemplateOutlet,
    MatCardModule,
    MatButtonModule,
    RouterLink,
    TranslocoDirective,
    WaitingListComponent,
    PhaseLadderComponent,
    MilestoneListComponent,
    ConsentCentreComponent,
    DisclosuresComponent,
    CheckInCardComponent,
    PhaseProposalComponent,
    AskPauseComponent,
    SomethingNotRightComponent,
    MessagesLinkComponent,
    LapseStatusComponent,
    HomecomingLinkComponent,
    NextCheckInComponent,
  ],
  template: `
    <section
      *transloco="let t"
      data-testid="patient-home"
      [class.settling]="loaded() && !settling.settled()"
    >
      <h1 data-testid="greeting">
        {{ t('patient.greeting', { name: session.me()?.displayName }) }}
      </h1>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (plan(); as plan) {
        <p class="done" role="status" data-testid="invitation-status">{{ answered() }}</p>
        @if (responding.error()) {
          <p class="error" role="alert">{{ responding.error() }}</p>
        }
        @if (plan.status === 'ACTIVE' || plan.status === 'PAUSED') {
          <hw-next-check-in [planId]="plan.id" [refresh]="reloads()" />
          <hw-check-in-card [planId]="plan.id" (checkedIn)="reload()" />
        }
        @if (plan.status === 'COMPLETED') {
          <p class="completed" data-testid="plan-completed">
            {{ t('aftercare.patientCompleted') }}
          </p>
          <a
            mat-flat-button
            [routerLink]="['/patient/closing-summary', plan.id]"
            data-testid="open-closing-summary"
            >{{ t('aftercare.summary.open') }}</a
          >
        }
        <hw-phase-proposal [planId]="plan.id" [memberId]="myMemberId()" (advanced)="reload()" />
        <hw-waiting-list area="patient" />
        <nav class="links" [attr.aria-label]="t('patientPlan.linksLabel')">
          <a mat-flat-button routerLink="/patient/agreement" data-testid="open-agreement">{{
            t('agreement.open')
          }}</a>
          <a mat-stroked-button routerLink="/patient/visits" data-testid="open-visits">{{
            t('track.visits.open')
          }}</a>
          <a mat-stroked-button routerLink="/patient/record" data-testid="open-record">{{
            t('track.record.open')
          }}</a>
          <hw-messages-link [planId]="plan.id" link="/patient/messages" />
          <a mat-stroked-button routerLink="/patient/amends" data-testid="open-amends">{{
            t('amends.open')
          }}</a>
          <a
            mat-stroked-button
            routerLink="/patient/support-network"
            data-testid="open-support-network"
            >{{ t('supportNetwork.open') }}</a
          >
          <a mat-stroked-button routerLink="/patient/first-weeks" data-testid="open-first-weeks">{{
            t('firstWeeks.open')
          }}</a>
        </nav>
        <hw-homecoming-link [planId]="plan.id" link="/patient/homecoming" />
        <hw-lapse-status [planId]="plan.id" link="/patient/lapse-plan" />
        <hw-something-not-right link="/patient/concerns" />

        @if (waiting().length) {
          <section aria-labelledby="waiting-title" data-testid="invitations-waiting">
            <h2 id="waiting-title">{{ t('patientPlan.invitations.title') }}</h2>
            @for (member of waiting(); track member.id) {
              <mat-card appearance="outlined" class="block" data-testid="family-invitation">
                <mat-card-content>
                  <p>
                    {{
                      t('patientPlan.invitations.intro', {
                        name: member.displayName,
                        relationship: relationshipWord(member, t),
                      })
                    }}
                  </p>
                  <div class="actions">
                    <button
                      mat-flat-button
                      type="button"
                      data-testid="invitation-welcome"
                      [disabled]="responding.busy()"
                      (click)="respond(member, true)"
                    >
                      {{
                        t('patientPlan.invitations.welcome', {
                          name: firstName(member.displayName),
                        })
                      }}
                    </button>
                    <button
                      mat-stroked-button
                      type="button"
                      data-testid="invitation-decline"
                      [disabled]="responding.busy()"
                      (click)="respond(member, false)"
                    >
                      {{ t('patientPlan.invitations.decline') }}
                    </button>
                  </div>
                  <p class="muted">{{ t('patientPlan.invitations.declineHint') }}</p>
                </mat-card-content>
              </mat-card>
            }
          </section>
        }

        <h2>{{ t('patientPlan.whereIStand') }}</h2>
        @if (plan.status === 'PAUSED') {
          <p class="notice" data-testid="plan-paused">{{ t('patientPlan.paused') }}</p>
        }
        @if (labels.ladder(); as ladderLabels) {
          <hw-phase-ladder [steps]="steps()" [labels]="ladderLabels" />
        }
        @if (plan.targetDate) {
          <p class="muted">{{ t('plan.targetDate', { date: dateOnly(plan.targetDate) }) }}</p>
        }
        @if (plan.status === 'ACTIVE' || pausedNow()) {
          <hw-ask-pause [planId]="plan.id" (pausedPlan)="paused()" />
        }

        @if (current(); as phase) {
          <mat-card appearance="outlined" class="block" data-testid="phase-now">
            <mat-card-content>
              <h3>{{ t('patientPlan.now', { name: phase.name }) }}</h3>
              <ng-container *ngTemplateOutlet="phaseDetail; context: { $implicit: phase }" />
            </mat-card-content>
          </mat-card>
        } @else {
          <p>{{ t('patientPlan.notStarted') }}</p>
        }
        @if (next(); as phase) {
          <mat-card appearance="outlined" class="block" data-testid="phase-next">
            <mat-card-content>
              <h3>{{ t('patientPlan.next', { name: phase.name }) }}</h3>
              <ng-container *ngTemplateOutlet="phaseDetail; context: { $implicit: phase }" />
            </mat-card-content>
          </mat-card>
        } @else if (current()) {
          <p class="muted">{{ t('patientPlan.lastPhase') }}</p>
        }

        <ng-template #phaseDetail let-phase>
          <p>{{ phase.description }}</p>
          <h4>{{ t('plan.allows') }}</h4>
          <ul class="chips">
            @for (type of phase.contactTypes; track type) {
              <li>{{ t('plan.contactType.' + type) }}</li>
            }
          </ul>
          @if (labels.milestones(); as milestoneLabels) {
            <h4>{{ t('patientPlan.yourMilestones') }}</h4>
            <hw-milestone-list [milestones]="party(phase, 'PATIENT')" [labels]="milestoneLabels" />
            <h4>{{ t('patientPlan.familyMilestones') }}</h4>
            <hw-milestone-list [milestones]="party(phase, 'FAMILY')" [labels]="milestoneLabels" />
          }
        </ng-template>

        <h2>{{ t('patientPlan.people') }}</h2>
        <ul class="people" data-testid="plan-people">
          <li>
            <span class="name">{{ plan.patient.displayName }}</span>
            <span class="muted">{{ t('patientPlan.you') }}</span>
          </li>
          <li>
            <span class="name">{{ plan.primaryCounselor.displayName }}</span>
            <span class="muted">{{ t('plan.kind.STAFF') }}</span>
          </li>
          @for (member of onPlan(); track member.id) {
            <li data-testid="plan-person">
              <span class="name">{{ member.displayName }}</span>
              <span class="muted"
                >{{ relationshipWord(member, t) }} ·
                {{ t('plan.memberStatus.' + member.status) }}</span
              >
            </li>
          }
        </ul>

        <!-- Far below the first screen: drawn in a task of their own once the page is up. -->
        @defer (on idle) {
          <hw-consent-centre [plan]="plan" (changed)="reload()" />
          <hw-disclosures />
        }
      } @else {
        <mat-card appearance="outlined">
          <mat-card-content class="stack">
            <p>{{ t('patient.planSoon') }}</p>
            <p class="muted">{{ t('patient.encouragement') }}</p>
          </mat-card-content>
        </mat-card>
      }
    </section>
  `,
  styles: `
    /* Until the parts under the greeting have their first answers: they then appear at once. */
    .settling > :not(h1) {
      visibility: hidden;
    }
    .block {
      margin: 12px 0;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 12px 0;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    h4 {
      font: var(--mat-sys-title-small);
      margin: 12px 0 4px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 8px 0;
    }
    .chips {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .chips li {
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-size: 0.875rem;
    }
    .people {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .people li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
    }
    .people .name {
      font-weight: 500;
    }
    .done:empty {
      display: none;
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
  `,
})
export class PatientHomePage implements OnInit {
  protected readonly session = inject(SessionStore);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(PlanLabels);
  private readonly api = inject(MyPlanApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly plan = signal<PatientPlan | null>(null);
  protected readonly loaded = signal(false);
  protected readonly settling = inject(PageSettling);
  protected readonly loadError = signal('');
  protected readonly responding = new ApiAction();
  protected readonly answered = signal('');
  protected readonly steps = computed(() =>
    (this.plan()?.phases ?? []).map((p) => ({
      position: p.position,
      name: p.name,
      status: p.status,
      description: p.description,
    })),
  );
  protected readonly current = computed(
    () => this.plan()?.phases.find((p) => p.status === 'CURRENT') ?? null,
  );
  protected readonly next = computed(() => {
    const phases = this.plan()?.phases ?? [];
    const current = this.current();
    return current ? (phases.find((p) => p.position === current.position + 1) ?? null) : null;
  });
  protected readonly myMemberId = computed(
    () => this.plan()?.members.find((m) => m.kind === 'PATIENT')?.id ?? null,
  );
  protected readonly waiting = computed(() =>
    (this.plan()?.members ?? []).filter(
      (m) => m.kind === 'FAMILY' && m.status === 'AWAITING_PATIENT',
    ),
  );
  protected readonly onPlan = computed(() =>
    (this.plan()?.members ?? []).filter(
      (m) => m.kind === 'FAMILY' && (m.status === 'ACTIVE' || m.status === 'INVITED'),
    ),
  );

  private readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  /** Made once per language: a formatter is costly to make, and the template asks on every render. */
  private readonly longDay = computed(
    () => new Intl.DateTimeFormat(this.activeLang(), { dateStyle: 'long' }),
  );

  /** Just paused from this page: the kind word stays in view while the plan reads again. */
  protected readonly pausedNow = signal(false);

  protected async paused(): Promise<void> {
    this.pausedNow.set(true);
    await this.reload();
  }

  constructor() {
    // The plan's phase, milestones and people as they change (a member joins, staff verify a milestone).
    inject(LiveUpdates)
      .on('plan', 'progress', 'check-ins')
      .pipe(takeUntilDestroyed())
      .subscribe((update) => {
        if (concerns(update, this.plan()?.id)) void this.reload();
      });
  }

  async ngOnInit(): Promise<void> {
    await this.reload();
  }

  /** Counts reloads, so what hangs on the plan (the next check-in due) is read again. */
  protected readonly reloads = signal(0);

  async reload(): Promise<void> {
    this.reloads.update((n) => n + 1);
    try {
      this.plan.set(await this.api.plan());
      this.loaded.set(true);
      this.settling.pageLoaded();
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }

  protected firstName(name: string): string {
    return name.split(' ')[0];
  }

  protected relationshipWord(member: PatientPlanMember, t: (key: string) => string): string {
    return member.relationship
      ? t('plan.relationship.' + member.relationship).toLowerCase()
      : t('plan.kind.' + member.kind).toLowerCase();
  }

  protected party(phase: PhaseFieldsFragment, party: 'PATIENT' | 'FAMILY') {
    return phase.milestones.filter((m) => m.party === party);
  }

  protected dateOnly(ymd: string): string {
    const [y, m, d] = ymd.split('-').map(Number);
    return this.longDay().format(new Date(y, m - 1, d));
  }

  async respond(member: PatientPlanMember, approve: boolean): Promise<void> {
    this.answered.set('');
    await this.responding.run(async () => {
      await this.api.respond(member.id, approve);
      this.answered.set(
        this.transloco.translate(
          approve ? 'patientPlan.invitations.welcomed' : 'patientPlan.invitations.declined',
          { name: member.displayName },
        ),
      );
      await this.reload();
    });
  }
}
