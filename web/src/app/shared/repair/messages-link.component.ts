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
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { MessagesApi } from '@homeward/web-data-access';
import { concerns, LiveUpdates } from '../live-updates';

/**
 * The "Messages" button of a home, with how many messages the reader has not seen yet, so a
 * reply does not wait unnoticed behind a button. Follows new messages live.
 */
@Component({
  selector: 'hw-messages-link',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, TranslocoDirective],
  template: `
    <a mat-stroked-button [routerLink]="link()" data-testid="open-messages" *transloco="let t">
      {{ t('messages.open') }}
      @if (unseen() > 0) {
        <span class="unseen" data-testid="messages-unseen">
          · {{ t('messages.unseen', { count: unseen() }) }}</span
        >
      }
    </a>
  `,
  styles: `
    .unseen {
      font-weight: 600;
    }
  `,
})
export class MessagesLinkComponent {
  readonly planId = input.required<string>();
  readonly link = input.required<string | string[]>();
  private readonly api = inject(MessagesApi);
  private readonly counts = signal<number[]>([]);
  protected readonly unseen = computed(() => this.counts().reduce((sum, n) => sum + n, 0));

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
    inject(LiveUpdates)
      .on('messages')
      .pipe(takeUntilDestroyed())
      .subscribe((update) => {
        if (concerns(update, this.planId())) void this.load(this.planId());
      });
  }

  private async load(planId: string): Promise<void> {
    try {
      const threads = await this.api.threads(planId);
      this.counts.set(threads.map((thread) => thread.unseenCount));
    } catch {
      // The button still leads to the messages, where any trouble is said in words.
      this.counts.set([]);
    }
  }
}
