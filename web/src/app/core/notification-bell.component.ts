import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { NotificationKind, notificationTitle } from '@homeward/domain';
import { catalogLanguage } from '../shared/api-action';
import { NotificationsStore } from './notifications.store';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When something came, as a person says it: "5 minutes ago", "yesterday", and past a week the
 * day itself ("3 Mar"). `null` for under a minute (the caller says "just now" in its words).
 */
export function whenLabel(createdAt: string, now: number, lang: string): string | null {
  const at = new Date(createdAt).getTime();
  const ago = Math.max(0, now - at);
  if (ago < MINUTE) return null;
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return relative.format(-Math.floor(ago / HOUR), 'hour');
  if (ago < 7 * DAY) return relative.format(-Math.floor(ago / DAY), 'day');
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short' }).format(at);
}

/**
 * The bell in the top bar: the unread count, and a menu of the newest notifications, each a link
 * to the page it is about that marks it read when followed. A Material menu, so arrow keys,
 * Escape and focus return work as people expect.
 */
@Component({
  selector: 'hw-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatMenuModule, MatDividerModule, RouterLink, TranslocoDirective],
  template: `
    <ng-container *transloco="let t">
      <button
        mat-icon-button
        type="button"
        class="bell"
        [matMenuTriggerFor]="panel"
        (menuOpened)="opened()"
        [attr.aria-label]="
          store.unread()
            ? t('notifications.bellUnread', { count: store.unread() })
            : t('notifications.bell')
        "
        data-testid="notifications-bell"
      >
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2zm6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z"
          />
        </svg>
        @if (store.unread()) {
          <span class="badge" aria-hidden="true" data-testid="notifications-badge">{{
            store.unread() > 99 ? '99+' : store.unread()
          }}</span>
        }
      </button>
      <mat-menu
        #panel="matMenu"
        class="hw-notifications-panel"
        xPosition="before"
        [aria-label]="t('notifications.title')"
      >
        <!-- Drawn when opened: the list (its dates in the reader's words) costs nothing before. -->
        <ng-template matMenuContent>
          @for (item of items(); track item.id) {
            <a
              mat-menu-item
              class="item"
              [class.unread]="item.unread"
              [routerLink]="item.path"
              (click)="store.markRead(item.id)"
              data-testid="notification"
            >
              <span class="line">
                @if (item.unread) {
                  <span class="dot" aria-hidden="true"></span>
                  <span class="hidden" data-testid="notification-unread">{{
                    t('notifications.unread')
                  }}</span>
                }
                <span class="title">{{ item.title }}</span>
              </span>
              <time class="when" [attr.datetime]="item.createdAt">{{
                item.when ?? t('notifications.justNow')
              }}</time>
            </a>
          } @empty {
            <div mat-menu-item disabled data-testid="notifications-empty">
              {{ t('notifications.empty') }}
            </div>
          }
          <mat-divider />
          @if (store.unread()) {
            <button
              mat-menu-item
              type="button"
              (click)="store.markAllRead()"
              data-testid="notifications-mark-all"
            >
              {{ t('notifications.markAll') }}
            </button>
          }
          <a mat-menu-item routerLink="/settings" data-testid="notifications-settings">{{
            t('notifications.settings')
          }}</a>
        </ng-template>
      </mat-menu>
    </ng-container>
  `,
  styles: `
    .bell {
      position: relative;
      color: inherit;
    }
    .badge {
      position: absolute;
      top: 2px;
      right: 0;
      min-width: 18px;
      height: 18px;
      padding: 0 4px;
      box-sizing: border-box;
      border-radius: 9px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-small);
      line-height: 18px;
      text-align: center;
    }
    .item {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      padding-block: 8px;
    }
    .line {
      display: flex;
      align-items: baseline;
      gap: 8px;
    }
    .unread .title {
      font-weight: 600;
    }
    .dot {
      flex: none;
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: var(--mat-sys-primary);
    }
    .when {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .unread .when {
      padding-left: 16px;
    }
    .hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class NotificationBellComponent {
  protected readonly store = inject(NotificationsStore);
  private readonly transloco = inject(TranslocoService);
  private readonly lang = toSignal(this.transloco.langChanges$, {
    initialValue: this.transloco.getActiveLang(),
  });
  /** When "5 minutes ago" is counted from: the moment the menu was last opened. */
  private readonly now = signal(Date.now());

  /** Each notification in the reader's language, with when it came. */
  protected readonly items = computed(() => {
    const lang = this.lang();
    const language = catalogLanguage(lang);
    const now = this.now();
    return this.store.notifications().map((n) => ({
      id: n.id,
      path: n.path,
      createdAt: n.createdAt,
      unread: !n.readAt,
      title: notificationTitle(n.kind as NotificationKind, language),
      when: whenLabel(n.createdAt, now, lang),
    }));
  });

  protected opened(): void {
    this.now.set(Date.now());
    void this.store.refresh();
  }
}
