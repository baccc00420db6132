import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { BreakpointObserver } from '@angular/cdk/layout';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { CaseloadEntry, PeopleApi, Person, PlanStatus, PlansApi } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../shared/api-action';
import { localYmd } from '../shared/track-record/track-labels';
import { debounceTime, map } from 'rxjs';

const PAGE_SIZE = 25;
/** Flags that come with the record that raised them; the others are plain chips. */
const ATTENTION_FLAGS = new Set(['QUIET', 'HIGH_CRAVING', 'HARD_VISIT']);

export type AttentionItem = CaseloadEntry['attention'][number];

/** Where an attention item leads: the person who has gone quiet, the check-in on the record, the visit. */
export function attentionLink(
  planId: string,
  item: AttentionItem,
): { path: string[]; fragment?: string; queryParams?: Record<string, string> } {
  switch (item.flag) {
    case 'QUIET':
      return item.memberId
        ? { path: ['/staff/plans', planId], fragment: `member-${item.memberId}` }
        : { path: ['/staff/plans', planId] };
    case 'HIGH_CRAVING': {
      // The API names the check-in's own day, as the record shows it (the reader may be in another time zone).
      const day = item.day ?? (item.at ? localYmd(item.at) : null);
      if (!day) return { path: ['/staff/plans', planId, 'record'] };
      return {
        path: ['/staff/plans', planId, 'record'],
        queryParams: { day },
        fragment: `check-in-${day}`,
      };
    }
    case 'HARD_VISIT':
      return {
        path: ['/staff/plans', planId],
        fragment: item.recordId ? `visit-${item.recordId}` : 'visits',
      };
    default:
      return { path: ['/staff/plans', planId] };
  }
}
const STATUSES: PlanStatus[] = ['ACTIVE', 'PAUSED', 'DRAFT', 'COMPLETED', 'CLOSED'];

