export * from './lib/roles';
export * from './lib/permissions';
export * from './lib/password-policy';
export * from './lib/session-policy';
export * from './lib/languages';
export * from './lib/crisis-resources';
export * from './lib/plan-ladder';
export * from './lib/consent';
