// npm run org:create -- --name "…" --admin-email …: creates an organization and invites its first
// admin (api/src/org-create.main.ts). Uses DATABASE_URL, or the embedded database of `npm start`
// (started here if it is not already running).
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres.mjs';

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
    await ensureDatabase(server.url(), 'homeward');
  }
}
process.exitCode = run(
  'node',
  ['--enable-source-maps', 'dist/api/org-create.js', ...process.argv.slice(2)],
  { ...process.env, DATABASE_URL: databaseUrl },
);
await server?.stop();
