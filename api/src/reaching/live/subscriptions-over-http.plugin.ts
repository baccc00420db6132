import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { describeReason } from '@homeward/domain';
import { GraphQLError } from 'graphql';

/**
 * A subscription sent over HTTP is refused before it runs, with a 400 that says where it goes
 * (Apollo would otherwise run its resolver as a query and fail inside it).
 */
@Plugin()
export class SubscriptionsOverHttpRefused implements ApolloServerPlugin {
  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    return {
      async didResolveOperation({
        operation,
      }: GraphQLRequestContextDidResolveOperation<BaseContext>): Promise<void> {
        if (operation?.operation !== 'subscription') return;
        // A reason the reader's client words; the English is for API readers and logs.
        const reason = 'SUBSCRIPTION_NEEDS_LIVE_CONNECTION';
        throw new GraphQLError(describeReason(reason, {}, 'EN'), {
          extensions: { code: 'BAD_REQUEST', reason, http: { status: 400 } },
        });
      },
    };
  }
}
