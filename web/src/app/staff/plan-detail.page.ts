import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { lapseReasonKey, RELATIONSHIPS, Relationship } from '@homeward/domain';
import {
  PeopleApi,
  PlanStatus,
  PlansApi,
  StaffMemberFieldsFragment,
  StaffPlanFieldsFragment,
} from '@homeward/web-data-access';
import { CopyLinkComponent, PhaseLadderComponent } from '@homeward/web-ui';
import { SessionStore } from '../core/session.store';
import { ApiAction, ApiErrors } from '../shared/api-action';
import { historyKey, PlanLabels } from '../shared/plan-labels';
import { revealFragment } from '../shared/reveal';
import { SupervisorOption } from '../shared/track-record/visit-card.component';
import { VisitsComponent } from '../shared/track-record/visits.component';
import { MilestoneDecisionsComponent } from './milestone-decisions.component';
import { PhaseMovesComponent } from './phase-moves.component';
import { LapseStatusComponent } from '../shared/lapse/lapse-status.component';
import { HomecomingLinkComponent } from '../shared/homecoming/homecoming-link.component';

type MemberAction = { memberId: string; kind: 'restrict' | 'lift' | 'remove' };

/**
 * `/staff/plans/:id`: the ladder, the current phase's milestones (verify or waive), moving between
 * phases, visits (approve, record how they ended), the people, pause/resume/close with a reason,
 * and the history. `#member-…` and `#visit-…` links open at that person or visit.
 */
