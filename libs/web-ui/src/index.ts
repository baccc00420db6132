export * from './lib/crisis-resources.component';
