import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { Subject } from 'rxjs';
import {
  MeFieldsFragment,
  NotificationCentre,
  NotificationItem,
  NotificationsApi,
} from '@homeward/web-data-access';
import { LiveUpdates } from '../shared/live-updates';
import { NOTIFICATIONS_SHOWN, NotificationsStore } from './notifications.store';
import { SessionStore } from './session.store';

const maria = { id: 'u-maria', displayName: 'Maria Rivera', role: 'FAMILY' } as MeFieldsFragment;

function notification(id: string, read = false): NotificationItem {
  return {
    id,
    kind: 'CONFIRM_VISIT',
    planId: 'p1',
    path: '/family/visits/p1',
    createdAt: '2026-03-01T10:00:00Z',
    readAt: read ? '2026-03-01T11:00:00Z' : null,
  };
}

/** A promise whose answer the test gives when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function setUp(centre: NotificationCentre, signedIn: MeFieldsFragment | null = maria) {
  const me = signal<MeFieldsFragment | null>(signedIn);
  const live = new Subject<{ topic: string; planId: string | null }>();
  const liveUpdates = { on: jest.fn(() => live.asObservable()) };
  const api = {
    centre: jest.fn().mockResolvedValue(centre),
    markRead: jest.fn().mockResolvedValue(undefined),
    markAllRead: jest.fn().mockResolvedValue(undefined),
  };
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { en: {}, es: {} },
        translocoConfig: { availableLangs: ['en', 'es'], defaultLang: 'en' },
      }),
    ],
    providers: [
      { provide: NotificationsApi, useValue: api },
      { provide: SessionStore, useValue: { me } },
      { provide: LiveUpdates, useValue: liveUpdates },
    ],
  });
  const store = TestBed.inject(NotificationsStore);
  /** Lets the store's effect run and the answers it asked for arrive. */
  const settle = async () => {
    TestBed.tick();
    await new Promise((resolve) => setTimeout(resolve));
  };
  return { store, api, me, settle, live, liveUpdates };
}

describe('NotificationsStore', () => {
  it('loads the newest notifications and the unread count once someone is signed in', async () => {
    const { store, api, me, settle } = setUp(
      { notifications: [notification('n1'), notification('n2', true)], unread: 3 },
      null,
    );
    await settle();
    expect(api.centre).not.toHaveBeenCalled();
    expect(store.loaded()).toBe(false);

    me.set(maria);
    await settle();
    expect(api.centre).toHaveBeenCalledWith(NOTIFICATIONS_SHOWN);
    expect(store.notifications().map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(store.unread()).toBe(3);
    expect(store.loaded()).toBe(true);

    // A new copy of the same person (their language saved) does not ask again.
    me.set({ ...maria, language: 'ES' });
    await settle();
    expect(api.centre).toHaveBeenCalledTimes(1);
  });

  it('asks again when the language changes, and on refresh()', async () => {
    const { store, api, settle } = setUp({ notifications: [notification('n1')], unread: 1 });
    await settle();
    expect(api.centre).toHaveBeenCalledTimes(1);

    TestBed.inject(TranslocoService).setActiveLang('es');
    await settle();
    expect(api.centre).toHaveBeenCalledTimes(2);

    api.centre.mockResolvedValue({
      notifications: [notification('n0'), notification('n1')],
      unread: 2,
    });
    await store.refresh();
    expect(api.centre).toHaveBeenCalledTimes(3);
    expect(store.notifications().map((n) => n.id)).toEqual(['n0', 'n1']);
    expect(store.unread()).toBe(2);
  });

  it('marks one read at once on screen and tells the API; one already read is not sent again', async () => {
    const { store, api, settle } = setUp({
      notifications: [notification('n1'), notification('n2', true)],
      unread: 5,
    });
    await settle();

    await store.markRead('n1');
    expect(api.markRead).toHaveBeenCalledWith('n1');
    expect(store.notifications()[0].readAt).not.toBeNull();
    expect(store.unread()).toBe(4);

    await store.markRead('n2');
    expect(api.markRead).toHaveBeenCalledTimes(1);
    expect(store.unread()).toBe(4);
  });

  it('asks the API again when marking read did not reach it', async () => {
    const { store, api, settle } = setUp({ notifications: [notification('n1')], unread: 1 });
    await settle();
    api.markRead.mockRejectedValue(new Error('offline'));

    await store.markRead('n1');
    expect(api.centre).toHaveBeenCalledTimes(2);
    // What the API still says wins over what was shown for a moment.
    expect(store.notifications()[0].readAt).toBeNull();
    expect(store.unread()).toBe(1);
  });

  it('marks all read: no unread left on screen, and the API told', async () => {
    const { store, api, settle } = setUp({
      notifications: [notification('n1'), notification('n2'), notification('n3', true)],
      unread: 7,
    });
    await settle();

    await store.markAllRead();
    expect(api.markAllRead).toHaveBeenCalledTimes(1);
    expect(store.unread()).toBe(0);
    expect(store.notifications().every((n) => n.readAt !== null)).toBe(true);
  });

  it('keeps a mark read made while an older answer was on its way', async () => {
    const { store, api, settle } = setUp({ notifications: [notification('n1')], unread: 1 });
    await settle();
    const late = deferred<NotificationCentre>();
    api.centre.mockReturnValueOnce(late.promise);

    const refreshing = store.refresh();
    await store.markRead('n1');
    late.resolve({ notifications: [notification('n1')], unread: 1 });
    await refreshing;

    expect(store.notifications()[0].readAt).not.toBeNull();
    expect(store.unread()).toBe(0);
  });

  it('forgets everything of the last person on sign-out', async () => {
    const { store, me, settle } = setUp({ notifications: [notification('n1')], unread: 1 });
    await settle();
    expect(store.unread()).toBe(1);

    me.set(null);
    await settle();
    expect(store.notifications()).toEqual([]);
    expect(store.unread()).toBe(0);
    expect(store.loaded()).toBe(false);
  });

  it('follows the live notifications topic from the start', async () => {
    const { store, api, settle, live, liveUpdates } = setUp({ notifications: [], unread: 0 });
    await settle();
    expect(liveUpdates.on).toHaveBeenCalledWith('notifications');
    api.centre.mockResolvedValue({ notifications: [notification('n7')], unread: 1 });
    live.next({ topic: 'notifications', planId: 'p1' });
    await settle();
    expect(store.unread()).toBe(1);
  });

  it('refreshes on every update it follows (the live notifications topic)', async () => {
    const { store, api, settle } = setUp({ notifications: [], unread: 0 });
    await settle();
    const updates = new Subject<{ topic: string; planId: string | null }>();
    store.follow(updates);

    api.centre.mockResolvedValue({ notifications: [notification('n9')], unread: 1 });
    updates.next({ topic: 'notifications', planId: null });
    await settle();
    expect(api.centre).toHaveBeenCalledTimes(2);
    expect(store.unread()).toBe(1);
    expect(store.notifications().map((n) => n.id)).toEqual(['n9']);
  });
});
