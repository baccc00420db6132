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
import { TranslocoDirective } from '@jsverse/transloco';
import { CalendarApi, CalendarFeed } from '@homeward/web-data-access';
import { CopyLinkComponent } from '@homeward/web-ui';
import { ApiAction } from '../api-action';
import { TrackLabels } from './track-labels';

/**
 * A member's private calendar link: on or off. A new link is shown once, with a copy button;
 * its event titles stay neutral, so nothing in a shared phone calendar says treatment.
 */
@Component({
  selector: 'hw-calendar-feed',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslocoDirective, CopyLinkComponent],
  template: `
    <section
      *transloco="let t"
      class="calendar"
      aria-labelledby="calendar-title"
      data-testid="calendar-feed"
    >
      <h2 id="calendar-title">{{ t('track.calendar.title') }}</h2>
      <p class="muted">{{ t('track.calendar.intro') }}</p>
      @if (action.error()) {
        <p class="error" role="alert">{{ action.error() }}</p>
      }
      @if (feed(); as feed) {
        <p data-testid="calendar-state" [attr.data-enabled]="feed.enabled">
          {{
            feed.enabled && feed.since
              ? t('track.calendar.on', { date: labels.when(feed.since) })
              : t('track.calendar.off')
          }}
        </p>
        @if (url(); as url) {
          <div class="link" role="status">
            <p>{{ t('track.calendar.linkIntro') }}</p>
            <hw-copy-link
              [url]="url"
              testId="calendar-link"
              [labels]="{
                copy: t('staff.invite.copy'),
                copied: t('staff.invite.copied'),
                copyByHand: t('staff.invite.copyByHand'),
              }"
            />
          </div>
        }
        @if (revoked()) {
          <p class="done" role="status">{{ t('track.calendar.revoked') }}</p>
        }
        <div class="actions">
          @if (feed.enabled) {
            <button
              mat-stroked-button
              type="button"
              data-testid="calendar-renew"
              [disabled]="action.busy()"
              (click)="enable()"
            >
              {{ t('track.calendar.renew') }}
            </button>
            <button
              mat-button
              type="button"
              data-testid="calendar-revoke"
              [disabled]="action.busy()"
              (click)="revoke()"
            >
              {{ t('track.calendar.revoke') }}
            </button>
          } @else {
            <button
              mat-flat-button
              type="button"
              data-testid="calendar-enable"
              [disabled]="action.busy()"
              (click)="enable()"
            >
              {{ t('track.calendar.enable') }}
            </button>
          }
        </div>
        @if (feed.enabled) {
          <p class="muted small">{{ t('track.calendar.renewHint') }}</p>
        }
      } @else if (!action.error()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }
    </section>
  `,
  styles: `
    .calendar {
      display: grid;
      gap: 8px;
    }
    .calendar h2 {
      margin-bottom: 0;
    }
    p {
      margin: 0;
    }
    .link {
      background: var(--mat-sys-surface-container);
      border-radius: 12px;
      padding: 12px 16px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .small {
      font-size: 0.875rem;
    }
    .done {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      padding: 8px 12px;
      border-radius: 8px;
    }
  `,
})
export class CalendarFeedComponent {
  readonly planId = input.required<string>();
  private readonly api = inject(CalendarApi);
  protected readonly labels = inject(TrackLabels);
  protected readonly feed = signal<CalendarFeed | null>(null);
  /** The new link, only right after it is made. */
  protected readonly url = signal<string | null>(null);
  protected readonly revoked = signal(false);
  protected readonly action = new ApiAction();

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.action.run(async () => this.feed.set(await this.api.feed(planId))));
    });
  }

  async enable(): Promise<void> {
    await this.action.run(async () => {
      const feed = await this.api.enable(this.planId());
      this.feed.set(feed);
      this.url.set(feed?.url ?? null);
      this.revoked.set(false);
    });
  }

  async revoke(): Promise<void> {
    await this.action.run(async () => {
      this.feed.set(await this.api.revoke(this.planId()));
      this.url.set(null);
      this.revoked.set(true);
    });
  }
}
