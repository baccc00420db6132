// npm run migration:generate -- <Name>: writes the SQL that takes the migrated schema to the entities.
import { run, withScratchDatabase } from './with-scratch-database.mjs';

const name = process.argv[2];
if (!name) {
  console.error('usage: npm run migration:generate -- <Name>');
  process.exit(2);
}
if (run('nx', ['run', 'api:build']) !== 0) process.exit(1);
process.exitCode = await withScratchDatabase((url) =>
  run('node', ['dist/api/schema-tool.js', 'generate', name], { DATABASE_URL: url }),
);
