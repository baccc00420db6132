// npm run backup:check [-- --from-dump FILE] [--out FILE] [--keep]: dumps the database with
// pg_dump, restores it into a fresh database, compares the rows and recomputes the audit trail
// there (api/src/backup-check.main.ts). Uses DATABASE_URL, or the embedded database of
// `npm start` (started here if it is not already running).
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const run = (command, args, env = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

if (run('nx', ['run', 'api:build', '--outputStyle=static']) !== 0) process.exit(1);

let databaseUrl = process.env.DATABASE_URL;
let server = null;
if (!databaseUrl) {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  databaseUrl = `postgres://postgres:homeward-local@127.0.0.1:${port}/homeward`;
  const probe = new pg.Client({ connectionString: databaseUrl });
  try {
    await probe.connect();
    await probe.end();
  } catch {
    server = await startEmbeddedPostgres({
      dataDir: process.env.EMBEDDED_PG_DIR ?? '.data/postgres',
      port,
    });
  }
}
process.exitCode = run(
  'node',
  ['--enable-source-maps', 'dist/api/backup-check.js', ...process.argv.slice(2)],
  { ...process.env, DATABASE_URL: databaseUrl },
);
await server?.stop();