@Component({
  selector: 'hw-plan-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    CopyLinkComponent,
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoDirective,
    PhaseLadderComponent,
    MilestoneDecisionsComponent,
    PhaseMovesComponent,
    VisitsComponent,
    LapseStatusComponent,
    HomecomingLinkComponent,
  ],
  template: `
    <section *transloco="let t" data-testid="plan-detail">
      <a mat-button routerLink="/staff/plans">← {{ t('caseload.back') }}</a>
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      }
      @if (plan(); as plan) {
        <h1 data-testid="plan-title">
          {{ t('planDetail.title', { name: plan.patient.displayName }) }}
        </h1>
        <p class="summary">
          <span class="status-chip" data-testid="plan-status">{{
            t('plan.status.' + plan.status)
          }}</span>
          <span>{{ t('plan.counselor', { name: plan.primaryCounselor.displayName }) }}</span>
          @if (plan.targetDate) {
            <span>{{ t('plan.targetDate', { date: dateOnly(plan.targetDate) }) }}</span>
          }
          <span class="muted">{{
            t('planDetail.templateVersion', { version: plan.templateVersion })
          }}</span>
        </p>
        @if (plan.statusReason && plan.status !== 'ACTIVE') {
          <p class="muted">
            {{ t('planDetail.statusReason', { reason: reasonWords(plan.statusReason, t) }) }}
          </p>
        }

        <nav class="links" [attr.aria-label]="t('planDetail.linksLabel')">
          <a
            mat-flat-button
            [routerLink]="['/staff/plans', plan.id, 'agreement']"
            data-testid="open-agreement"
            >{{ t('agreement.staff.open') }}</a
          >
          <a
            mat-stroked-button
            [routerLink]="['/staff/plans', plan.id, 'record']"
            data-testid="open-record"
            >{{ t('track.record.staffOpen') }}</a
          >
          <a
            mat-stroked-button
            [routerLink]="['/staff/plans', plan.id, 'concerns']"
            data-testid="open-concerns"
            >{{ t('concerns.openForPlan') }}</a
          >
          <a mat-button routerLink="." fragment="visits">{{ t('track.visits.title') }}</a>
          <a
            mat-stroked-button
            [routerLink]="['/staff/plans', plan.id, 'messages']"
            data-testid="open-messages"
            >{{ t('messages.open') }}</a
          >
          <a
            mat-stroked-button
            [routerLink]="['/staff/plans', plan.id, 'amends']"
            data-testid="open-amends"
            >{{ t('amends.open') }}</a
          >
          <a
            mat-stroked-button
            [routerLink]="['/staff/plans', plan.id, 'safety-plan']"
            data-testid="open-safety-plan"
            >{{ t('safetyPlan.staffOpen') }}</a
          >
          <a
            mat-stroked-button
            [routerLink]="['/staff/plans', plan.id, 'support']"
            data-testid="open-support"
            >{{ t('supportNetwork.staffOpen') }}</a
          >
          <a
            mat-stroked-button
            [routerLink]="['/staff/plans', plan.id, 'first-weeks']"
            data-testid="open-first-weeks"
            >{{ t('firstWeeks.open') }}</a
          >
          @if (plan.status === 'COMPLETED' || hasStage()) {
            <a
              mat-stroked-button
              [routerLink]="['/staff/plans', plan.id, 'aftercare']"
              data-testid="open-aftercare"
              >{{ t('aftercare.staffOpen') }}</a
            >
          }
        </nav>
        <hw-lapse-status [planId]="plan.id" [link]="['/staff/plans', plan.id, 'lapse-plan']" />
        <hw-homecoming-link
          [planId]="plan.id"
          [link]="['/staff/plans', plan.id, 'homecoming']"
          [staff]="true"
        />

        <h2>{{ t('planDetail.ladder') }}</h2>
        @if (labels.ladder(); as ladderLabels) {
          <hw-phase-ladder [steps]="steps()" [labels]="ladderLabels" />
        }
        @if (currentPhase(); as phase) {
          <h3>{{ t('planDetail.currentPhase', { name: phase.name }) }}</h3>
          <p>{{ t('plan.allows') }}: {{ contactList(phase.contactTypes, t) }}</p>
          <h4>{{ t('plan.patientMilestones') }}</h4>
          <hw-milestone-decisions
            [milestones]="partyMilestones(phase.milestones, 'PATIENT')"
            [open]="open()"
            (changed)="reload()"
          />
          <h4>{{ t('plan.familyMilestones') }}</h4>
          <hw-milestone-decisions
            [milestones]="partyMilestones(phase.milestones, 'FAMILY')"
            [open]="open()"
            (changed)="reload()"
          />
        }

        <hw-phase-moves [plan]="plan" (changed)="reload()" />

        <hw-visits [planId]="plan.id" mode="staff" [supervisors]="supervisors()" />

        <h2>{{ t('planDetail.members') }}</h2>
        <ul class="members">
          @for (member of plan.members; track member.id) {
            <li class="member" data-testid="member-row" [id]="'member-' + member.id" tabindex="-1">
              <span class="name">{{ member.displayName }}</span>
              <span
                >{{
                  member.relationship
                    ? t('plan.relationship.' + member.relationship)
                    : t('plan.kind.' + member.kind)
                }}
                ·
                <span data-testid="member-status">{{
                  t('plan.memberStatus.' + member.status)
                }}</span></span
              >
              @if (member.email) {
                <span class="muted">{{ member.email }}</span>
              }
              @if (member.contactRestricted) {
                <span class="restricted" data-testid="member-restricted"
                  >{{ t('plan.restricted') }}
                  @if (member.restrictionNote) {
                    : {{ member.restrictionNote }}
                  }
                </span>
              }
              @if (canManage(member)) {
                @if (action()?.memberId === member.id) {
                  <form
                    class="inline-form"
                    [formGroup]="actionForm"
                    (ngSubmit)="confirmAction(member)"
                  >
                    @if (action()?.kind !== 'lift') {
                      <mat-form-field appearance="outline" subscriptSizing="dynamic">
                        <mat-label>{{
                          action()?.kind === 'remove'
                            ? t('planDetail.remove.reason')
                            : t('planDetail.restriction.note')
                        }}</mat-label>
                        <textarea
                          matInput
                          formControlName="text"
                          rows="2"
                          data-testid="member-action-text"
                        ></textarea>
                      </mat-form-field>
                    }
                    <div class="actions">
                      <button
                        mat-flat-button
                        type="submit"
                        [disabled]="busy()"
                        data-testid="member-action-confirm"
                      >
                        {{
                          action()?.kind === 'remove'
                            ? t('planDetail.remove.confirm')
                            : action()?.kind === 'lift'
                              ? t('planDetail.restriction.confirmLift')
                              : t('planDetail.restriction.confirm')
                        }}
                      </button>
                      <button mat-button type="button" (click)="action.set(null)">
                        {{ t('planDetail.cancel') }}
                      </button>
                    </div>
                  </form>
                } @else {
                  <div class="actions">
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="startAction(member, member.contactRestricted ? 'lift' : 'restrict')"
                    >
                      {{
                        member.contactRestricted
                          ? t('planDetail.restriction.lift')
                          : t('planDetail.restriction.set')
                      }}
                    </button>
                    @if (member.kind === 'FAMILY') {
                      <button mat-button type="button" (click)="startAction(member, 'remove')">
                        {{ t('planDetail.remove.open') }}
                      </button>
                    }
                  </div>
                }
              }
            </li>
          }
        </ul>
        @if (memberChange.error()) {
          <p class="error" role="alert">{{ memberChange.error() }}</p>
        }

        @if (open()) {
          <mat-card appearance="outlined" class="block">
            <mat-card-content>
              <h2>{{ t('planDetail.add.title') }}</h2>
              <p class="muted">
                {{ t('planDetail.add.intro', { name: plan.patient.displayName }) }}
              </p>
              <form
                class="form-grid"
                #addDirective="ngForm"
                [formGroup]="addForm"
                (ngSubmit)="addMember()"
              >
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('planDetail.add.name') }}</mat-label>
                  <input
                    matInput
                    formControlName="displayName"
                    data-testid="add-member-name"
                    required
                  />
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('planDetail.add.email') }}</mat-label>
                  <input
                    matInput
                    type="email"
                    formControlName="email"
                    data-testid="add-member-email"
                    required
                  />
                </mat-form-field>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('planDetail.add.relationship') }}</mat-label>
                  <mat-select
                    formControlName="relationship"
                    data-testid="add-member-relationship"
                    required
                  >
                    @for (relationship of relationships; track relationship) {
                      <mat-option [value]="relationship">{{
                        t('plan.relationship.' + relationship)
                      }}</mat-option>
                    }
                  </mat-select>
                </mat-form-field>
                <button
                  mat-flat-button
                  type="submit"
                  data-testid="add-member-submit"
                  [disabled]="busy()"
                >
                  {{ t('planDetail.add.submit') }}
                </button>
              </form>
              @if (adding.error()) {
                <p class="error" role="alert" data-testid="add-member-error">
                  {{ adding.error() }}
                </p>
              }
              @if (added(); as result) {
                <div class="notice" role="status" data-testid="add-member-result">
                  @if (result.url) {
                    <p>{{ t('planDetail.add.linkIntro', { name: result.name }) }}</p>
                    <hw-copy-link
                      [url]="result.url"
                      testId="add-member-link"
                      [labels]="{
                        copy: t('staff.invite.copy'),
                        copied: t('staff.invite.copied'),
                        copyByHand: t('staff.invite.copyByHand'),
                      }"
                    />
                  } @else {
                    <p>{{ t('planDetail.add.withAccount', { name: result.name }) }}</p>
                  }
                </div>
              }
            </mat-card-content>
          </mat-card>

          <mat-card appearance="outlined" class="block">
            <mat-card-content>
              <h2>{{ t('planDetail.target.label') }}</h2>
              <form class="inline" [formGroup]="targetForm" (ngSubmit)="saveTarget()">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('planDetail.target.label') }}</mat-label>
                  <input
                    matInput
                    type="date"
                    formControlName="targetDate"
                    data-testid="plan-target"
                  />
                  <mat-hint>{{ t('caseload.new.targetHint') }}</mat-hint>
                </mat-form-field>
                <button mat-stroked-button type="submit" [disabled]="busy()">
                  {{ t('planDetail.target.save') }}
                </button>
                <span class="muted" aria-live="polite">{{
                  targetSaved() ? t('planDetail.target.saved') : ''
                }}</span>
              </form>
              @if (targetChange.error()) {
                <p class="error" role="alert">{{ targetChange.error() }}</p>
              }
            </mat-card-content>
          </mat-card>
        }

        <mat-card appearance="outlined" class="block">
          <mat-card-content>
            <h2>{{ t('planDetail.status.title') }}</h2>
            @if (open()) {
              <form class="stack" [formGroup]="statusForm">
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('planDetail.status.reason') }}</mat-label>
                  <textarea
                    matInput
                    formControlName="reason"
                    rows="2"
                    data-testid="status-reason"
                  ></textarea>
                </mat-form-field>
                <div class="actions">
                  @if (plan.status === 'PAUSED') {
                    <button
                      mat-flat-button
                      type="button"
                      data-testid="status-resume"
                      [disabled]="busy()"
                      (click)="setStatus('ACTIVE')"
                    >
                      {{ t('planDetail.status.resume') }}
                    </button>
                  } @else {
                    <button
                      mat-flat-button
                      type="button"
                      data-testid="status-pause"
                      [disabled]="busy()"
                      (click)="setStatus('PAUSED')"
                    >
                      {{ t('planDetail.status.pause') }}
                    </button>
                  }
                  <button
                    mat-stroked-button
                    type="button"
                    data-testid="status-close"
                    [disabled]="busy()"
                    (click)="setStatus('CLOSED')"
                  >
                    {{ t('planDetail.status.close') }}
                  </button>
                </div>
              </form>
            } @else {
              <p>{{ t('planDetail.status.closedNote') }}</p>
            }
            @if (statusChange.error()) {
              <p class="error" role="alert" data-testid="status-error">
                {{ statusChange.error() }}
              </p>
            }
          </mat-card-content>
        </mat-card>

        <h2>{{ t('planDetail.history') }}</h2>
        <ol class="history" data-testid="plan-history">
          @for (entry of plan.history; track entry.id) {
            <li>
              <span class="what">{{ t(historyKind(entry.kind)) }}</span>
              <span class="muted"
                >{{ when(entry.occurredAt) }}
                @if (entry.actorName) {
                  · {{ entry.actorName }}
                }
              </span>
              @if (entry.reason) {
                <span>{{ entry.reason }}</span>
              }
            </li>
          } @empty {
            <li class="muted">{{ t('plan.history.empty') }}</li>
          }
        </ol>
      } @else if (!loadError()) {
        <p class="muted" role="status">{{ t('planDetail.loading') }}</p>
      }
    </section>
  `,
  styles: `
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 12px 0;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 16px;
      align-items: center;
      margin: 0 0 8px;
    }
    .status-chip {
      padding: 2px 12px;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font-weight: 500;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 16px 0 4px;
    }
    h4 {
      font: var(--mat-sys-title-small);
      margin: 12px 0 4px;
    }
    .members {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .member {
      display: grid;
      gap: 4px;
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      scroll-margin-top: 96px;
    }
    .member:focus {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .member .name {
      font-weight: 600;
    }
    .restricted {
      color: var(--mat-sys-on-tertiary-container);
      background: var(--mat-sys-tertiary-container);
      padding: 2px 10px;
      border-radius: 8px;
      justify-self: start;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .inline-form {
      display: grid;
      gap: 8px;
      margin-top: 4px;
    }
    .block {
      margin-top: 16px;
    }
    .form-grid {
      display: grid;
      gap: 8px 12px;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      align-items: start;
    }
    .form-grid button {
      align-self: center;
    }
    .inline {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      align-items: center;
    }
    .history {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .history li {
      display: grid;
      gap: 2px;
      padding-bottom: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .history .what {
      font-weight: 500;
    }
  `,
})
export class PlanDetailPage {
  /** A lapse plan's kept reason in the reader's language; any other as it was written. */
  protected reasonWords(reason: string, t: (key: string) => string): string {
    const key = lapseReasonKey(reason);
    return key ? t(key) : reason;
  }

