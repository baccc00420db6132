// Runs a command against a fresh, empty embedded PostgreSQL database (for the schema tool).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { startEmbeddedPostgres, ensureDatabase } from './embedded-postgres.mjs';

export async function withScratchDatabase(run) {
  const server = await startEmbeddedPostgres({
    dataDir: '.data/scratch-postgres',
    port: Number(process.env.SCRATCH_PG_PORT) || (await freePort()),
    fresh: true,
  });
  try {
    await ensureDatabase(server.url(), 'scratch', { recreate: true });
    return await run(server.url('scratch'));
  } finally {
    await server.stop();
  }
}

/** A port nobody listens on now, so two worktrees can check or generate migrations at once. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}
