import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { ChainBreak } from '../audit/audit-chain';
import { verifyAuditChains } from '../audit/audit-verifier';
import { dataSourceOptions } from '../data-source';
import { DatabasesRepository } from './databases.repository';

const run = promisify(execFile);
const databases = new DatabasesRepository();

export interface BackupCheckOptions {
  /** The database to back up (or whose backup `fromDump` is). */
  sourceUrl: string;
  /** Where the dump is written (custom format, for pg_restore). */
  dumpFile: string;
  /** Restore this existing dump instead of making one (the backups you already keep). */
  fromDump?: boolean;
  /** A server where a new database may be made; the source's server when unset. */
  restoreServerUrl?: string;
  /** The folder of pg_dump and pg_restore; found on PATH when unset. */
  pgBin?: string;
  /** Keep the restored database (to look around in it) instead of dropping it. */
  keep?: boolean;
  /** Told each step as it starts. */
  progress?: (step: BackupCheckStep) => void;
}

export type BackupCheckStep = 'dump' | 'restore' | 'count' | 'verify' | 'clean';

export interface TableCount {
  table: string;
  /** Rows in the dump's snapshot of the source; null when checking an existing dump. */
  source: number | null;
  restored: number;
}

export interface BackupCheckReport {
  serverVersion: string;
  toolsVersion: string;
  dumpFile: string;
  dumpBytes: number;
  restoredDatabase: string;
  kept: boolean;
  tables: TableCount[];
  /** Every table has the rows the dump's snapshot had; null when there was no snapshot to compare. */
  countsMatch: boolean | null;
  /** The audit trail recomputed on the restored copy, as `npm run audit:verify` does. */
  audit: { checked: number; firstBreak: ChainBreak | null };
  /** The restored copy's schema is at the code's newest migration. */
  migrationsCurrent: boolean;
  ok: boolean;
}

/** Why a check could not run to its end; the command says it in the operator's words. */
export class BackupCheckProblem extends Error {
  constructor(
    readonly kind: 'TOOLS_MISSING' | 'TOOLS_TOO_OLD' | 'DUMP' | 'RESTORE' | 'CREATE_DATABASE',
    readonly params: Record<string, string> = {},
  ) {
    super(`${kind} ${JSON.stringify(params)}`);
  }
}

/**
 * The backup check of `npm run backup:check`: dumps the database with pg_dump (inside one
 * exported snapshot, whose row counts are kept), restores the dump into a fresh database with
 * pg_restore, compares every table's rows, recomputes the audit trail on the restored copy and
 * drops it. A backup nobody has restored is a hope; this restores one.
 */
