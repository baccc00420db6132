/**
 * `npm run backup:check [-- --from-dump FILE] [--out FILE] [--keep]`: makes a backup of
 * DATABASE_URL with pg_dump (or takes one you already keep), restores it into a fresh database,
 * compares every table's rows, recomputes the audit trail on the restored copy and says whether
 * the backup can be trusted (ops/backup-check.ts). PG_BIN names the folder of pg_dump and
 * pg_restore when they are not on PATH; RESTORE_SERVER_URL another server to restore on.
 */
import 'reflect-metadata';
import { Language } from '@homeward/domain';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BackupCheckProblem,
  BackupCheckReport,
  BackupCheckStep,
  checkBackup,
} from './ops/backup-check';

type Words = {
  steps: Record<BackupCheckStep, string>;
  problem: (p: BackupCheckProblem) => string;
  report: (r: BackupCheckReport) => string[];
  trusted: string;
  notTrusted: string;
};

const bytes = (n: number) =>
  n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} kB`;
const rowsOf = (r: BackupCheckReport) => r.tables.reduce((sum, t) => sum + t.restored, 0);

const WORDS: Record<Language, Words> = {
  EN: {
    steps: {
      dump: 'Dumping the database with pg_dump…',
      restore: 'Restoring the dump into a fresh database with pg_restore…',
      count: 'Counting the rows of every table…',
      verify: 'Recomputing the audit trail on the restored copy…',
      clean: 'Dropping the restored copy…',
    },
    problem: ({ kind, params }) =>
      ({
        TOOLS_MISSING: `${params['tool']} was not found. Install your PostgreSQL's client tools (Debian: postgresql-client) or set PG_BIN to the folder that holds pg_dump and pg_restore.`,
        TOOLS_TOO_OLD: `pg_dump ${params['tools']} cannot read PostgreSQL ${params['server']}: it needs client tools of version ${params['needed']} or newer. Set PG_BIN to their folder (for example /usr/lib/postgresql/${params['needed']}/bin).`,
        DUMP: `pg_dump stopped: ${params['reason']}`,
        RESTORE: `pg_restore stopped: ${params['reason']}`,
        CREATE_DATABASE: `A fresh database to restore into could not be made (the user needs CREATEDB, or set RESTORE_SERVER_URL to a server where it may): ${params['reason']}`,
      })[kind],
    report: (r) => [
      `Server PostgreSQL ${r.serverVersion}, tools ${r.toolsVersion}.`,
      `Dump: ${r.dumpFile} (${bytes(r.dumpBytes)}, pg_dump custom format).`,
      `Restored into ${r.restoredDatabase}: ${r.tables.length} tables, ${rowsOf(r)} rows.`,
      r.countsMatch === null
        ? 'Row counts: not compared (an existing dump has no snapshot to compare with).'
        : r.countsMatch
          ? "Row counts: every table has exactly the rows of the dump's snapshot."
          : `Row counts differ: ${r.tables
              .filter((t) => t.source !== t.restored)
              .map((t) => `${t.table} ${t.source ?? '—'} → ${t.restored}`)
              .join(', ')}.`,
      r.audit.firstBreak
        ? `Audit trail: event ${r.audit.firstBreak.id} (organization ${r.audit.firstBreak.organizationId ?? 'none'}) ${r.audit.firstBreak.reason === 'CONTENT_CHANGED' ? 'was changed after it was written' : 'does not follow the event before it'}.`
        : `Audit trail on the restored copy: ${r.audit.checked} events, every chain intact.`,
      r.migrationsCurrent
        ? 'Schema: at the newest migration of this version of Homeward.'
        : 'Schema: older than this version of Homeward; the API applies the missing migrations when it starts on it.',
      r.kept
        ? `The restored copy is kept: ${r.restoredDatabase}.`
        : 'The restored copy was dropped (--keep keeps it).',
    ],
    trusted: 'The backup restores and verifies.',
    notTrusted: 'The backup does not restore as it should: see above.',
  },
  ES: {
    steps: {
      dump: 'Copiando la base de datos con pg_dump…',
      restore: 'Restaurando la copia en una base de datos nueva con pg_restore…',
      count: 'Contando las filas de cada tabla…',
      verify: 'Recalculando el registro de auditoría en la copia restaurada…',
      clean: 'Eliminando la copia restaurada…',
    },
    problem: ({ kind, params }) =>
      ({
        TOOLS_MISSING: `No se encontró ${params['tool']}. Instala las herramientas cliente de tu PostgreSQL (Debian: postgresql-client) o indica en PG_BIN la carpeta de pg_dump y pg_restore.`,
        TOOLS_TOO_OLD: `pg_dump ${params['tools']} no puede leer PostgreSQL ${params['server']}: necesita herramientas cliente de la versión ${params['needed']} o posterior. Indica su carpeta en PG_BIN (por ejemplo /usr/lib/postgresql/${params['needed']}/bin).`,
        DUMP: `pg_dump se detuvo: ${params['reason']}`,
        RESTORE: `pg_restore se detuvo: ${params['reason']}`,
        CREATE_DATABASE: `No se pudo crear una base de datos nueva donde restaurar (el usuario necesita CREATEDB, o indica en RESTORE_SERVER_URL un servidor donde se pueda): ${params['reason']}`,
      })[kind],
    report: (r) => [
      `Servidor PostgreSQL ${r.serverVersion}, herramientas ${r.toolsVersion}.`,
      `Copia: ${r.dumpFile} (${bytes(r.dumpBytes)}, formato custom de pg_dump).`,
      `Restaurada en ${r.restoredDatabase}: ${r.tables.length} tablas, ${rowsOf(r)} filas.`,
      r.countsMatch === null
        ? 'Filas: no se compararon (una copia ya hecha no trae una instantánea con qué compararla).'
        : r.countsMatch
          ? 'Filas: cada tabla tiene exactamente las filas de la instantánea de la copia.'
          : `Las filas no coinciden: ${r.tables
              .filter((t) => t.source !== t.restored)
              .map((t) => `${t.table} ${t.source ?? '—'} → ${t.restored}`)
              .join(', ')}.`,
      r.audit.firstBreak
        ? `Registro de auditoría: el evento ${r.audit.firstBreak.id} (organización ${r.audit.firstBreak.organizationId ?? 'ninguna'}) ${r.audit.firstBreak.reason === 'CONTENT_CHANGED' ? 'se modificó después de escribirse' : 'no sigue al evento anterior'}.`
        : `Registro de auditoría en la copia restaurada: ${r.audit.checked} eventos, todas las cadenas intactas.`,
      r.migrationsCurrent
        ? 'Esquema: en la migración más reciente de esta versión de Homeward.'
        : 'Esquema: anterior a esta versión de Homeward; la API aplica las migraciones que faltan al arrancar sobre él.',
      r.kept
        ? `La copia restaurada se conserva: ${r.restoredDatabase}.`
        : 'La copia restaurada se eliminó (--keep la conserva).',
    ],
    trusted: 'La copia se restaura y se verifica.',
    notTrusted: 'La copia no se restaura como debería: mira arriba.',
  },
};

