import { inject } from '@angular/core';
import { ApolloLink, InMemoryCache } from '@apollo/client/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { provideApollo } from 'apollo-angular';
import { HttpLink } from 'apollo-angular/http';

/** Called when the API says the session is over (UNAUTHENTICATED on anything but sign-in). */
export type SessionEndedHandler = () => void;

/**
 * Apollo on the same origin: the session rides in an HttpOnly cookie the browser sends by
 * itself; no token is ever kept in script-readable storage.
 */
export function provideHomewardApollo(onSessionEnded: () => SessionEndedHandler) {
  return provideApollo(() => {
    const http = inject(HttpLink).create({ uri: '/graphql', withCredentials: true });
    const ended = onSessionEnded();
    const sessionWatch = new ErrorLink(({ error, operation }) => {
      const unauthenticated =
        CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');
      if (unauthenticated && !['Login', 'Me', 'AcceptInvitation'].includes(operation.operationName ?? '')) ended();
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

/** The code and message of the first GraphQL error, for showing a person what to do. */
export function apiError(error: unknown): { code: string; message: string; field?: string; retryAfterSeconds?: number } {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    return {
      code: String(first.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'),
      message: first.message,
      field: first.extensions?.['field'] as string | undefined,
      retryAfterSeconds: first.extensions?.['retryAfterSeconds'] as number | undefined,
    };
  }
  return { code: 'NETWORK', message: '' };
}
