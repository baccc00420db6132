import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from '../database/database-away';

/**
 * While the database is away, an answer carrying SERVICE_UNAVAILABLE goes out as HTTP 503 with
 * Retry-After, so proxies, load balancers and HTTP clients see a retryable answer too. The body
 * stays a GraphQL answer (the web reads `application/graphql-response+json` at any status).
 */
export function unavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((error) => error.extensions?.['code'] === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
