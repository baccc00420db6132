export * from './generated/graphql';
export * from './lib/apollo';
export * from './lib/session/session.api';
export * from './lib/people/people.api';
export * from './lib/invitations/invitations.api';
