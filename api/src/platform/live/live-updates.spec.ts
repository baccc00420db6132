import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PgListener } from '../database/pg-listener';
import { LiveChannelRepository } from './live-channel.repository';
import { LiveUpdates } from './live-updates';

/** The channel as PostgreSQL would carry it: each notify reaches the one listener's handler. */
function liveOnFakeChannel() {
  const sent: string[] = [];
  let handler: (payload: string) => void = () => undefined;
  const listener = {
    on: async (_channel: string, h: (payload: string) => void) => {
      handler = h;
    },
  } as unknown as PgListener;
  const channel = {
    notify: async (_manager: EntityManager, payload: string) => {
      sent.push(payload);
    },
  } as LiveChannelRepository;
  const live = new LiveUpdates(listener, channel);
  const commit = () => sent.splice(0).forEach((payload) => handler(payload));
  return { live, sent, commit };
}

const manager = {} as EntityManager;

describe('LiveUpdates', () => {
  it('splits many people into notifications well under PostgreSQL’s 8000 bytes, ids and a topic only', async () => {
    const { live, sent } = liveOnFakeChannel();
    await live.onModuleInit();
    const userIds = Array.from({ length: 250 }, () => randomUUID());
    await live.publish(manager, { userIds, topic: 'visits', planId: randomUUID() });
    expect(sent).toHaveLength(3);
    for (const payload of sent) expect(Buffer.byteLength(payload)).toBeLessThan(4500);
    expect(sent.flatMap((p) => (JSON.parse(p) as { u: string[] }).u)).toEqual(userIds);
  });

  it("hands an update to each of the person's streams on this instance, and to nobody else", async () => {
    const { live, commit } = liveOnFakeChannel();
    await live.onModuleInit();
    const first = live.subscribe('maria');
    const second = live.subscribe('maria');
    const other = live.subscribe('sam');
    await live.publish(manager, { userIds: ['maria'], topic: 'agreement', planId: 'plan-1' });
    commit();
    expect(await first.next()).toEqual({
      value: { topic: 'agreement', planId: 'plan-1' },
      done: false,
    });
    expect(await second.next()).toEqual({
      value: { topic: 'agreement', planId: 'plan-1' },
      done: false,
    });

    // Sam's stream got nothing: the next thing it reads is the update made for him.
    await live.publish(manager, { userIds: ['sam'], topic: 'plan', planId: null });
    commit();
    expect(await other.next()).toEqual({ value: { topic: 'plan', planId: null }, done: false });
  });

  it('forgets a stream once it is returned, and ends a read that was waiting', async () => {
    const { live } = liveOnFakeChannel();
    const stream = live.subscribe('maria');
    const waiting = stream.next();
    expect(live.openStreams).toBe(1);
    await stream.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(live.openStreams).toBe(0);
  });

  it('tells every watcher which sessions ended', async () => {
    const { live, commit } = liveOnFakeChannel();
    await live.onModuleInit();
    const ended: string[][] = [];
    live.onSessionsEnded((ids) => ended.push(ids));
    await live.sessionsEnded(manager, ['s1', 's2']);
    await live.sessionsEnded(manager, []);
    commit();
    expect(ended).toEqual([['s1', 's2']]);
  });
});
