import nx from '@nx/eslint-plugin';

// Module boundaries by tag (STYLE 27): api and web may use shared, never each other;
// ui libraries import only ui and util.
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.data',
      '**/generated/**',
      '**/test-results',
      '**/playwright-report',
      '**/.nx',
      '**/tmp',
    ],
  },
  {
    // Source files; the .mjs tooling glue (configs, test setup, scripts/) is not a project import.
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:ui',
              onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:domain'],
            },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:data-access'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Apollo provides itself (HomewardApollo), so it loads with the pages that use it and never
    // with the first screen; `inject(Apollo)` would have no provider.
    files: ['web/src/**/*.ts', 'libs/web-data-access/src/**/*.ts'],
    ignores: ['libs/web-data-access/src/lib/apollo.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'apollo-angular',
              importNames: ['Apollo', 'provideApollo'],
              message: 'inject(HomewardApollo) from @homeward/web-data-access.',
            },
          ],
        },
      ],
    },
  },
  {
    // SQL belongs to a feature's repository or a read model (STYLE 31); anywhere else is refused.
    files: ['api/src/**/*.ts'],
    ignores: [
      'api/src/**/*.repository.ts',
      'api/src/**/*.reader.ts',
      'api/src/**/*.read-model.ts',
      'api/src/**/*.spec.ts',
      'api/src/platform/database/**',
      // The demo's lived-in home is made through the services, then dated back in the past.
      'api/src/seed/**',
      // The road itself: the plan's one lock, its history line and last activity.
      'api/src/plan-changes/plan-changes.service.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(query|createQueryBuilder)$/]',
          message:
            "SQL lives in the feature's repository (*.repository.ts) or a read model (*.reader.ts, *.read-model.ts).",
        },
      ],
    },
  },
];
