import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ROUTES } from '@angular/router';
import { TRANSLOCO_CONFIG, TranslocoService, translocoConfig } from '@jsverse/transloco';
import { notificationTitle } from '@homeward/domain';
import { NotificationItem } from '@homeward/web-data-access';
import en from '../../../public/i18n/en.json';
import { render } from '../testing/render';
import { NotificationBellComponent, whenLabel } from './notification-bell.component';
import { NotificationsStore } from './notifications.store';

const HOUR = 3_600_000;

function standIn(notifications: NotificationItem[], unread: number) {
  return {
    notifications: signal(notifications),
    unread: signal(unread),
    refresh: jest.fn().mockResolvedValue(undefined),
    markRead: jest.fn().mockResolvedValue(undefined),
    markAllRead: jest.fn().mockResolvedValue(undefined),
  };
}

const visit: NotificationItem = {
  id: 'n1',
  kind: 'CONFIRM_VISIT',
  planId: 'p1',
  path: '/family/visits/p1',
  createdAt: new Date(Date.now() - 2 * HOUR).toISOString(),
  readAt: null,
};
const boundary: NotificationItem = {
  id: 'n2',
  kind: 'ACKNOWLEDGE_BOUNDARY',
  planId: 'p1',
  path: '/family/agreement/p1',
  createdAt: '2026-01-05T10:00:00Z',
  readAt: '2026-01-05T11:00:00Z',
};

async function open(store: ReturnType<typeof standIn>) {
  const page = await render(NotificationBellComponent, [
    { provide: NotificationsStore, useValue: store },
    // As in the app: the words follow a change of language without a reload.
    {
      provide: TRANSLOCO_CONFIG,
      useValue: translocoConfig({
        availableLangs: ['en', 'es'],
        defaultLang: 'en',
        reRenderOnLangChange: true,
      }),
    },
    // Following a notification's link lands somewhere.
    { provide: ROUTES, multi: true, useValue: [{ path: '**', children: [] }] },
  ]);
  const bell = () => page.byTestId('notifications-bell') as HTMLButtonElement;
  /** The menu lives in an overlay at the end of the document. */
  const inMenu = (id: string) => [
    ...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
  ];
  return { ...page, bell, inMenu };
}

describe('NotificationBellComponent', () => {
  afterEach(() => {
    TestBed.resetTestingModule();
    document.body.innerHTML = '';
  });

  it('names the unread count for screen readers and shows it as a badge; no badge at 0', async () => {
    const store = standIn([visit], 2);
    const { bell, byTestId, settle } = await open(store);
    expect(bell().getAttribute('aria-label')).toBe('Notifications, 2 unread');
    expect(byTestId('notifications-badge')?.textContent?.trim()).toBe('2');
    expect(byTestId('notifications-badge')?.getAttribute('aria-hidden')).toBe('true');

    TestBed.inject(TranslocoService).setActiveLang('es');
    await settle();
    expect(bell().getAttribute('aria-label')).toBe('Avisos, 2 sin leer');

    store.unread.set(0);
    await settle();
    expect(bell().getAttribute('aria-label')).toBe('Avisos');
    expect(byTestId('notifications-badge')).toBeNull();
  });

  it('opens a list of the newest in the reader’s language, unread ones marked, each a link that marks it read', async () => {
    const store = standIn([visit, boundary], 1);
    const { bell, settle, inMenu } = await open(store);
    bell().click();
    await settle();
    expect(store.refresh).toHaveBeenCalled();

    const items = inMenu('notification');
    expect(items.map((a) => a.getAttribute('href'))).toEqual([
      '/family/visits/p1',
      '/family/agreement/p1',
    ]);
    expect(items[0].textContent).toContain(notificationTitle('CONFIRM_VISIT', 'EN'));
    expect(items[0].textContent).toContain('2 hours ago');
    expect(items[1].textContent).toContain(notificationTitle('ACKNOWLEDGE_BOUNDARY', 'EN'));
    expect(inMenu('notification-unread')).toHaveLength(1);
    expect(items[0].querySelector('[data-testid="notification-unread"]')?.textContent?.trim()).toBe(
      en.notifications.unread,
    );
    expect(inMenu('notifications-mark-all')).toHaveLength(1);

    items[0].click();
    await settle();
    expect(store.markRead).toHaveBeenCalledWith('n1');
  });

  it('says kindly when there is nothing, and offers no "mark all" then', async () => {
    const { bell, settle, inMenu } = await open(standIn([], 0));
    bell().click();
    await settle();
    expect(inMenu('notifications-empty')[0]?.textContent?.trim()).toBe(en.notifications.empty);
    expect(inMenu('notifications-mark-all')).toHaveLength(0);
    expect(inMenu('notifications-settings')[0]?.getAttribute('href')).toBe('/settings');
  });

  it('marks all read from the menu', async () => {
    const store = standIn([visit], 1);
    const { bell, settle, inMenu } = await open(store);
    bell().click();
    await settle();
    inMenu('notifications-mark-all')[0].click();
    await settle();
    expect(store.markAllRead).toHaveBeenCalledTimes(1);
  });
});

describe('whenLabel', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms).toISOString();

  it('says how long ago in the reader’s language, and the day itself past a week', () => {
    expect(whenLabel(ago(20_000), now, 'en')).toBeNull();
    expect(whenLabel(ago(5 * 60_000), now, 'en')).toBe('5 minutes ago');
    expect(whenLabel(ago(5 * 60_000), now, 'es')).toBe('hace 5 minutos');
    expect(whenLabel(ago(3 * HOUR), now, 'en')).toBe('3 hours ago');
    expect(whenLabel(ago(30 * HOUR), now, 'en')).toBe('yesterday');
    expect(whenLabel(ago(30 * HOUR), now, 'es')).toBe('ayer');
    expect(whenLabel('2026-02-14T12:00:00Z', now, 'en')).toBe('Feb 14');
    expect(whenLabel('2026-02-14T12:00:00Z', now, 'es')).toBe('14 feb');
  });
});