export async function checkBackup(options: BackupCheckOptions): Promise<BackupCheckReport> {
  const tool = (name: string) => (options.pgBin ? join(options.pgBin, name) : name);
  const source = new URL(options.sourceUrl);
  const serverVersion = await databases.serverVersion(options.sourceUrl);
  const toolsVersion = await toolVersion(tool('pg_dump'));
  await toolVersion(tool('pg_restore'));
  if (major(toolsVersion) < major(serverVersion)) {
    throw new BackupCheckProblem('TOOLS_TOO_OLD', {
      tools: toolsVersion,
      server: serverVersion,
      needed: String(major(serverVersion)),
    });
  }

  let snapshotCounts: Map<string, number> | null = null;
  if (!options.fromDump) {
    options.progress?.('dump');
    snapshotCounts = await dumpInSnapshot(options.sourceUrl, tool('pg_dump'), options.dumpFile);
  }
  const dumpBytes = (await stat(options.dumpFile)).size;

  const server = new URL(options.restoreServerUrl ?? options.sourceUrl);
  const restoredDatabase = restoreName(source.pathname.slice(1) || 'homeward');
  const restored = new URL(server);
  restored.pathname = `/${restoredDatabase}`;
  await databases.create(server.toString(), restoredDatabase).catch((error: unknown) => {
    throw new BackupCheckProblem('CREATE_DATABASE', { reason: firstLine(error) });
  });
  try {
    options.progress?.('restore');
    await run(
      tool('pg_restore'),
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${withoutPassword(restored)}`,
        options.dumpFile,
      ],
      { env: { ...process.env, ...passwordOf(restored) }, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: unknown) => {
      throw new BackupCheckProblem('RESTORE', { reason: firstLine(error) });
    });

    options.progress?.('count');
    const restoredCounts = await databases.counts(restored.toString());
    const tables = [...restoredCounts].map(([table, rows]) => ({
      table,
      source: snapshotCounts ? (snapshotCounts.get(table) ?? null) : null,
      restored: rows,
    }));
    const countsMatch = snapshotCounts
      ? snapshotCounts.size === restoredCounts.size && tables.every((t) => t.source === t.restored)
      : null;

    options.progress?.('verify');
    const dataSource = await new DataSource(dataSourceOptions(restored.toString())).initialize();
    let audit: BackupCheckReport['audit'];
    let migrationsCurrent: boolean;
    try {
      audit = await verifyAuditChains(dataSource);
      migrationsCurrent = !(await dataSource.showMigrations());
    } finally {
      await dataSource.destroy();
    }
    return {
      serverVersion,
      toolsVersion,
      dumpFile: options.dumpFile,
      dumpBytes,
      restoredDatabase,
      kept: !!options.keep,
      tables,
      countsMatch,
      audit,
      migrationsCurrent,
      ok: countsMatch !== false && audit.firstBreak === null && tables.length > 0,
    };
  } finally {
    if (!options.keep) {
      options.progress?.('clean');
      await databases.drop(server.toString(), restoredDatabase);
    }
  }
}

/**
 * pg_dump inside an exported snapshot held open by a second connection, which counts each
 * table's rows in the same snapshot: the dump and the counts see exactly the same rows, even
 * while the API keeps writing.
 */
function dumpInSnapshot(url: string, pgDump: string, file: string): Promise<Map<string, number>> {
  const source = new URL(url);
  return databases.inSnapshot(url, async (snapshot, counts) => {
    const dump = run(
      pgDump,
      [
        '--format=custom',
        `--snapshot=${snapshot}`,
        `--file=${file}`,
        `--dbname=${withoutPassword(source)}`,
      ],
      { env: { ...process.env, ...passwordOf(source) }, maxBuffer: 16 * 1024 * 1024 },
    ).catch((error: unknown) => {
      throw new BackupCheckProblem('DUMP', { reason: firstLine(error) });
    });
    // Marked as handled now: a refusal is thrown by the `await` below, after the counting.
    dump.catch(() => undefined);
    const rows = await counts();
    await dump;
    return rows;
  });
}

async function toolVersion(path: string): Promise<string> {
  try {
    const { stdout } = await run(path, ['--version']);
    return stdout.match(/(\d+(?:\.\d+)*)/)?.[1] ?? stdout.trim();
  } catch {
    throw new BackupCheckProblem('TOOLS_MISSING', { tool: path });
  }
}

const major = (version: string) => Number(version.split('.')[0]);

/** A new database's name: the source's, marked and stamped (63 characters at most). */
function restoreName(source: string): string {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  return `${source.slice(0, 30)}_restore_check_${stamp}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/** The password goes to pg_dump and pg_restore through their environment, never their command line (visible to `ps`). */
function withoutPassword(url: URL): string {
  const copy = new URL(url);
  copy.password = '';
  return copy.toString();
}

function passwordOf(url: URL): Record<string, string> {
  return url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {};
}

/** A tool's own first words about what stopped it (pg_dump and pg_restore say it on stderr). */
function firstLine(error: unknown): string {
  const { stderr, message } = error as { stderr?: string; message?: string };
  return (stderr?.trim() || message || String(error)).split('\n')[0].slice(0, 300);
}