  readonly id = input.required<string>();
  private readonly api = inject(PlansApi);
  private readonly peopleApi = inject(PeopleApi);
  private readonly session = inject(SessionStore);
  private readonly transloco = inject(TranslocoService);
  private readonly errors = inject(ApiErrors);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly labels = inject(PlanLabels);
  protected readonly relationships = RELATIONSHIPS;
  protected readonly plan = signal<StaffPlanFieldsFragment | null>(null);
  protected readonly loadError = signal('');
  protected readonly statusChange = new ApiAction();
  protected readonly memberChange = new ApiAction();
  protected readonly adding = new ApiAction();
  protected readonly targetChange = new ApiAction();
  /** One change at a time: every button waits while any of them runs. */
  protected readonly busy = computed(
    () =>
      this.statusChange.busy() ||
      this.memberChange.busy() ||
      this.adding.busy() ||
      this.targetChange.busy(),
  );
  protected readonly targetSaved = signal(false);
  protected readonly added = signal<{ name: string; url: string | null } | null>(null);
  protected readonly action = signal<MemberAction | null>(null);
  protected readonly open = computed(() => {
    const status = this.plan()?.status;
    return status !== 'CLOSED' && status !== 'COMPLETED';
  });
  protected readonly steps = computed(() =>
    (this.plan()?.phases ?? []).map((p) => ({
      position: p.position,
      name: p.name,
      status: p.status,
      description: p.description,
    })),
  );
  /** From Homecoming on, check-ins follow a schedule the counselor sets (and aftercare completes). */
  protected readonly hasStage = computed(
    () => !!this.plan()?.phases.some((p) => p.status === 'CURRENT' && p.stage),
  );
  protected readonly currentPhase = computed(
    () => this.plan()?.phases.find((p) => p.status === 'CURRENT') ?? null,
  );
  private readonly counselors = signal<{ id: string; displayName: string; email: string }[]>([]);
  /** Who can be there at a visit: the plan's primary counselor first, then the organization's counselors (the reader marked). */
  protected readonly supervisors = computed<SupervisorOption[]>(() => {
    const plan = this.plan();
    if (!plan) return [];
    const myEmail = this.session.me()?.email;
    const me = this.counselors().find((c) => c.email === myEmail);
    const label = (id: string, name: string) =>
      id === me?.id
        ? this.transloco.translate('track.visits.staff.you', { name })
        : id === plan.primaryCounselor.id
          ? this.transloco.translate('track.visits.staff.primary', { name })
          : name;
    const options = [
      {
        id: plan.primaryCounselor.id,
        label: label(plan.primaryCounselor.id, plan.primaryCounselor.displayName),
      },
    ];
    for (const c of this.counselors())
      if (c.id !== plan.primaryCounselor.id)
        options.push({ id: c.id, label: label(c.id, c.displayName) });
    return options;
  });
  private readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  private readonly dayFormat = computed(
    () => new Intl.DateTimeFormat(this.activeLang(), { dateStyle: 'medium' }),
  );
  private readonly timeFormat = computed(
    () => new Intl.DateTimeFormat(this.activeLang(), { dateStyle: 'medium', timeStyle: 'short' }),
  );
  private readonly addDirective = viewChild('addDirective', { read: FormGroupDirective });

