import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective } from '@jsverse/transloco';
import { ContactType, PlanParticipant, Visit, VisitsApi } from '@homeward/web-data-access';
import { ApiErrors } from '../api-action';
import { concerns, LiveUpdates } from '../live-updates';
import { revealFragment } from '../reveal';
import { isUpcoming, SupervisorOption, VisitCardComponent } from './visit-card.component';
import { VisitRequestFormComponent } from './visit-request-form.component';
import { RedisclosureNoticeComponent } from '../redisclosure-notice.component';

/** Visits of a plan as the reader may see them: coming up first (soonest first), then earlier ones (latest first). */
@Component({
  selector: 'hw-visits',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    TranslocoDirective,
    VisitCardComponent,
    VisitRequestFormComponent,
    RedisclosureNoticeComponent,
  ],
  template: `
    <section
      *transloco="let t"
      class="visits"
      id="visits"
      tabindex="-1"
      aria-labelledby="visits-title"
      data-testid="visits"
    >
      <h2 id="visits-title">{{ t('track.visits.title') }}</h2>
      <p class="muted">{{ t('track.visits.intro') }}</p>
      @if (shownNotice(); as notice) {
        <hw-redisclosure-notice [notice]="notice" />
      }
      <p class="done" role="status" data-testid="visits-status">{{ done() ? t(done()!) : '' }}</p>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      @if (mode() === 'member' && loaded()) {
        @if (requesting()) {
          <div class="form-card">
            <hw-visit-request-form
              [planId]="planId()"
              [contactTypes]="contactTypes()"
              [participants]="participants()"
              (requested)="requested($event)"
              (cancelled)="requesting.set(false)"
            />
          </div>
        } @else if (canRequest()) {
          <button
            mat-flat-button
            type="button"
            data-testid="visit-request-open"
            (click)="startRequest()"
          >
            {{ t('track.visits.request.open') }}
          </button>
        } @else if (paused()) {
          <p class="muted">{{ t('track.visits.request.paused') }}</p>
        }
      }
      @if (!loaded() && !error()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (loaded()) {
        <h3>{{ t('track.visits.upcoming') }}</h3>
        <div class="list" data-testid="visits-upcoming">
          @for (visit of upcoming(); track visit.id) {
            <hw-visit-card
              [visit]="visit"
              [mode]="mode()"
              [supervisors]="supervisors()"
              (changed)="replace($event)"
            />
          } @empty {
            <p class="muted">{{ t('track.visits.noneUpcoming') }}</p>
          }
        </div>
        @if (past().length) {
          <h3>{{ t('track.visits.past') }}</h3>
          <div class="list" data-testid="visits-past">
            @for (visit of past(); track visit.id) {
              <hw-visit-card
                [visit]="visit"
                [mode]="mode()"
                [supervisors]="supervisors()"
                (changed)="replace($event)"
              />
            }
          </div>
        }
      }
    </section>
  `,
  styles: `
    .visits {
      display: grid;
      gap: 10px;
      scroll-margin-top: 96px;
    }
    .visits:focus {
      outline: none;
    }
    h2,
    h3 {
      margin-bottom: 0;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin-top: 8px;
    }
    p {
      margin: 0;
    }
    .list {
      display: grid;
      gap: 10px;
    }
    .form-card {
      padding: 12px 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    button {
      justify-self: start;
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
export class VisitsComponent {
  readonly planId = input.required<string>();
  readonly mode = input<'member' | 'staff'>('member');
  /** What the current phase allows, when the reader may know it. */
  readonly contactTypes = input<readonly ContactType[] | null>(null);
  /** Whether the plan is paused: nothing new is asked for until it resumes. */
  readonly paused = input(false);
  readonly supervisors = input<readonly SupervisorOption[]>([]);
  /** The §2.32 notice the page already holds (the plan's progress, when shared with this person). */
  readonly notice = input<string | null>(null);
  private readonly api = inject(VisitsApi);
  private readonly errors = inject(ApiErrors);
  protected readonly visits = signal<Visit[]>([]);
  protected readonly participants = signal<PlanParticipant[]>([]);
  protected readonly loaded = signal(false);
  protected readonly error = signal('');
  protected readonly requesting = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly upcoming = computed(() =>
    this.visits()
      .filter(isUpcoming)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  );
  protected readonly past = computed(() =>
    this.visits()
      .filter((v) => !isUpcoming(v))
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt)),
  );
  /** Once for the page: the patient's reflection on a visit is consented data too (the API says so per visit). */
  protected readonly shownNotice = computed(
    () => this.notice() ?? this.visits().find((v) => v.notice)?.notice ?? null,
  );
  protected readonly canRequest = computed(
    () =>
      !this.paused() &&
      this.participants().some((p) => !p.isMe && (p.kind === 'PATIENT' || p.kind === 'FAMILY')),
  );

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
    revealFragment(this.loaded);
    // A visit asked for, answered, approved or cancelled by someone else shows without a reload.
    inject(LiveUpdates)
      .on('visits', 'plan')
      .pipe(takeUntilDestroyed())
      .subscribe((update) => {
        if (concerns(update, this.planId())) void this.load();
      });
  }

  async load(planId = this.planId()): Promise<void> {
    try {
      const [visits, participants] = await Promise.all([
        this.api.list(planId),
        this.mode() === 'member' ? this.api.participants(planId) : Promise.resolve([]),
      ]);
      this.visits.set(visits);
      this.participants.set(participants);
      this.error.set('');
      this.loaded.set(true);
    } catch (caught) {
      this.error.set(this.errors.message(caught));
    }
  }

  protected startRequest(): void {
    this.done.set(null);
    this.requesting.set(true);
  }

  protected requested(visit: Visit): void {
    this.requesting.set(false);
    this.visits.update((visits) => [...visits, visit]);
    this.done.set('track.visits.request.done');
  }

  protected replace(visit: Visit): void {
    this.visits.update((visits) => visits.map((v) => (v.id === visit.id ? visit : v)));
  }
}
