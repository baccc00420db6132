import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { Agreement, AgreementApi, Expectation, GapCategory } from '@homeward/web-data-access';
import { ApiErrors } from '../api-action';
import { of } from 'rxjs';
import { AgreementPhase, firstName } from './agreement-labels';
import { BoundaryCardComponent } from './boundary-card.component';
import { BoundaryFormComponent } from './boundary-form.component';
import { ExpectationCardComponent } from './expectation-card.component';
import { ExpectationFormComponent } from './expectation-form.component';
import { ExpectationGapComponent } from './expectation-gap.component';
import { HomeContractComponent } from './home-contract.component';

/**
 * A plan's agreement, for the people in it (patient and family take part) or for staff (read,
 * comment, and see the expectation gap): expectations both ways, boundaries and the home contract.
 * A link to `#expectation-…`, `#boundary-…`, `#contract` or `#gap-…` opens at that place.
 */
@Component({
  selector: 'hw-agreement',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    RouterLink,
    TranslocoDirective,
    ExpectationCardComponent,
    ExpectationFormComponent,
    BoundaryCardComponent,
    BoundaryFormComponent,
    HomeContractComponent,
    ExpectationGapComponent,
  ],
  template: `
    <div *transloco="let t" class="agreement" data-testid="agreement">
      @if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (!agreement()) {
        <p class="muted" role="status">{{ t('agreement.loading') }}</p>
      }
      @if (agreement(); as agreement) {
        <nav class="jump" [attr.aria-label]="t('agreement.jump')">
          <a mat-button routerLink="." fragment="expectations">{{
            t('agreement.jumpTo.expectations')
          }}</a>
          @if (mode() === 'staff') {
            <a mat-button routerLink="." fragment="gap">{{ t('agreement.jumpTo.gap') }}</a>
          }
          <a mat-button routerLink="." fragment="boundaries">{{
            t('agreement.jumpTo.boundaries')
          }}</a>
          <a mat-button routerLink="." fragment="contract">{{ t('agreement.jumpTo.contract') }}</a>
        </nav>
        <p class="done" role="status" data-testid="agreement-status">
          @if (done(); as done) {
            {{ t(done.key, done.params) }}
          }
        </p>

        <section id="expectations" tabindex="-1" aria-labelledby="expectations-title">
          <h2 id="expectations-title">{{ t('agreement.expectations.title') }}</h2>
          <p class="muted">{{ t('agreement.expectations.intro') }}</p>
          @if (mode() === 'member' && others().length) {
            @if (proposing()) {
              <div class="form-card">
                <h3>{{ t('agreement.propose.title') }}</h3>
                <hw-expectation-form
                  [planId]="planId()"
                  [members]="agreement.members"
                  [phases]="ladder()"
                  (proposed)="proposed($event)"
                  (cancelled)="proposing.set(false)"
                />
              </div>
            } @else {
              <button
                mat-flat-button
                type="button"
                data-testid="expectation-open"
                (click)="startProposing()"
              >
                {{ t('agreement.propose.open') }}
              </button>
            }
          } @else if (mode() === 'member') {
            <p>{{ t('agreement.propose.noOne') }}</p>
          }
          <div class="list">
            @for (expectation of agreement.expectations; track expectation.id) {
              <hw-expectation-card
                [expectation]="expectation"
                [mode]="mode()"
                [phases]="ladder()"
                (changed)="load()"
              />
            } @empty {
              <p class="muted" data-testid="expectations-empty">
                {{
                  mode() === 'staff'
                    ? t('agreement.expectations.emptyStaff')
                    : t('agreement.expectations.empty')
                }}
              </p>
            }
          </div>
        </section>

        @if (mode() === 'staff') {
          <section id="gap" tabindex="-1" aria-labelledby="gap-title" data-testid="expectation-gap">
            <h2 id="gap-title">{{ t('agreement.gap.title') }}</h2>
            <p class="muted">{{ t('agreement.gap.intro') }}</p>
            <hw-expectation-gap [gap]="gap()" [expectations]="agreement.expectations" />
          </section>
        }

        <section id="boundaries" tabindex="-1" aria-labelledby="boundaries-title">
          <h2 id="boundaries-title">{{ t('agreement.boundaries.title') }}</h2>
          <p class="muted">{{ t('agreement.boundaries.intro') }}</p>
          @if (mode() === 'member' && others().length) {
            @if (stating()) {
              <div class="form-card">
                <h3>{{ t('agreement.boundaries.form.title') }}</h3>
                <hw-boundary-form
                  [planId]="planId()"
                  [members]="agreement.members"
                  (saved)="stated()"
                  (cancelled)="stating.set(false)"
                />
              </div>
            } @else {
              <button
                mat-flat-button
                type="button"
                data-testid="boundary-open"
                (click)="startStating()"
              >
                {{ t('agreement.boundaries.form.open') }}
              </button>
            }
          }
          <div class="list">
            @for (boundary of agreement.boundaries; track boundary.id) {
              <hw-boundary-card
                [boundary]="boundary"
                [members]="agreement.members"
                [mode]="mode()"
                (changed)="load()"
              />
            } @empty {
              <p class="muted">{{ t('agreement.boundaries.empty') }}</p>
            }
          </div>
        </section>

        <section id="contract" tabindex="-1" aria-labelledby="contract-title">
          <h2 id="contract-title">{{ t('agreement.contract.title') }}</h2>
          <p class="muted">{{ t('agreement.contract.intro') }}</p>
          <hw-home-contract
            [contract]="agreement.contract"
            [versionCount]="agreement.contractVersionCount"
            [mode]="mode()"
            [myName]="myName()"
            [phases]="ladder()"
            (changed)="load()"
          />
        </section>
      }
    </div>
  `,
  styles: `
    .agreement {
      display: grid;
      gap: 8px;
    }
    .jump {
      display: flex;
      flex-wrap: wrap;
      gap: 0 4px;
      margin: 0 -12px;
    }
    section {
      display: grid;
      gap: 12px;
      scroll-margin-top: 96px;
    }
    section:focus {
      outline: none;
    }
    section h2 {
      margin-bottom: 0;
    }
    section > p {
      margin: 0;
    }
    .list {
      display: grid;
      gap: 12px;
    }
    .form-card {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 12px 16px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .form-card h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 12px;
    }
    .done:empty {
      display: none;
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 8px 12px;
      border-radius: 8px;
      margin: 0;
    }
    button[mat-flat-button] {
      justify-self: start;
    }
  `,
})
export class AgreementComponent {
  readonly planId = input.required<string>();
  readonly mode = input<'member' | 'staff'>('member');
  /** The ladder, when the reader may see it. */
  readonly phases = input<readonly AgreementPhase[] | null>(null);
  /**
   * The ladder's names for "from phase N": the page's (which knows the current phase) or else the
   * agreement's own (names only, never where the plan stands), so every reader sees names.
   */
  protected readonly ladder = computed<readonly AgreementPhase[] | null>(
    () =>
      this.phases() ??
      this.agreement()?.phases.map((p) => ({ position: p.position, name: p.name })) ??
      null,
  );
  /** The reader's full account name, which they type to sign. */
  readonly myName = input('');

