// npm run e2e: builds the app, then runs the Playwright journeys against it on a fresh database.
// Screenshots of every page visited land in e2e/artifacts/screens.
import { spawnSync } from 'node:child_process';

const run = (command, args, env = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

if (run('nx', ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static']) !== 0)
  process.exit(1);
// The journeys always run on their own fresh embedded database, never on DATABASE_URL's.
const env = { ...process.env };
delete env.DATABASE_URL;
process.exitCode = run(
  'playwright',
  ['test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)],
  env,
);
