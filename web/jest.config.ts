export default {
  displayName: 'web',
  preset: '../jest.angular.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // Transloco's helper package ships ESM in .js files: compile it too.
  transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/))'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  // A suite's first render compiles its components; on a busy two-core machine that alone can
  // pass Jest's 5 s default. A guard against a hang, not a measure of speed.
  testTimeout: 20_000,
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
};
