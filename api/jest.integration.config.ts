/** Integration specs: the real AppModule over HTTP on a real PostgreSQL, one database per spec file. */
export default {
  displayName: 'api-integration',
  preset: '../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 30_000,
};
