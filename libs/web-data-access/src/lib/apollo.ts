import { Injector, inject } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

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
    return {
      link: ApolloLink.from([sessionWatch, http]),
      cache: new InMemoryCache(),
      defaultOptions: {
        query: { fetchPolicy: 'network-only' },
        watchQuery: { fetchPolicy: 'network-only' },
      },
    };
  });
}

export interface ApiError {
  /** `extensions.code`, or NETWORK when the API could not be reached. */
  code: string;
  /** The API's message, written for a person; empty for network errors. */
  message: string;
  field?: string;
  retryAfterSeconds?: number;
  /** Why a visit was refused (`extensions.reason`: CONTACT_TYPE_NOT_ALLOWED, OVERLAPS, …). */
  reason?: string;
  /** What keeps a plan from moving up a phase, in words a person can act on (`extensions.blockers`). */
  blockers?: string[];
}

/** The code and message of the first GraphQL error, for showing a person what to do. */
export function apiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const field = first.extensions?.['field'];
    const retryAfterSeconds = first.extensions?.['retryAfterSeconds'];
    const reason = first.extensions?.['reason'];
    const blockers = first.extensions?.['blockers'];
    return {
      code: String(first.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'),
      message: first.message,
      ...(typeof field === 'string' ? { field } : {}),
      ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
      ...(typeof reason === 'string' ? { reason } : {}),
      ...(Array.isArray(blockers)
        ? { blockers: blockers.filter((b): b is string => typeof b === 'string') }
        : {}),
    };
  }
  return { code: 'NETWORK', message: '' };
}
