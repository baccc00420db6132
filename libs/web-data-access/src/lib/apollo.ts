import { DOCUMENT } from '@angular/common';
import { Injector, inject } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { DEFAULT_LANGUAGE, describeReason, isReason, Language } from '@homeward/domain';
import { LiveSocketEvents } from './live/live.api';

/**
 * Called when the API says the session is over, with the root injector: look the session
 * up there at that moment (injecting it while Apollo is being built would be a cycle, as the
 * session itself talks through Apollo).
 */
export type SessionEndedHandler = (injector: Injector) => void;

/**
 * Operations whose UNAUTHENTICATED answer does not mean "your session ended":
 * a wrong password (Login, AcceptInvitation for an existing account), the start-up question
 * "is anyone signed in?" (Me), and signing out of a session that had already ended (Logout).
 */
const ANSWERS_WITHOUT_SESSION = new Set(['Login', 'Me', 'AcceptInvitation', 'Logout']);

/** True when this error tells a signed-in person that their session has ended. */
export function endsSession(error: unknown, operationName: string | undefined): boolean {
  return (
    !ANSWERS_WITHOUT_SESSION.has(operationName ?? '') &&
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
  );
}

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
 */
export function provideHomewardApollo(onSessionEnded: SessionEndedHandler) {
  return provideApollo(() => {
    const http = inject(HttpLink).create({ uri: '/graphql', withCredentials: true });
    const injector = inject(Injector);
    const sessionWatch = new ErrorLink(({ error, operation }) => {
      if (endsSession(error, operation.operationName)) onSessionEnded(injector);
    });
    const live = liveLink(() => onSessionEnded(injector));
    return {
      link: ApolloLink.from([
        sessionWatch,
        ApolloLink.split(
          ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
          live,
          http,
        ),
      ]),
      cache: new InMemoryCache(),
      defaultOptions: {
        query: { fetchPolicy: 'network-only' },
        watchQuery: { fetchPolicy: 'network-only' },
      },
    };
  });
}

/** One thing that keeps a plan from moving up a phase, in the reader's words. */
export interface ApiBlocker {
  /** Which rule stands in the way (a key of `REASONS`); absent in older answers. */
  reason?: string;
  /** What the words need (a count, a phase, …). */
  params: Record<string, unknown>;
  /** The blocker in the reader's language; the API's English only when this client does not know it. */
  message: string;
}

export interface ApiError {
  /** `extensions.code`, or NETWORK when the API could not be reached. */
  code: string;
  /**
   * What to tell the person: the reason in their language; the API's own (English) message only
   * for a reason this client does not know yet; empty for network errors.
   */
  message: string;
  field?: string;
  retryAfterSeconds?: number;
  /** Which rule refused (`extensions.reason`, a key of `REASONS`: CONTACT_TYPE_NOT_ALLOWED, …). */
  reason?: string;
  /** The data the reason's words need (`extensions.params`). */
  params?: Record<string, unknown>;
  /** What keeps a plan from moving up a phase (`extensions.blockers`). */
  blockers?: ApiBlocker[];
}

/**
 * The first GraphQL error, for showing a person what to do, with its words in `language`.
 * Reasons are worded here from the shared catalog, so every screen says them the same way.
 */
export function apiError(error: unknown, language: Language = DEFAULT_LANGUAGE): ApiError {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const extensions = first.extensions ?? {};
    const { field, retryAfterSeconds, reason, blockers } = extensions;
    const params = objectOf(extensions['params']);
    return {
      code: String(extensions['code'] ?? 'INTERNAL_SERVER_ERROR'),
      message: words(reason, params ?? {}, language, first.message),
      ...(typeof field === 'string' ? { field } : {}),
      ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
      ...(typeof reason === 'string' ? { reason } : {}),
      ...(params ? { params } : {}),
      ...(Array.isArray(blockers)
        ? { blockers: blockers.flatMap((b: unknown) => blocker(b, language)) }
        : {}),
    };
  }
  return { code: 'NETWORK', message: '' };
}

/** A plain object from the wire, or nothing. */
function objectOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A blocker as the API sends it now (`{ reason, params, message }`) or did before (a sentence). */
function blocker(value: unknown, language: Language): ApiBlocker[] {
  if (typeof value === 'string') return [{ params: {}, message: value }];
  const item = objectOf(value);
  if (!item) return [];
  const { reason, message } = item;
  const params = objectOf(item['params']) ?? {};
  const english = typeof message === 'string' ? message : '';
  return [
    {
      ...(typeof reason === 'string' ? { reason } : {}),
      params,
      message: words(reason, params, language, english),
    },
  ];
}

/** A reason in the reader's words; the API's sentence when the reason is unknown here. */
function words(
  reason: unknown,
  params: Record<string, unknown>,
  language: Language,
  fallback: string,
): string {
  if (!isReason(reason)) return fallback;
  try {
    return describeReason(reason, params, language);
  } catch {
    // Params the words cannot read (an older or newer API): its own sentence still helps.
    return fallback;
  }
}
