import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { ConcernQueueItem, ConcernsApi } from '@homeward/web-data-access';
import { AgreementLabels } from '../agreement/agreement-labels';
import { ApiErrors } from '../api-action';
import { LiveUpdates } from '../live-updates';

/** The staff's concerns queue: SAFETY first, then the longest waiting; a new one appears live. */
@Component({
  selector: 'hw-concern-queue',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective],
  template: `
    <section *transloco="let t" aria-labelledby="queue-title" data-testid="concern-queue">
      <h2 id="queue-title">{{ t('concerns.queue.title') }}</h2>
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
      <ul>
        @for (item of items(); track item.concernId) {
          <li
            data-testid="concern-queue-item"
            [attr.data-severity]="item.severity"
            [class.safety]="item.severity === 'SAFETY'"
          >
            <span>
              <strong>{{ t('concerns.raise.severities.' + item.severity) }}</strong>
              ·
              {{
                t('concerns.queue.item', {
                  name: item.patientName,
                  subject: t('concerns.raise.subjects.' + item.subject),
                })
              }}
              · {{ labels.when(item.createdAt) }}
              @if (!item.reviewed) {
                · {{ t('concerns.queue.notReviewed') }}
              }
            </span>
            <a mat-stroked-button [routerLink]="['/staff/plans', item.planId, 'concerns']">{{
              t('concerns.queue.open')
            }}</a>
          </li>
        } @empty {
          <li class="muted">{{ t('concerns.queue.none') }}</li>
        }
      </ul>
    </section>
  `,
  styles: `
    ul {
      list-style: none;
      padding: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 8px;
      padding: 8px 12px;
      margin: 6px 0;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
    li.safety {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class ConcernQueueComponent {
  private readonly api = inject(ConcernsApi);
  private readonly errors = inject(ApiErrors);
  protected readonly labels = inject(AgreementLabels);
  protected readonly items = signal<ConcernQueueItem[]>([]);
  protected readonly error = signal('');

  constructor() {
    void this.load();
    inject(LiveUpdates)
      .on('concerns')
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => void this.load());
  }

  private async load(): Promise<void> {
    try {
      this.items.set(await this.api.queue());
      this.error.set('');
    } catch (caught) {
      this.error.set(this.errors.message(caught));
    }
  }
}
