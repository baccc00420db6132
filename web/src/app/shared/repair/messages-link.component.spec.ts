import { MessagesApi } from '@homeward/web-data-access';
import { Subject } from 'rxjs';
import { LiveUpdate, LiveUpdates } from '../live-updates';
import { render } from '../../testing/render';
import { MessagesLinkComponent } from './messages-link.component';

describe('MessagesLinkComponent', () => {
  it("says how many messages wait unseen across the reader's threads, and follows new ones live", async () => {
    const updates = new Subject<LiveUpdate>();
    const threads = jest
      .fn()
      .mockResolvedValueOnce([{ unseenCount: 0 }, { unseenCount: 0 }])
      .mockResolvedValue([{ unseenCount: 2 }, { unseenCount: 1 }]);
    const { byTestId, settle } = await render(
      MessagesLinkComponent,
      [
        { provide: MessagesApi, useValue: { threads } },
        { provide: LiveUpdates, useValue: { on: () => updates.asObservable() } },
      ],
      { planId: 'plan-1', link: '/patient/messages' },
    );
    expect(threads).toHaveBeenCalledWith('plan-1');
    expect(byTestId('open-messages')?.textContent?.trim()).toBe('Messages');
    expect(byTestId('messages-unseen')).toBeNull();

    updates.next({ topic: 'messages', planId: 'plan-1' });
    await settle();
    expect(byTestId('messages-unseen')?.textContent?.trim()).toBe('· 3 new');
    expect(byTestId('open-messages')?.getAttribute('href')).toBe('/patient/messages');
  });
});