  protected readonly statusForm = this.fb.group({ reason: [''] });
  protected readonly actionForm = this.fb.group({ text: [''] });
  protected readonly targetForm = this.fb.group({ targetDate: [''] });
  protected readonly addForm = this.fb.group({
    displayName: ['', Validators.required],
    email: ['', [Validators.required, Validators.email]],
    relationship: this.fb.control<Relationship | ''>('', Validators.required),
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
    revealFragment(computed(() => !!this.plan()));
    void this.loadCounselors();
  }

  protected async reload(): Promise<void> {
    await this.load(this.id());
  }

  /** The organization's counselors, who may be the member of staff at a visit (a first page of 50). */
  private async loadCounselors(): Promise<void> {
    try {
      const page = await this.peopleApi.list(50, undefined, 'COUNSELOR');
      this.counselors.set((page?.nodes ?? []).filter((p) => p.status === 'ACTIVE'));
    } catch {
      this.counselors.set([]);
    }
  }

  protected historyKind(kind: string): string {
    return historyKey(kind);
  }

  protected dateOnly(ymd: string): string {
    const [y, m, d] = ymd.split('-').map(Number);
    return this.dayFormat().format(new Date(y, m - 1, d));
  }

  protected when(iso: string): string {
    return this.timeFormat().format(new Date(iso));
  }

  protected contactList(types: readonly string[], t: (key: string) => string): string {
    return types.map((type) => t('plan.contactType.' + type)).join(', ');
  }

  protected partyMilestones<T extends { party: string }>(
    milestones: readonly T[],
    party: 'PATIENT' | 'FAMILY',
  ): T[] {
    return milestones.filter((m) => m.party === party);
  }

  protected canManage(member: StaffMemberFieldsFragment): boolean {
    return (
      this.open() &&
      member.kind !== 'STAFF' &&
      member.status !== 'REMOVED' &&
      member.status !== 'DECLINED'
    );
  }

  protected startAction(member: StaffMemberFieldsFragment, kind: MemberAction['kind']): void {
    this.memberChange.error.set('');
    this.actionForm.reset({ text: '' });
    this.action.set({ memberId: member.id, kind });
  }

  async confirmAction(member: StaffMemberFieldsFragment): Promise<void> {
    const action = this.action();
    if (!action) return;
    const text = this.actionForm.getRawValue().text.trim();
    if (action.kind !== 'lift' && !text) {
      this.memberChange.error.set(
        this.transloco.translate(
          action.kind === 'remove'
            ? 'planDetail.remove.reasonNeeded'
            : 'planDetail.restriction.noteNeeded',
        ),
      );
      return;
    }
    await this.memberChange.run(async () => {
      if (action.kind === 'remove')
        await this.api.removeMember({ memberId: member.id, reason: text });
      else
        await this.api.setContactRestriction({
          memberId: member.id,
          restricted: action.kind === 'restrict',
          ...(text ? { note: text } : {}),
        });
      this.action.set(null);
      await this.load(this.id());
    });
  }

  async setStatus(status: PlanStatus): Promise<void> {
    const reason = this.statusForm.getRawValue().reason.trim();
    if (!reason) {
      this.statusChange.error.set(this.transloco.translate('planDetail.status.reasonNeeded'));
      return;
    }
    await this.statusChange.run(async () => {
      const plan = await this.api.setStatus({ id: this.id(), status, reason });
      if (plan) this.show(plan);
      this.statusForm.reset({ reason: '' });
    });
  }

  async addMember(): Promise<void> {
    if (this.addForm.invalid) {
      this.adding.error.set(this.transloco.translate('planDetail.add.allNeeded'));
      return;
    }
    const { displayName, email, relationship } = this.addForm.getRawValue();
    await this.adding.run(async () => {
      const result = await this.api.addFamilyMember({
        planId: this.id(),
        displayName: displayName.trim(),
        email: email.trim(),
        relationship: relationship as Relationship,
      });
      if (result) this.added.set({ name: result.member.displayName, url: result.acceptUrl });
      // resetForm also clears the submitted state, so the empty form shows no errors.
      this.addDirective()?.resetForm({ displayName: '', email: '', relationship: '' });
      await this.load(this.id());
    });
  }

  async saveTarget(): Promise<void> {
    const { targetDate } = this.targetForm.getRawValue();
    this.targetSaved.set(false);
    await this.targetChange.run(async () => {
      const plan = await this.api.update({ id: this.id(), ...(targetDate ? { targetDate } : {}) });
      if (plan) this.show(plan);
      this.targetSaved.set(true);
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const plan = await this.api.plan(id);
      if (plan) this.show(plan);
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }

  private show(plan: StaffPlanFieldsFragment): void {
    this.plan.set(plan);
    this.targetForm.setValue({ targetDate: plan.targetDate ?? '' });
  }
}
