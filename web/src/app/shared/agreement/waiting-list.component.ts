import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { AgreementApi, WaitingItem } from '@homeward/web-data-access';
import { ApiErrors } from '../api-action';
import { LiveUpdates } from '../live-updates';
import { PageSettling } from '../page-settling';
import { AgreementLabels } from './agreement-labels';

export type WaitingArea = 'patient' | 'family' | 'staff';

/** Where a waiting item is done: the agreement (or visits) page of its plan, at the right place. */
export function waitingLink(
  area: WaitingArea,
  item: WaitingItem,
): { path: string[]; fragment: string } {
  if (item.kind === 'CONFIRM_VISIT') {
    return {
      path: area === 'family' ? ['/family', 'visits', item.planId] : ['/patient', 'visits'],
      fragment: `visit-${item.recordId}`,
    };
  }
  const path =
    area === 'patient'
      ? ['/patient', 'agreement']
      : area === 'family'
        ? ['/family', 'agreement', item.planId]
        : ['/staff', 'plans', item.planId, 'agreement'];
  switch (item.kind) {
    case 'ANSWER_EXPECTATION':
    case 'REVIEW_EXPECTATION':
      return { path, fragment: `expectation-${item.recordId}` };
    case 'ACKNOWLEDGE_BOUNDARY':
      return { path, fragment: `boundary-${item.recordId}` };
    case 'SIGN_CONTRACT':
      return { path, fragment: 'contract' };
    case 'EXPECTATION_GAP':
      return { path, fragment: item.category ? `gap-${item.category}` : 'gap' };
  }
}

/** "Waiting on you": expectations to answer or look at again, boundaries to read, a contract to sign; for staff, gaps. */
@Component({
  selector: 'hw-waiting-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslocoDirective],
  template: `
    <section
      *transloco="let t"
      class="waiting"
      aria-labelledby="waiting-on-you-title"
      data-testid="waiting-list"
    >
      <h2 id="waiting-on-you-title">{{ t('waiting.title') }}</h2>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      } @else if (!loaded()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else {
        <ul>
          @for (item of items(); track $index) {
            <li data-testid="waiting-item" [attr.data-kind]="item.kind">
              <a
                [routerLink]="link(item).path"
                [fragment]="link(item).fragment"
                data-testid="waiting-link"
              >
                {{
                  t('waiting.kind.' + item.kind, {
                    version: item.version,
                    category: item.category ? t('agreement.category.' + item.category) : '',
                    visit: item.contactType ? t('visit.one.' + item.contactType) : '',
                    when: item.startsAt ? labels.day(item.startsAt) : '',
                  })
                }}
              </a>
              @if (
                item.kind !== 'SIGN_CONTRACT' &&
                item.kind !== 'EXPECTATION_GAP' &&
                item.kind !== 'CONFIRM_VISIT'
              ) {
                <span class="summary">{{ t('waiting.quote', { text: item.summary }) }}</span>
              }
              <span class="muted">
                @if (area() !== 'patient') {
                  {{ t('waiting.plan', { name: item.patientName }) }} ·
                }
                {{ t('waiting.since', { date: labels.day(item.since) }) }}
              </span>
            </li>
          } @empty {
            <li class="empty" data-testid="waiting-empty">{{ t('waiting.empty') }}</li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .waiting {
      margin-bottom: 16px;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    li {
      display: grid;
      gap: 2px;
      padding: 10px 14px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    li a {
      font-weight: 500;
      color: var(--mat-sys-primary);
    }
    .summary {
      font-style: italic;
    }
    .muted {
      font-size: 0.875rem;
    }
    .empty {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
})
export class WaitingListComponent implements OnInit {
  readonly area = input.required<WaitingArea>();
  private readonly api = inject(AgreementApi);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(AgreementLabels);
  protected readonly items = signal<WaitingItem[]>([]);
  protected readonly loaded = signal(false);
  protected readonly error = signal('');
  private readonly settling = inject(PageSettling, { optional: true });

  constructor() {
    // Something waiting on the reader may have come or gone, on any of their plans.
    inject(LiveUpdates)
      .on('agreement', 'visits')
      .pipe(takeUntilDestroyed())
      .subscribe(() => void this.load());
  }

  async ngOnInit(): Promise<void> {
    const first = this.load();
    this.settling?.track(first);
    await first;
  }

  async load(): Promise<void> {
    try {
      this.items.set(await this.api.waitingOnMe());
      this.error.set('');
      this.loaded.set(true);
    } catch (caught) {
      this.error.set(this.errors.message(caught));
    }
  }

  protected link(item: WaitingItem) {
    return waitingLink(this.area(), item);
  }
}
