import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { LiveTopic, LiveUpdate } from '@homeward/domain';
import { EntityManager } from 'typeorm';
import { PgListener } from '../database/pg-listener';
import { LIVE_CHANNEL, LiveChannelRepository } from './live-channel.repository';

export { LIVE_TOPICS } from '@homeward/domain';
export type { LiveTopic, LiveUpdate } from '@homeward/domain';

/** What a change publishes: the update, and whose open pages should hear it. */
export interface LiveNotice extends LiveUpdate {
  userIds: string[];
}

/**
 * PostgreSQL refuses a notification payload of 8000 bytes or more. A user id takes 39 bytes in
 * the payload, so 100 of them and the topic stay near 4 kB.
 */
const USERS_PER_NOTIFY = 100;
const SESSIONS_PER_NOTIFY = 100;
/** A subscriber that stopped reading keeps this many updates; older ones are dropped (they only say "look again"). */
const BUFFERED_PER_SUBSCRIBER = 50;

/** The wire form on the channel: short keys, ids only. */
type Payload = { t: LiveTopic; p: string | null; u: string[] } | { e: string[] };

/**
 * Live updates across instances (DESIGN §5): a change calls `publish` in its transaction, which
 * is a `pg_notify` PostgreSQL delivers to every instance only if the transaction commits. Each
 * instance listens on one connection (PgListener) and hands the update to its own subscribers of
 * those people. Ended sessions travel the same way, so every instance closes their sockets.
 */
@Injectable()
export class LiveUpdates implements OnModuleInit {
  private readonly logger = new Logger(LiveUpdates.name);
  private readonly subscribers = new Map<string, Set<LiveStream>>();
  private readonly sessionWatchers: ((sessionIds: string[]) => void)[] = [];
  private readonly awaiting = new Map<string, (() => void)[]>();

  constructor(
    private readonly listener: PgListener,
    private readonly channel: LiveChannelRepository,
  ) {}

  onModuleInit(): Promise<void> {
    return this.listener.on(LIVE_CHANNEL, (payload) => this.deliver(payload));
  }

  /** Tells these people's open pages that `topic` changed, once the caller's transaction commits. */
  async publish(manager: EntityManager, update: LiveNotice): Promise<void> {
    const userIds = [...new Set(update.userIds)];
    for (let i = 0; i < userIds.length; i += USERS_PER_NOTIFY) {
      const payload: Payload = {
        t: update.topic,
        p: update.planId,
        u: userIds.slice(i, i + USERS_PER_NOTIFY),
      };
      await this.channel.notify(manager, JSON.stringify(payload));
    }
  }

  /** Tells every instance these sessions ended (sign-out, a new password): their sockets close. */
  async sessionsEnded(manager: EntityManager, sessionIds: string[]): Promise<void> {
    for (let i = 0; i < sessionIds.length; i += SESSIONS_PER_NOTIFY) {
      const payload: Payload = { e: sessionIds.slice(i, i + SESSIONS_PER_NOTIFY) };
      await this.channel.notify(manager, JSON.stringify(payload));
    }
  }

  /** Calls `handler` with the ids of sessions that ended anywhere. */
  onSessionsEnded(handler: (sessionIds: string[]) => void): void {
    this.sessionWatchers.push(handler);
  }

  /** This instance's stream of updates for one person, until it is returned. */
  subscribe(userId: string, first?: LiveUpdate): AsyncIterableIterator<LiveUpdate> {
    const streams = this.subscribers.get(userId) ?? new Set<LiveStream>();
    this.subscribers.set(userId, streams);
    const stream = new LiveStream(() => {
      streams.delete(stream);
      if (streams.size === 0 && this.subscribers.get(userId) === streams)
        this.subscribers.delete(userId);
    });
    streams.add(stream);
    if (first) stream.push(first);
    for (const resolve of this.awaiting.get(userId) ?? []) resolve();
    this.awaiting.delete(userId);
    return stream;
  }

  /**
   * Resolves once this instance has a subscriber for the person: a socket's subscription starts
   * a moment after it connects, and a test waits for that moment instead of for time.
   */
  whenSubscribed(userId: string): Promise<void> {
    if (this.subscribers.get(userId)?.size) return Promise.resolve();
    return new Promise((resolve) => {
      this.awaiting.set(userId, [...(this.awaiting.get(userId) ?? []), resolve]);
    });
  }

  /** How many streams are open on this instance (for tests and logs). */
  get openStreams(): number {
    let count = 0;
    for (const streams of this.subscribers.values()) count += streams.size;
    return count;
  }

  private deliver(raw: string): void {
    let payload: Payload;
    try {
      payload = JSON.parse(raw) as Payload;
    } catch {
      this.logger.warn('A live notice that is not JSON was ignored');
      return;
    }
    if ('e' in payload) {
      for (const watcher of this.sessionWatchers) watcher(payload.e);
      return;
    }
    const update: LiveUpdate = { topic: payload.t, planId: payload.p };
    for (const userId of payload.u) {
      for (const stream of this.subscribers.get(userId) ?? []) stream.push(update);
    }
  }
}

/** One subscriber's updates, read as an async iterator (what a GraphQL subscription returns). */
class LiveStream implements AsyncIterableIterator<LiveUpdate> {
  private readonly queue: LiveUpdate[] = [];
  private waiting: ((result: IteratorResult<LiveUpdate>) => void) | null = null;
  private done = false;

  constructor(private readonly onEnd: () => void) {}

  push(update: LiveUpdate): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value: update, done: false });
      return;
    }
    this.queue.push(update);
    if (this.queue.length > BUFFERED_PER_SUBSCRIBER) this.queue.shift();
  }

  next(): Promise<IteratorResult<LiveUpdate>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<LiveUpdate>> {
    if (!this.done) {
      this.done = true;
      this.queue.length = 0;
      this.onEnd();
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<LiveUpdate>> {
    void this.return();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveUpdate> {
    return this;
  }
}
