export * from './generated/graphql';
export * from './lib/apollo';
export * from './lib/session/session.api';
export * from './lib/people/people.api';
export * from './lib/invitations/invitations.api';
export * from './lib/plans/plans.api';
export * from './lib/my-plan/my-plan.api';
export * from './lib/family/family.api';