/** `/staff/plans`: the caseload (a counselor's plans; an admin's whole organization) and "New plan". */
@Component({
  selector: 'hw-caseload-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoDirective,
  ],
  template: `
    <section *transloco="let t" data-testid="caseload">
      <div class="title-row">
        <h1>{{ t('caseload.title') }}</h1>
        <a mat-button routerLink="/staff">{{ t('caseload.peopleLink') }}</a>
        @if (!creating()) {
          <button mat-flat-button type="button" data-testid="new-plan" (click)="openNew()">
            {{ t('caseload.new.open') }}
          </button>
        }
      </div>

      @if (creating()) {
        <mat-card appearance="outlined" class="new-plan">
          <mat-card-content>
            <h2>{{ t('caseload.new.title') }}</h2>
            @if (patients().length === 0 && patientsLoaded()) {
              <p class="muted">{{ t('caseload.new.noPatients') }}</p>
            }
            <form class="form-grid" [formGroup]="newPlan" (ngSubmit)="create()">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('caseload.new.patient') }}</mat-label>
                <mat-select formControlName="patientId" data-testid="new-plan-patient" required>
                  @for (patient of patients(); track patient.id) {
                    <mat-option [value]="patient.id"
                      >{{ patient.displayName }} · {{ patient.email }}</mat-option
                    >
                  }
                </mat-select>
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('caseload.new.targetDate') }}</mat-label>
                <input
                  matInput
                  type="date"
                  formControlName="targetDate"
                  data-testid="new-plan-target"
                />
                <mat-hint>{{ t('caseload.new.targetHint') }}</mat-hint>
              </mat-form-field>
              <div class="actions">
                <button
                  mat-flat-button
                  type="submit"
                  data-testid="new-plan-submit"
                  [disabled]="busy()"
                >
                  {{ t('caseload.new.submit') }}
                </button>
                <button mat-button type="button" (click)="creating.set(false)">
                  {{ t('caseload.new.cancel') }}
                </button>
              </div>
            </form>
            @if (createCall.error()) {
              <p class="error" role="alert" data-testid="new-plan-error">
                {{ createCall.error() }}
              </p>
            }
          </mat-card-content>
        </mat-card>
      }

      <form class="filters" [formGroup]="filters" role="search">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('caseload.search') }}</mat-label>
          <input matInput type="search" formControlName="search" data-testid="caseload-search" />
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('caseload.phase') }}</mat-label>
          <mat-select formControlName="phase" data-testid="caseload-phase">
            <mat-option [value]="null">{{ t('caseload.anyPhase') }}</mat-option>
            @for (phase of phases(); track phase.position) {
              <mat-option [value]="phase.position">{{
                t('caseload.phaseLabel', phase)
              }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ t('caseload.status') }}</mat-label>
          <mat-select formControlName="status" data-testid="caseload-status">
            <mat-option [value]="null">{{ t('caseload.anyStatus') }}</mat-option>
            @for (status of statuses; track status) {
              <mat-option [value]="status">{{ t('plan.status.' + status) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>

      @if (fetchCall.error()) {
        <p class="error" role="alert">{{ fetchCall.error() }}</p>
      }
      @if (loaded() && entries().length === 0) {
        <p class="muted" role="status">
          {{ filtered() ? t('caseload.empty') : t('caseload.emptyAll') }}
        </p>
      } @else if (wide()) {
        <table class="caseload-table" data-testid="caseload-table">
          <thead>
            <tr>
              <th scope="col">{{ t('caseload.patient') }}</th>
              <th scope="col">{{ t('caseload.currentPhase') }}</th>
              <th scope="col">{{ t('caseload.daysInPhase') }}</th>
              <th scope="col">{{ t('caseload.lastActivity') }}</th>
              <th scope="col">{{ t('caseload.lastCheckIn') }}</th>
              <th scope="col">{{ t('caseload.waiting') }}</th>
              <th scope="col">{{ t('caseload.status') }}</th>
              <th scope="col">{{ t('caseload.attention') }}</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of entries(); track entry.planId) {
              <tr data-testid="caseload-row">
                <th scope="row">
                  <a [routerLink]="['/staff/plans', entry.planId]">{{ entry.patientName }}</a>
                </th>
                <td>
                  {{
                    entry.currentPhaseName
                      ? t('caseload.phaseLabel', {
                          position: entry.currentPhasePosition,
                          name: entry.currentPhaseName,
                        })
                      : t('caseload.noPhase')
                  }}
                </td>
                <td>{{ entry.daysInPhase ?? '—' }}</td>
                <td>{{ day(entry.lastActivityAt) }}</td>
                <td data-testid="last-check-in">
                  {{ entry.lastCheckInAt ? day(entry.lastCheckInAt) : t('caseload.noCheckIn') }}
                </td>
                <td>{{ entry.waitingCount }}</td>
                <td>{{ t('plan.status.' + entry.status) }}</td>
                <td>
                  <ng-container *ngTemplateOutlet="attention; context: { $implicit: entry }" />
                </td>
              </tr>
            }
          </tbody>
        </table>
      } @else {
        <ul class="cards">
          @for (entry of entries(); track entry.planId) {
            <li class="card" data-testid="caseload-row">
              <a class="patient" [routerLink]="['/staff/plans', entry.planId]">{{
                entry.patientName
              }}</a>
              <span
                >{{
                  entry.currentPhaseName
                    ? t('caseload.phaseLabel', {
                        position: entry.currentPhasePosition,
                        name: entry.currentPhaseName,
                      })
                    : t('caseload.noPhase')
                }}
                · {{ t('plan.status.' + entry.status) }}</span
              >
              <span class="muted">
                @if (entry.daysInPhase !== null) {
                  {{
                    entry.daysInPhase === 1
                      ? t('caseload.oneDay')
                      : t('caseload.days', { count: entry.daysInPhase })
                  }}
                  ·
                }
                {{ t('caseload.lastActivityOn', { date: day(entry.lastActivityAt) }) }}
                @if (entry.waitingCount > 0) {
                  · {{ t('caseload.waitingCount', { count: entry.waitingCount }) }}
                }
              </span>
              <span class="muted" data-testid="last-check-in">{{
                entry.lastCheckInAt
                  ? t('caseload.lastCheckInOn', { date: day(entry.lastCheckInAt) })
                  : t('caseload.noCheckInYet')
              }}</span>
              <ng-container *ngTemplateOutlet="attention; context: { $implicit: entry }" />
            </li>
          }
        </ul>
      }
      <ng-template #attention let-entry>
        @if (entry.flags.length) {
          <ul class="flags">
            @for (item of entry.attention; track $index) {
              <li class="flag attention" data-testid="attention-item" [attr.data-flag]="item.flag">
                <a
                  [routerLink]="link(entry, item).path"
                  [fragment]="link(entry, item).fragment"
                  [queryParams]="link(entry, item).queryParams"
                  data-testid="attention-link"
                  >{{ attentionText(item, t) }}</a
                >
              </li>
            }
            @for (flag of plainFlags(entry); track flag) {
              <li class="flag" [class.soft]="flag === 'PAUSED'">
                {{ t('caseload.flag.' + flag) }}
              </li>
            }
          </ul>
        }
      </ng-template>
      @if (hasMore()) {
        <button
          mat-stroked-button
          type="button"
          class="more"
          data-testid="caseload-more"
          [disabled]="busy()"
          (click)="loadMore()"
        >
          {{ t('caseload.loadMore') }}
        </button>
      }
    </section>
  `,
  styles: `
    .title-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .title-row h1 {
      flex: 1 1 auto;
      margin-right: auto;
    }
    .new-plan {
      margin-bottom: 16px;
    }
    .form-grid,
    .filters {
      display: grid;
      gap: 8px 12px;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      align-items: start;
    }
    .filters {
      margin: 8px 0 16px;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .cards {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .card {
      display: grid;
      gap: 4px;
      padding: 12px 16px;
      border-radius: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface);
    }
    .patient {
      font: var(--mat-sys-title-medium);
      color: var(--mat-sys-primary);
    }
    .flags {
      list-style: none;
      margin: 4px 0 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .flag {
      font-size: 0.8125rem;
      padding: 2px 10px;
      border-radius: 999px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .flag.soft {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface);
    }
    .flag.attention a {
      color: inherit;
      text-decoration: underline;
    }
    .caseload-table {
      width: 100%;
      border-collapse: collapse;
      overflow-wrap: normal;
    }
    .caseload-table th,
    .caseload-table td {
      text-align: start;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .caseload-table thead th {
      font-weight: 600;
      color: var(--mat-sys-on-surface-variant);
    }
    .caseload-table a {
      color: var(--mat-sys-primary);
    }
    .more {
      margin-top: 16px;
    }
  `,
})
export class CaseloadPage implements OnInit {
  private readonly api = inject(PlansApi);
  private readonly peopleApi = inject(PeopleApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly errors = inject(ApiErrors);
  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly statuses = STATUSES;
  protected readonly wide = toSignal(
    inject(BreakpointObserver)
      .observe('(min-width: 840px)')
      .pipe(map((s) => s.matches)),
    { initialValue: false },
  );
  protected readonly entries = signal<CaseloadEntry[]>([]);
  protected readonly phases = signal<{ position: number; name: string }[]>([]);
  protected readonly patients = signal<Person[]>([]);
  protected readonly patientsLoaded = signal(false);
  private readonly cursor = signal<string | null>(null);
  protected readonly hasMore = signal(false);
  protected readonly loaded = signal(false);
  protected readonly fetchCall = new ApiAction();
  protected readonly creating = signal(false);
  protected readonly createCall = new ApiAction();
  /** Reading the caseload and starting a plan wait for each other. */
  protected readonly busy = computed(() => this.fetchCall.busy() || this.createCall.busy());
  private readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  private readonly dayFormat = computed(
    () => new Intl.DateTimeFormat(this.activeLang(), { dateStyle: 'medium' }),
  );

  protected readonly filters = this.fb.group({
    search: [''],
    phase: this.fb.control<number | null>(null),
    status: this.fb.control<PlanStatus | null>(null),
  });
  protected readonly newPlan = this.fb.group({
    patientId: ['', Validators.required],
    targetDate: [''],
  });
  protected readonly filtered = signal(false);
  private request = 0;

  constructor() {
    this.filters.valueChanges.pipe(debounceTime(300)).subscribe(() => void this.reload());
  }

  async ngOnInit(): Promise<void> {
    await this.reload();
    try {
      const template = await this.api.template();
      this.phases.set(
        (template?.phases ?? []).map((phase, index) => ({ position: index + 1, name: phase.name })),
      );
    } catch {
      this.phases.set([1, 2, 3, 4, 5, 6, 7].map((position) => ({ position, name: '' })));
    }
  }

  protected day(iso: string): string {
    return this.dayFormat().format(new Date(iso));
  }

  protected link(entry: CaseloadEntry, item: AttentionItem) {
    return attentionLink(entry.planId, item);
  }

  protected plainFlags(entry: CaseloadEntry): string[] {
    return entry.flags.filter((flag) => !ATTENTION_FLAGS.has(flag));
  }

  /** What needs a look, kindly worded: never "missed" or "failed". */
  protected attentionText(
    item: AttentionItem,
    t: (key: string, params?: Record<string, unknown>) => string,
  ): string {
    const name = item.memberName ?? '';
    switch (item.flag) {
      case 'QUIET':
        return item.at
          ? t('caseload.attentionItem.QUIET', { name, date: this.day(item.at) })
          : t('caseload.attentionItem.QUIET_NONE', { name });
      case 'HIGH_CRAVING':
        return t('caseload.attentionItem.HIGH_CRAVING', {
          name,
          date: item.at ? this.day(item.at) : '',
        });
      case 'HARD_VISIT':
        return t('caseload.attentionItem.HARD_VISIT', { date: item.at ? this.day(item.at) : '' });
      default:
        return t('caseload.flag.' + item.flag);
    }
  }

  async openNew(): Promise<void> {
    this.creating.set(true);
    this.createCall.error.set('');
    if (this.patientsLoaded()) return;
    try {
      const patients: Person[] = [];
      let after: string | undefined;
      // The organization's patients, a page of 50 at a time; only active ones can have a plan.
      for (let page = 0; page < 20; page++) {
        const result = await this.peopleApi.list(50, after, 'PATIENT');
        patients.push(...(result?.nodes ?? []).filter((p) => p.status === 'ACTIVE'));
        if (!result?.pageInfo.hasNextPage || !result.pageInfo.endCursor) break;
        after = result.pageInfo.endCursor;
      }
      this.patients.set(patients.sort((a, b) => a.displayName.localeCompare(b.displayName)));
      this.patientsLoaded.set(true);
    } catch (caught) {
      this.createCall.error.set(this.errors.message(caught));
    }
  }

  async create(): Promise<void> {
    if (this.newPlan.invalid) {
      this.createCall.error.set(this.transloco.translate('caseload.new.patientNeeded'));
      return;
    }
    const { patientId, targetDate } = this.newPlan.getRawValue();
    await this.createCall.run(async () => {
      const id = await this.api.create({ patientId, ...(targetDate ? { targetDate } : {}) });
      if (id) await this.router.navigate(['/staff/plans', id]);
    });
  }

  async loadMore(): Promise<void> {
    await this.fetch(this.cursor() ?? undefined);
  }

  private async reload(): Promise<void> {
    this.cursor.set(null);
    await this.fetch(undefined);
  }

  private async fetch(after: string | undefined): Promise<void> {
    const request = ++this.request;
    const { search, phase, status } = this.filters.getRawValue();
    const term = search.trim();
    await this.fetchCall.run(async () => {
      const page = await this.api.caseload({
        first: PAGE_SIZE,
        after,
        ...(term ? { search: term } : {}),
        ...(phase ? { phase } : {}),
        ...(status ? { status } : {}),
      });
      if (request !== this.request) return; // a newer search or filter has taken over
      const nodes = page?.nodes ?? [];
      this.entries.set(after ? [...this.entries(), ...nodes] : nodes);
      this.cursor.set(page?.pageInfo.endCursor ?? null);
      this.hasMore.set(page?.pageInfo.hasNextPage ?? false);
      this.filtered.set(!!(term || phase || status));
      this.loaded.set(true);
    });
  }
}
