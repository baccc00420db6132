const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// The API and its command-line tools, bundled with the shared libs; node_modules stay external.
module.exports = {
  output: { path: join(__dirname, '../dist/api'), clean: true },
  devtool: 'source-map',
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      additionalEntryPoints: [
        { entryName: 'audit-verify', entryPath: 'api/src/audit-verify.main.ts' },
        { entryName: 'schema-tool', entryPath: 'api/src/schema-tool.main.ts' },
        { entryName: 'org-create', entryPath: 'api/src/org-create.main.ts' },
        { entryName: 'backup-check', entryPath: 'api/src/backup-check.main.ts' },
      ],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
    }),
  ],
};
