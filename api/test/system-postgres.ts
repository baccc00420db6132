import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';

export interface SystemPostgres {
  /** The folder of the server's own pg_dump and pg_restore. */
  bin: string;
  version: number;
  url(database?: string): string;
  stop(): void;
}

const PASSWORD = 'backup-check-local';

/** A free local port, asked of the system. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * Debian's own PostgreSQL server (the `postgresql-15` package; .ci/run installs it), started in
 * a data folder of its own, for the backup check: pg_dump refuses a server newer than itself,
 * and Debian 12's client tools are 15 while the embedded server of the other tests is 18.
 */
export async function startSystemPostgres(dataDir: string): Promise<SystemPostgres> {
  const root = '/usr/lib/postgresql';
  const version = (existsSync(root) ? readdirSync(root) : [])
    .map(Number)
    .filter((v) =>
      ['initdb', 'pg_ctl', 'postgres', 'pg_dump', 'pg_restore'].every((tool) =>
        existsSync(join(root, String(v), 'bin', tool)),
      ),
    )
    .sort((a, b) => b - a)[0];
  if (!version) {
    throw new Error(
      "The backup check's test needs Debian's PostgreSQL server: apt-get install postgresql-15 (.ci/run does).",
    );
  }
  const bin = join(root, String(version), 'bin');
  const dir = resolve(dataDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // PostgreSQL refuses to run as root: as root, it runs as the `postgres` user, who owns the folder.
  const asRoot = userInfo().uid === 0;
  const owner = asRoot ? Number(execFileSync('id', ['-u', 'postgres']).toString().trim()) : -1;
  if (asRoot) chownSync(dir, owner, owner);
  const as = (command: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' })
      : execFileSync(command, args, { stdio: 'pipe' });
  const pwfile = join(dir, '.pw');
  writeFileSync(pwfile, PASSWORD);
  chmodSync(pwfile, 0o600);
  if (asRoot) chownSync(pwfile, owner, owner);
  const data = join(dir, 'data');
  as(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=scram-sha-256',
    `--pwfile=${pwfile}`,
    '-E',
    'UTF8',
    '--no-sync',
  ]);
  const port = await freePort();
  as(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    // TCP only: a socket path under a deep checkout could pass the 107-character limit.
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off`,
    'start',
  ]);
  return {
    bin,
    version,
    url: (database = 'postgres') => `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => {
      as(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
  };
}
