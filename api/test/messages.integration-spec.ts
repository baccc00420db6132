import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, refusal, Who } from './home';

const THREAD = `id joined canWrite cannotWriteReason unseenCount participants { name kind isMe }
  messages { id body mine authorName authorKind sentAt seenBy { name seenAt } }`;
const START = `mutation($i: StartMessageThreadInput!) { startMessageThread(input: $i) { ${THREAD} } }`;
const SEND = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { ${THREAD} } }`;
const READ = `query($id: ID!) { messageThread(id: $id) { ${THREAD} } }`;
const SEEN = `mutation($id: ID!) { markMessageThreadSeen(id: $id) { ${THREAD} } }`;
const JOIN = `mutation($id: ID!) { joinMessageThread(id: $id) { ${THREAD} } }`;
const LIST = `query($p: ID!) { messageThreads(planId: $p) { id joined unseenCount lastMessage participants { name } } }`;
const NOTIFICATIONS = '{ notifications { kind path } }';

interface Thread {
  id: string;
  joined: boolean;
  canWrite: boolean;
  cannotWriteReason: string | null;
  unseenCount: number;
  participants: { name: string; kind: string; isMe: boolean }[];
  messages: {
    id: string;
    body: string;
    mine: boolean;
    authorName: string;
    seenBy: { name: string; seenAt: string }[];
  }[];
}

describe('messages: threads between the people of a plan, kept as sent', () => {
  let t: TestApp;
  let home: Home;
  let keys = 0;
  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const key = () => `message-key-${keys++}`;

  const start = (who: Who, memberIds: string[], body = 'I am glad we can write here.') =>
    t.gql<{ startMessageThread: Thread }>(
      START,
      { i: { planId: home.planId, memberIds, body, idempotencyKey: key() } },
      as(who),
    );
  const send = (who: Who, threadId: string, body: string, idempotencyKey = key()) =>
    t.gql<{ sendMessage: Thread }>(SEND, { i: { threadId, body, idempotencyKey } }, as(who));
  const read = (who: Who, id: string) => t.gql<{ messageThread: Thread }>(READ, { id }, as(who));
  const messageCount = async () =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM message'))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(async () => {
    home = await createHome(t);
  });
  afterAll(() => t.close());

  it('lets Pat and Maria write to each other, records when each first saw a message, and tells Maria discreetly', async () => {
    const started = data(await start('patient', [home.member.mother], 'Thank you for the call.'));
    const thread = started.startMessageThread;
    expect(thread.participants.map((p) => p.kind)).toEqual(['PATIENT', 'FAMILY']);
    expect(thread.messages).toEqual([
      expect.objectContaining({ body: 'Thank you for the call.', mine: true, seenBy: [] }),
    ]);

    const notified = data(
      await t.gql<{ notifications: { kind: string; path: string }[] }>(
        NOTIFICATIONS,
        {},
        as('mother'),
      ),
    );
    // Staff read every thread, but are told only of those written to them.
    const staffTold = data(
      await t.gql<{ notifications: { kind: string }[] }>(NOTIFICATIONS, {}, as('counselor')),
    );
    expect(staffTold.notifications.map((n) => n.kind)).not.toContain('MESSAGE_NEW');
    expect(notified.notifications).toContainEqual({
      kind: 'MESSAGE_NEW',
      path: '/family/messages/' + home.planId,
    });

    const list = data(
      await t.gql<{ messageThreads: { unseenCount: number }[] }>(
        LIST,
        { p: home.planId },
        as('mother'),
      ),
    );
    expect(list.messageThreads).toEqual([
      expect.objectContaining({ unseenCount: 1, lastMessage: 'Thank you for the call.' }),
    ]);

    const seenAt = t.clock.now().toISOString();
    data(await t.gql(SEEN, { id: thread.id }, as('mother')));
    t.clock.advanceMinutes(5);
    // A second look later never moves the first time.
    data(await t.gql(SEEN, { id: thread.id }, as('mother')));
    const answered = data(await send('mother', thread.id, 'It was good to hear you.'));
    expect(answered.sendMessage.messages[0].seenBy).toEqual([{ name: home.name.mother, seenAt }]);
    const patientView = data(await read('patient', thread.id)).messageThread;
    expect(patientView.messages.map((m) => [m.body, m.mine])).toEqual([
      ['Thank you for the call.', true],
      ['It was good to hear you.', false],
    ]);
    expect(patientView.unseenCount).toBe(1);
    const audited = await t.dataSource.query(
      'SELECT action FROM audit_event WHERE record_id = $1',
      [thread.messages[0].id],
    );
    expect(audited).toEqual([{ action: 'message.sent' }]);
  });

  it('sends a resent message once (same key)', async () => {
    const thread = data(await start('patient', [home.member.mother])).startMessageThread;
    const before = await messageCount();
    data(await send('patient', thread.id, 'Once only', 'same-key-0001'));
    data(await send('patient', thread.id, 'Once only', 'same-key-0001'));
    expect(await messageCount()).toBe(before + 1);
  });

  it('refuses an empty message with a reason and writes nothing', async () => {
    const before = await messageCount();
    const result = await start('patient', [home.member.mother], '   ');
    expect(refusal(result)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT_MESSAGE' });
    expect(await messageCount()).toBe(before);
  });

  it('keeps a member under a contact restriction and the patient apart, both ways', async () => {
    const before = data(
      await start('partner', [home.member.patient], 'Before the order.'),
    ).startMessageThread;
    data(
      await t.gql(
        'mutation($i: SetContactRestrictionInput!) { setContactRestriction(input: $i) { id } }',
        { i: { memberId: home.member.partner, restricted: true, note: 'No-contact order' } },
        as('counselor'),
      ),
    );
    const count = await messageCount();
    // Sam cannot start a thread to Pat, nor write in one Pat is in; Pat cannot write to Sam.
    expect(refusal(await start('partner', [home.member.patient]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MESSAGE_PERSON_RESTRICTED',
    });
    expect(refusal(await send('partner', before.id, 'Still there?'))).toMatchObject({
      reason: 'MESSAGE_PERSON_RESTRICTED',
    });
    expect(refusal(await send('patient', before.id, 'Hello?'))).toMatchObject({
      reason: 'MESSAGE_PERSON_RESTRICTED',
    });
    expect(
      refusal(await start('mother', [home.member.patient, home.member.partner])),
    ).toMatchObject({
      reason: 'MESSAGE_PERSON_RESTRICTED',
    });
    expect(await messageCount()).toBe(count);
    // Nor does Pat receive what Sam wrote before: it stays in the record, for staff.
    expect(data(await read('patient', before.id)).messageThread.messages).toEqual([]);
    expect(data(await read('patient', before.id)).messageThread.canWrite).toBe(false);
    expect(
      data(await read('counselor', before.id)).messageThread.messages.map((m) => m.body),
    ).toEqual(['Before the order.']);
    // Sam can still write to the care team and to Maria.
    data(await start('partner', []));
    data(await start('partner', [home.member.mother]));
  });

  it('closes every thread to a removed member at once', async () => {
    const thread = data(await start('mother', [home.member.patient])).startMessageThread;
    data(
      await t.gql(
        'mutation($i: RemovePlanMemberInput!) { removePlanMember(input: $i) { id } }',
        { i: { memberId: home.member.mother, reason: 'Stepping away' } },
        as('counselor'),
      ),
    );
    const mother = await t.login(home.org.people.FAMILY.email, 'a long test password of my own');
    const read = await t.gql(READ, { id: thread.id }, { cookie: mother });
    expect(refusal(read).code).toBe('NOT_FOUND');
    const sent = await t.gql(
      SEND,
      { i: { threadId: thread.id, body: 'Hello', idempotencyKey: key() } },
      { cookie: mother },
    );
    expect(refusal(sent).code).toBe('NOT_FOUND');
  });

  it('lets staff read every thread, and join one before writing in it', async () => {
    const staffViews = async (threadId: string) =>
      Number(
        (
          await t.dataSource.query(
            "SELECT count(*) AS n FROM audit_event WHERE action = 'message_thread.viewed' AND record_id = $1",
            [threadId],
          )
        )[0].n,
      );
    const thread = data(await start('patient', [home.member.mother])).startMessageThread;
    const viewsBefore = await staffViews(thread.id);
    const staffView = data(await read('counselor', thread.id)).messageThread;
    // Staff reading members' words is in the audit trail; members reading their own thread is not.
    expect(await staffViews(thread.id)).toBe(viewsBefore + 1);
    data(await read('patient', thread.id));
    expect(await staffViews(thread.id)).toBe(viewsBefore + 1);
    expect(staffView).toMatchObject({
      joined: false,
      canWrite: false,
      cannotWriteReason: 'MESSAGE_JOIN_FIRST',
    });
    expect(refusal(await send('counselor', thread.id, 'Hello both')).reason).toBe(
      'MESSAGE_JOIN_FIRST',
    );
    const joined = data(
      await t.gql<{ joinMessageThread: Thread }>(JOIN, { id: thread.id }, as('counselor')),
    );
    expect(joined.joinMessageThread.participants.map((p) => p.kind)).toEqual([
      'PATIENT',
      'FAMILY',
      'STAFF',
    ]);
    data(await send('counselor', thread.id, 'Hello both'));
    // Sam is not in the thread: it reads as missing to him.
    expect(refusal(await read('partner', thread.id)).code).toBe('NOT_FOUND');
  });

  it('while the plan is paused, members still write to their care team, and only to them', async () => {
    const family = data(await start('patient', [home.member.mother])).startMessageThread;
    data(
      await t.gql(
        'mutation($i: SetPlanStatusInput!) { setPlanStatus(input: $i) { id } }',
        { i: { id: home.planId, status: 'PAUSED', reason: 'A breather' } },
        as('counselor'),
      ),
    );
    expect(refusal(await send('patient', family.id, 'Hi')).reason).toBe('MESSAGE_PLAN_PAUSED');
    expect(refusal(await start('patient', [home.member.mother])).reason).toBe(
      'MESSAGE_PLAN_PAUSED',
    );
    const toStaff = data(await start('patient', [], 'I would like to talk.')).startMessageThread;
    expect(toStaff.participants.map((p) => p.kind)).toEqual(['PATIENT']);
    const notified = data(
      await t.gql<{ notifications: { kind: string }[] }>(NOTIFICATIONS, {}, as('counselor')),
    );
    expect(notified.notifications.map((n) => n.kind)).toContain('MESSAGE_NEW');
    data(await send('patient', toStaff.id, 'Whenever you have a moment.'));
  });

  it('no operation and no SQL can change or remove a sent message', async () => {
    const thread = data(
      await start('patient', [home.member.mother], 'Kept as sent.'),
    ).startMessageThread;
    const [{ id }] = thread.messages;
    // No operation of the schema edits or deletes a message.
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((m) =>
      /message/i.test(m),
    );
    expect(mutations.sort()).toEqual([
      'joinMessageThread',
      'markMessageThreadSeen',
      'sendMessage',
      'startMessageThread',
    ]);
    for (const sql of [
      `UPDATE message SET body = 'changed' WHERE id = '${id}'`,
      `UPDATE message SET sent_at = now() WHERE id = '${id}'`,
      `DELETE FROM message WHERE id = '${id}'`,
      'DELETE FROM message',
      'TRUNCATE message CASCADE',
      `DELETE FROM message_thread WHERE id = '${thread.id}'`,
      'TRUNCATE message_thread CASCADE',
      `DELETE FROM message_participant WHERE thread_id = '${thread.id}'`,
    ]) {
      await expect(t.dataSource.query(sql)).rejects.toThrow(/is kept as sent/);
    }
    data(await t.gql(SEEN, { id: thread.id }, as('mother')));
    await expect(t.dataSource.query(`UPDATE message_seen SET seen_at = now()`)).rejects.toThrow(
      /is kept as sent/,
    );
    await expect(t.dataSource.query(`DELETE FROM message_seen`)).rejects.toThrow(/is kept as sent/);
    const [row] = await t.dataSource.query('SELECT body FROM message WHERE id = $1', [id]);
    expect(row.body).toBe('Kept as sent.');
  });
});
