export default {
  displayName: 'api',
  preset: '../jest.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // A guard against a hang, not a measure of speed: rendering a PDF passed Jest's 5 s default
  // on a loaded two-core machine.
  testTimeout: 20_000,
};
