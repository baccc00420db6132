/** Integration specs: the real AppModule over HTTP on a real PostgreSQL, one database per spec file. */
export default {
  displayName: 'api-integration',
  preset: '../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  maxWorkers: 1,
  // A guard against a hang, not a measure of speed: on a loaded two-core machine a spec of many
  // changes (a month of check-ins) passed 30 s.
  testTimeout: 90_000,
  // Likewise: a spec that fails mid-way may leave a socket or a server behind; the run still ends.
  forceExit: true,
};