  private readonly api = inject(AgreementApi);
  private readonly errors = inject(ApiErrors);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly route = inject(ActivatedRoute, { optional: true });
  private readonly fragment = toSignal(this.route?.fragment ?? of(null), { initialValue: null });
  private revealed: string | null = null;

  protected readonly agreement = signal<Agreement | null>(null);
  protected readonly gap = signal<GapCategory[]>([]);
  protected readonly loadError = signal('');
  protected readonly done = signal<{ key: string; params: Record<string, unknown> } | null>(null);
  protected readonly proposing = signal(false);
  protected readonly stating = signal(false);
  protected readonly others = computed(() =>
    (this.agreement()?.members ?? []).filter((m) => !m.isMe && m.kind !== 'STAFF'),
  );

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
    // Opens at the place a link pointed to, once it is on the page.
    effect(() => {
      const id = this.fragment();
      if (!id || !this.agreement() || id === this.revealed) return;
      afterNextRender(() => this.reveal(id), { injector: this.injector });
    });
  }

  async load(planId = this.planId()): Promise<void> {
    try {
      const [agreement, gap] = await Promise.all([
        this.api.agreement(planId),
        this.mode() === 'staff' ? this.api.gap(planId) : Promise.resolve([]),
      ]);
      this.agreement.set(agreement);
      this.gap.set(gap);
      this.loadError.set('');
    } catch (caught) {
      this.loadError.set(this.errors.message(caught));
    }
  }

  protected startProposing(): void {
    this.done.set(null);
    this.proposing.set(true);
  }

  protected startStating(): void {
    this.done.set(null);
    this.stating.set(true);
  }

  protected async proposed(expectation: Expectation): Promise<void> {
    this.proposing.set(false);
    const other = expectation.from.isMe ? expectation.to : expectation.from;
    this.done.set({
      key: 'agreement.propose.done',
      params: { name: firstName(other.displayName) },
    });
    await this.load();
  }

  protected async stated(): Promise<void> {
    this.stating.set(false);
    this.done.set({ key: 'agreement.boundaries.form.done', params: {} });
    await this.load();
  }

  private reveal(id: string): void {
    const element = this.document.getElementById(id);
    if (!element) return;
    this.revealed = id;
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'start' });
  }
}
