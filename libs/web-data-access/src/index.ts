export * from './generated/graphql';
export * from './lib/apollo';
export * from './lib/api.services';
