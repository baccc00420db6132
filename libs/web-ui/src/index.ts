export * from './lib/crisis-resources.component';
export * from './lib/phase-ladder.component';
export * from './lib/milestone-list.component';
export * from './lib/copy-link.component';
export * from './lib/communication-hints.component';
