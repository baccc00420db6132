import WebSocket from 'ws';

export interface LiveUpdateSeen {
  topic: string;
  planId: string | null;
}

/** A graphql-ws subscriber of `liveUpdates`, written against the protocol so every close code shows. */
export interface LiveSubscriber {
  /** The server acknowledged the connection (a session was found). */
  acknowledged: boolean;
  /** Errors the subscription answered with (a refusal), as GraphQL errors. */
  errors: { message: string; extensions?: { code?: string; reason?: string } }[];
  /** The next update not taken yet; rejects after `guardMs` (a failure guard, not a wait). */
  next(guardMs?: number): Promise<LiveUpdateSeen>;
  /** Resolves when the subscription ended with an error or a complete message. */
  ended: Promise<void>;
  /** Resolves when the socket closed, with its code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
}

export const LIVE_UPDATES = 'subscription { liveUpdates { topic planId } }';

/**
 * Connects to `baseUrl`'s /graphql over graphql-transport-ws with the cookie (if any), and
 * subscribes to `query` once acknowledged. Resolves when the server acknowledged or closed.
 */
export function subscribeLive(
  baseUrl: string,
  cookie?: string,
  options: {
    query?: string;
    headers?: Record<string, string>;
    /** The bell's own topic comes with most changes; a spec about the plan's topics leaves it out. */
    withNotifications?: boolean;
  } = {},
): Promise<LiveSubscriber> {
  const url = `${baseUrl.replace(/^http/, 'ws')}/graphql`;
  const socket = new WebSocket(url, 'graphql-transport-ws', {
    headers: { ...(cookie ? { cookie } : {}), ...options.headers },
  });
  const received: LiveUpdateSeen[] = [];
  const waiting: ((update: LiveUpdateSeen) => void)[] = [];
  let endSubscription: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (endSubscription = resolve));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => {
      endSubscription();
      resolve({ code, reason: reason.toString() });
    }),
  );
  const subscriber: LiveSubscriber = {
    acknowledged: false,
    errors: [],
    next(guardMs = 5_000) {
      const queued = received.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const guard = setTimeout(
          () => reject(new Error(`no live update within ${guardMs} ms`)),
          guardMs,
        );
        waiting.push((update) => {
          clearTimeout(guard);
          resolve(update);
        });
      });
    },
    ended,
    closed,
    async close() {
      if (socket.readyState !== WebSocket.CLOSED) socket.close(1000, 'Done');
      await closed;
    },
  };
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    void closed.then(() => resolve(subscriber));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as {
        type: string;
        payload?: {
          data?: { liveUpdates: LiveUpdateSeen } | null;
          errors?: LiveSubscriber['errors'];
        } & LiveSubscriber['errors'];
      };
      if (message.type === 'connection_ack') {
        subscriber.acknowledged = true;
        socket.send(
          JSON.stringify({
            id: '1',
            type: 'subscribe',
            payload: { query: options.query ?? LIVE_UPDATES },
          }),
        );
        resolve(subscriber);
      } else if (message.type === 'next') {
        if (message.payload?.errors) subscriber.errors.push(...message.payload.errors);
        const update = message.payload?.data?.liveUpdates;
        if (!update) return;
        if (update.topic === 'notifications' && !options.withNotifications) return;
        const taker = waiting.shift();
        if (taker) taker(update);
        else received.push(update);
      } else if (message.type === 'error') {
        subscriber.errors.push(...(message.payload ?? []));
        endSubscription();
      } else if (message.type === 'complete') {
        endSubscription();
      }
    });
  });
}
