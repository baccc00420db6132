// npm run migration:check: fails when the entities and the migrations drift (STYLE 11).
import { run, withScratchDatabase } from './with-scratch-database.mjs';

if (run('nx', ['run', 'api:build']) !== 0) process.exit(1);
process.exitCode = await withScratchDatabase((url) =>
  run('node', ['dist/api/schema-tool.js', 'check'], { DATABASE_URL: url }),
);