function operatorLanguage(env = process.env): Language {
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  return locale.toLowerCase().startsWith('es') ? 'ES' : 'EN';
}

async function main(): Promise<number> {
  const words = WORDS[operatorLanguage()];
  const { values } = parseArgs({
    options: {
      'from-dump': { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean' },
    },
    strict: true,
  });
  const sourceUrl = process.env['DATABASE_URL'];
  if (!sourceUrl)
    throw new Error(
      'DATABASE_URL is required (scripts/backup-check.mjs provides the embedded one).',
    );
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dumpFile = resolve(
    values['from-dump'] ??
      values.out ??
      `${process.env['BACKUP_DIR'] ?? '.data/backups'}/homeward-${stamp}.dump`,
  );
  mkdirSync(dirname(dumpFile), { recursive: true });
  try {
    const report = await checkBackup({
      sourceUrl,
      dumpFile,
      fromDump: values['from-dump'] !== undefined,
      restoreServerUrl: process.env['RESTORE_SERVER_URL'] || undefined,
      pgBin: process.env['PG_BIN'] || undefined,
      keep: values.keep,
      progress: (step) => console.log(words.steps[step]),
    });
    console.log('');
    for (const line of words.report(report)) console.log(`  ${line}`);
    console.log('');
    console.log(report.ok ? words.trusted : words.notTrusted);
    return report.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof BackupCheckProblem) {
      console.error(words.problem(error));
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
