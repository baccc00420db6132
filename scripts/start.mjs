// npm start: builds the API and the web app (Nx caches unchanged builds), starts an embedded
// PostgreSQL when DATABASE_URL is unset, then serves everything on one port. Ctrl-C stops the
// API first and the database after it, cleanly. The browser journeys reuse it with
// SKIP_BUILD=1 and EMBEDDED_PG_FRESH=1 (a new, empty database every run).
import { spawn, spawnSync } from 'node:child_process';
import { startEmbeddedPostgres, ensureDatabase } from './embedded-postgres.mjs';

if (process.env.SKIP_BUILD !== '1') {
  const build = spawnSync(
    'nx',
    ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const env = { ...process.env };
let database = null;
if (!env.DATABASE_URL) {
  const dataDir = env.EMBEDDED_PG_DIR ?? '.data/postgres';
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
  console.log(`Starting the embedded PostgreSQL (data in ${dataDir}, port ${port})…`);
  database = await startEmbeddedPostgres({ dataDir, port, fresh: env.EMBEDDED_PG_FRESH === '1' });
  await ensureDatabase(database.url(), 'homeward');
  env.DATABASE_URL = database.url('homeward');
}

const api = spawn(process.execPath, ['--enable-source-maps', 'dist/api/main.js'], {
  stdio: 'inherit',
  env,
});
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  api.kill(signal);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

api.on('exit', async (code) => {
  if (database) {
    await database.stop();
    console.log('Embedded PostgreSQL stopped.');
  }
  process.exit(stopping ? 0 : (code ?? 1));
});
