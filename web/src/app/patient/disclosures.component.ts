import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { Disclosure, MyPlanApi } from '@homeward/web-data-access';
import { ApiAction } from '../shared/api-action';

const CHANNELS = new Set(['WEB', 'PDF']);

/** "Who saw what, when": every disclosure of the last three years, newest first. */
@Component({
  selector: 'hw-disclosures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective],
  template: `
    <section *transloco="let t" data-testid="disclosures" aria-labelledby="disclosures-title">
      <h2 id="disclosures-title">{{ t('patientPlan.disclosures.title') }}</h2>
      <p class="muted">{{ t('patientPlan.disclosures.intro') }}</p>
      @if (action.error()) {
        <p class="error" role="alert">{{ action.error() }}</p>
      }
      <ul class="list">
        @for (disclosure of disclosures(); track disclosure.id) {
          <li data-testid="disclosure">
            <!-- Which records were shown, in words; older rows only knew the categories. -->
            <span>{{
              disclosure.shown ??
                t('patientPlan.disclosures.entry', {
                  name: disclosure.recipientName,
                  categories: categoryList(disclosure.categories, t),
                })
            }}</span>
            <span class="muted"
              >{{ when(disclosure.disclosedAt) }} ·
              {{ t('patientPlan.disclosures.channel.' + channel(disclosure.channel)) }}</span
            >
          </li>
        } @empty {
          @if (loaded()) {
            <li class="muted">{{ t('patientPlan.disclosures.empty') }}</li>
          }
        }
      </ul>
      @if (cursor()) {
        <button mat-stroked-button type="button" [disabled]="action.busy()" (click)="load()">
          {{ t('patientPlan.disclosures.loadMore') }}
        </button>
      }
    </section>
  `,
  styles: `
    .list {
      list-style: none;
      margin: 0 0 12px;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .list li {
      display: grid;
      gap: 2px;
      padding-bottom: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class DisclosuresComponent implements OnInit {
  private readonly api = inject(MyPlanApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly disclosures = signal<Disclosure[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly action = new ApiAction();
  private readonly activeLang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  private readonly timeFormat = computed(
    () => new Intl.DateTimeFormat(this.activeLang(), { dateStyle: 'medium', timeStyle: 'short' }),
  );

  ngOnInit(): void {
    void this.load();
  }

  protected when(iso: string): string {
    return this.timeFormat().format(new Date(iso));
  }

  protected channel(channel: string): string {
    return CHANNELS.has(channel) ? channel : 'OTHER';
  }

  protected categoryList(categories: readonly string[], t: (key: string) => string): string {
    return categories.map((c) => t('plan.category.' + c).toLowerCase()).join(', ');
  }

  /** The first page, then each "show earlier ones". */
  async load(): Promise<void> {
    await this.action.run(async () => {
      const page = await this.api.disclosures(20, this.cursor() ?? undefined);
      this.disclosures.set([...this.disclosures(), ...(page?.nodes ?? [])]);
      this.cursor.set(page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
      this.loaded.set(true);
    });
  }
}
