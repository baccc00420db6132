// npm test: lint, type checks, unit tests, the migration drift check, integration tests on a
// real PostgreSQL, and a check that the committed GraphQL schema and generated client are current.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED = ['api/schema.gql', 'libs/web-data-access/src/generated'];

function step(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} did not pass.`);
    process.exit(result.status ?? 1);
  }
}

function snapshot(paths) {
  const files = {};
  const walk = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory())
      for (const entry of readdirSync(path)) walk(join(path, entry));
    else files[path] = readFileSync(path, 'utf8');
  };
  paths.forEach(walk);
  return files;
}

const before = snapshot(GENERATED);
step('Formatting (Prettier)', 'prettier', ['--check', '.', '--log-level', 'warn']);
step('Import rules of the API (dependency-cruiser)', 'npm', ['run', '-s', 'deps']);
step('Lint, type checks and unit tests', 'nx', [
  'run-many',
  '-t',
  'lint',
  'typecheck',
  'test',
  '--all',
  '--outputStyle=static',
]);
step('Entities and migrations agree', 'node', ['scripts/migration-check.mjs']);
step('Integration tests on PostgreSQL (also writes api/schema.gql)', 'nx', [
  'run',
  'api:integration',
  '--outputStyle=static',
]);
step('Typed GraphQL client from the schema', 'npm', ['run', '-s', 'codegen']);

const after = snapshot(GENERATED);
const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
  (file) => before[file] !== after[file],
);
if (changed.length > 0) {
  console.error(
    `\n✖ The committed GraphQL schema or generated client was stale; regenerated:\n  ${changed.join('\n  ')}\nReview and commit them.`,
  );
  process.exit(1);
}
console.log('\n✔ All checks passed.');
