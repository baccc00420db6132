export default {
  displayName: 'web-ui',
  preset: '../../jest.angular.preset.js',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      { tsconfig: '<rootDir>/tsconfig.json', stringifyContentPathRegex: '\\.(html|svg)$' },
    ],
  },
};
