import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { TranslocoService } from '@jsverse/transloco';
import { Observable } from 'rxjs';
import { NotificationItem, NotificationsApi } from '@homeward/web-data-access';
import { LiveUpdates } from '../shared/live-updates';
import { SessionStore } from './session.store';

/** How many of the newest notifications the bell lists. */
export const NOTIFICATIONS_SHOWN = 20;

/**
 * The signed-in person's notifications and unread count, for the bell in the top bar. Loaded on
 * sign-in and when the language changes, and whenever `refresh()` is called (the bell opening,
 * a live update).
 */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(SessionStore);
  private readonly destroyRef = inject(DestroyRef);

  readonly notifications = signal<NotificationItem[]>([]);
  readonly unread = signal(0);
  readonly loaded = signal(false);

  /** Only a change of person reloads, not a new copy of the same person (a language saved). */
  private readonly userId = computed(() => this.session.me()?.id ?? null);
  private readonly language = toSignal(inject(TranslocoService).langChanges$);
  /** Bumped by every load and every local change: an answer asked for before it is stale. */
  private version = 0;

  constructor() {
    effect(() => {
      const signedIn = this.userId() !== null;
      this.language();
      untracked(() => (signedIn ? void this.refresh() : this.clear()));
    });
    // A change anywhere that tells this person something moves their bell, on every page.
    this.follow(inject(LiveUpdates).on('notifications'));
  }

  /** Reloads on every value of `changes` (the live 'notifications' topic) while the app runs. */
  follow(changes: Observable<unknown>): void {
    changes.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => void this.refresh());
  }

  /** Asks the API again. A bell that cannot reach the API keeps what it shows, quietly. */
  async refresh(): Promise<void> {
    const userId = this.userId();
    if (!userId) return;
    const asked = ++this.version;
    try {
      const centre = await this.api.centre(NOTIFICATIONS_SHOWN);
      if (asked !== this.version || this.userId() !== userId) return;
      this.notifications.set(centre.notifications);
      this.unread.set(centre.unread);
      this.loaded.set(true);
    } catch {
      // The next refresh (opening the bell, a live update) tries again.
    }
  }

  /** Marks one read at once on screen; the API is told, and asked again if it did not hear. */
  async markRead(id: string): Promise<void> {
    const item = this.notifications().find((n) => n.id === id);
    if (!item || item.readAt) return;
    this.version++;
    const now = new Date().toISOString();
    this.notifications.update((list) => list.map((n) => (n.id === id ? { ...n, readAt: now } : n)));
    this.unread.update((count) => Math.max(0, count - 1));
    try {
      await this.api.markRead(id);
    } catch {
      await this.refresh();
    }
  }

  async markAllRead(): Promise<void> {
    this.version++;
    const now = new Date().toISOString();
    this.notifications.update((list) => list.map((n) => (n.readAt ? n : { ...n, readAt: now })));
    this.unread.set(0);
    try {
      await this.api.markAllRead();
    } catch {
      await this.refresh();
    }
  }

  /** Signed out: nothing of the last person stays on screen. */
  private clear(): void {
    this.version++;
    this.notifications.set([]);
    this.unread.set(0);
    this.loaded.set(false);
  }
}
