import { AgreementApi, MessagesApi, MessageThread } from '@homeward/web-data-access';
import { render } from '../../testing/render';
import { MessagesComponent } from './messages.component';

const thread = (body: string): MessageThread =>
  ({
    id: 't1',
    joined: true,
    canWrite: true,
    cannotWriteReason: null,
    unseenCount: 0,
    participants: [
      { name: 'Pat', kind: 'PATIENT', isMe: true },
      { name: 'Maria', kind: 'FAMILY', isMe: false },
    ],
    messages: [
      {
        id: 'm1',
        body,
        sentAt: '2026-12-06T10:00:00Z',
        authorName: 'Pat',
        authorKind: 'PATIENT',
        mine: true,
        seenBy: [],
      },
    ],
  }) as MessageThread;

const typeInto = async (element: HTMLElement | null, text: string, settle: () => Promise<void>) => {
  const field = element as HTMLTextAreaElement;
  field.value = text;
  field.dispatchEvent(new Event('input'));
  await settle();
};

describe('MessagesComponent', () => {
  const agreement = {
    agreement: jest.fn().mockResolvedValue({
      members: [
        { id: 'me', displayName: 'Pat', isMe: true, kind: 'PATIENT', status: 'ACTIVE' },
        { id: 'maria', displayName: 'Maria', isMe: false, kind: 'FAMILY', status: 'ACTIVE' },
      ],
    }),
  };

  it('shows the safe-communication hint to the writer, never blocks sending, and never sends the hint', async () => {
    const api = {
      threads: jest.fn().mockResolvedValue([]),
      start: jest.fn().mockImplementation((_p, _m, body: string) => Promise.resolve(thread(body))),
    };
    const { byTestId, click, settle, element } = await render(
      MessagesComponent,
      [
        { provide: MessagesApi, useValue: api },
        { provide: AgreementApi, useValue: agreement },
      ],
      { planId: 'p1' },
    );
    await click('to-maria');
    await typeInto(byTestId('message-body'), 'You never call me back!', settle);
    expect(byTestId('message-hints')).not.toBeNull();
    expect((byTestId('send-message') as HTMLButtonElement).disabled).toBe(false);
    await click('send-message');
    // Only the words written go out: to Maria, as typed.
    expect(api.start).toHaveBeenCalledWith(
      'p1',
      ['maria'],
      'You never call me back!',
      expect.anything(),
    );
    expect(element.querySelectorAll('[data-testid="message-text"]')).toHaveLength(1);
    expect(byTestId('message-hints')).toBeNull();
  });

  it('says, kindly, why someone cannot write in a thread', async () => {
    const api = {
      threads: jest.fn().mockResolvedValue([
        {
          id: 't1',
          joined: true,
          unseenCount: 1,
          lastMessage: 'Hi',
          lastMessageAt: null,
          participants: [],
        },
      ]),
      markSeen: jest.fn().mockResolvedValue({
        ...thread('Hi'),
        canWrite: false,
        cannotWriteReason: 'MESSAGE_PERSON_RESTRICTED',
      }),
    };
    const { byTestId, click } = await render(
      MessagesComponent,
      [
        { provide: MessagesApi, useValue: api },
        { provide: AgreementApi, useValue: agreement },
      ],
      { planId: 'p1' },
    );
    expect(byTestId('unseen')?.textContent?.trim()).toBe('1 new');
    await click('thread');
    expect(api.markSeen).toHaveBeenCalledWith('t1');
    expect(byTestId('cannot-write')?.textContent?.trim()).toBe(
      'You cannot write to someone in this conversation for now; the counselor can explain.',
    );
    expect(byTestId('message-body')).toBeNull();
  });
});
