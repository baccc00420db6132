// Runs a command against a fresh, empty embedded PostgreSQL database (for the schema tool).
import { spawnSync } from 'node:child_process';
import { startEmbeddedPostgres, ensureDatabase } from './embedded-postgres.mjs';

export async function withScratchDatabase(run) {
  const server = await startEmbeddedPostgres({
    dataDir: '.data/scratch-postgres',
    port: 54333,
    fresh: true,
  });
  try {
    await ensureDatabase(server.url(), 'scratch', { recreate: true });
    return await run(server.url('scratch'));
  } finally {
    await server.stop();
  }
}

export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}
