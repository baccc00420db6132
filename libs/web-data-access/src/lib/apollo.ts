import { DOCUMENT } from '@angular/common';
import { Injectable, Injector, NgZone, inject } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client/core';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { Apollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { endsSession, GraphQLRequest, SESSION_ENDED } from './graphql-request';
import { LiveSocketEvents } from './live/live-socket-events';

/** The API closes a live socket with these: the session ended (sign in again), or never from this page. */
export const LIVE_SESSION_ENDED = 4401;
const LIVE_REFUSED = 4403;

/** The close code of a socket's close event, if that is what graphql-ws handed over. */
function closeCode(event: unknown): number | null {
  return typeof event === 'object' && event !== null && 'code' in event
    ? Number((event as { code: unknown }).code)
    : null;
}

/** How long to wait before the n-th attempt to connect again: doubling from 1 s up to 30 s, with jitter. */
export function liveRetryDelay(retries: number, random = Math.random): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** retries);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Subscriptions ride graphql-ws on /graphql of the same origin, so the browser sends the
 * session cookie with the upgrade. The socket opens with the first subscription (only signed-in
 * pages subscribe) and closes with the last; a lost connection comes back with backoff, and one
 * the API closed because the session ended is the session ending.
 */
function liveLink(onSessionEnded: () => void): GraphQLWsLink {
  const location = inject(DOCUMENT).location;
  const events = inject(LiveSocketEvents);
  return new GraphQLWsLink(
    createClient({
      url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
      lazy: true,
      // Moving between pages drops the last subscription for a moment: keep the socket meanwhile.
      lazyCloseTimeout: 5_000,
      retryAttempts: Infinity,
      retryWait: (retries) =>
        new Promise((resolve) => setTimeout(resolve, liveRetryDelay(retries))),
      shouldRetry: (event) => closeCode(event) !== null && closeCode(event) !== LIVE_REFUSED,
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) events.reconnected.next();
        },
        closed: (event) => {
          if (closeCode(event) === LIVE_SESSION_ENDED) onSessionEnded();
        },
      },
    }),
  );
}

/**
 * Apollo on the same origin: the session rides in an HttpOnly cookie the browser sends by
 * itself; no token is ever kept in script-readable storage.
 * Provided in root by itself (no `provideApollo` in the app's config): this file, Apollo and
 * graphql-ws load with the first page that asks for data, never with the first screen.
 */
@Injectable({ providedIn: 'root' })
export class HomewardApollo extends Apollo {
  constructor() {
    const injector = inject(Injector);
    const onSessionEnded = inject(SESSION_ENDED, { optional: true });
    const ended = () => onSessionEnded?.(injector);
    const http = inject(HttpLink).create({ uri: '/graphql', withCredentials: true });
    const sessionWatch = new ErrorLink(({ error, operation }) => {
      if (endsSession(error, operation.operationName)) ended();
    });
    super(inject(NgZone), {
      link: ApolloLink.from([
        sessionWatch,
        ApolloLink.split(
          ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
          liveLink(ended),
          http,
        ),
      ]),
      cache: new InMemoryCache(),
      defaultOptions: {
        query: { fetchPolicy: 'network-only' },
        watchQuery: { fetchPolicy: 'network-only' },
      },
    });
    // Signing out forgets everything cached in this tab.
    inject(GraphQLRequest).afterSignOut(() => this.client.clearStore());
  }
}
