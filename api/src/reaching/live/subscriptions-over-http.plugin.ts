import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
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
        throw new GraphQLError('Subscriptions travel over graphql-ws on /graphql, not over HTTP.', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
      },
    };
  }
}
