// The API's import rules (STYLE 31, issue 10), checked in `npm test` by `npm run deps`.
// The tree is platform ← access, audit, plan-changes ← identity ← planning ← agreement ←
// track-record ← reaching (notifications, mail, live updates: they read every domain's events): a domain imports only the ones before it, and a feature keeps its tables to itself.
// seed/ (the demo) and ops/ (what an operator runs: org:create, backup:check) stand on all of them.
const API = '^api/src/';
const LOWER_THAN = {
  platform:
    '(access|audit|plan-changes|identity|planning|agreement|track-record|repair|safety|homecoming|reaching|seed|ops)',
  access:
    '(plan-changes|identity|planning|agreement|track-record|repair|safety|homecoming|reaching|seed|ops)',
  audit:
    '(access|plan-changes|identity|planning|agreement|track-record|repair|safety|homecoming|reaching|seed|ops)',
  'plan-changes':
    '(identity|planning|agreement|track-record|repair|safety|homecoming|reaching|seed|ops)',
  identity: '(planning|agreement|track-record|repair|safety|homecoming|reaching|seed|ops)',
  planning: '(agreement|track-record|repair|safety|homecoming|reaching|seed|ops)',
  agreement: '(track-record|repair|safety|homecoming|reaching|seed|ops)',
  'track-record': '(repair|safety|homecoming|reaching|seed|ops)',
  repair: '(safety|homecoming|reaching|seed|ops)',
  safety: '(homecoming|reaching|seed|ops)',
  // The trial homecoming and aftercare (issue 15) build on the track record; reaching tells of them.
  homecoming: '(reaching|seed|ops)',
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular-files',
      comment:
        'Two files that import each other (directly or round a loop) are one thing in two places.',
      severity: 'error',
      from: { path: API },
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      comment: 'Folders that import each other: the tree no longer says which builds on which.',
      severity: 'error',
      scope: 'folder',
      from: { path: API },
      to: { circular: true },
    },
    ...Object.entries(LOWER_THAN).map(([domain, higher]) => ({
      name: `${domain}-builds-on-lower-layers-only`,
      comment: `${domain} may not import ${higher}: the lower layer would depend on what stands on it.`,
      severity: 'error',
      from: { path: `${API}${domain}/` },
      to: { path: `${API}${higher}/` },
    })),
    {
      name: 'feature-owns-its-tables',
      comment:
        "A feature's entities and repository are its own: reach another feature through its exported service or a read model.",
      severity: 'error',
      from: {
        // The feature's folder: two levels inside a domain (planning/plans), else one (audit).
        path: `${API}((?:identity|planning|agreement|track-record|repair|safety|homecoming|reaching)/[^/]+|[^/]+)/`,
        pathNot: [
          // Foreign keys between tables are the schema's, declared on the entities.
          '\\.entity\\.ts$',
          // Read models read across tables, read-only; access is the one place that decides.
          '\\.(reader|read-model)\\.ts$',
          `${API}access/`,
        ],
      },
      to: {
        path: '\\.(entity|repository)\\.ts$',
        pathNot: `${API}$1/`,
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '\\.spec\\.ts$', `${API}platform/database/migrations/`] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'api/tsconfig.app.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
