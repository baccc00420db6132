import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../src/create-app';
import { BackupCheckProblem, checkBackup } from '../src/ops/backup-check';
import { setUpOrganization } from '../src/ops/organization-setup';
import { loadConfig } from '../src/platform/config/app-config';
import { Mailer } from '../src/platform/mail/mailer.service';
import { seedDemoHome } from '../src/seed/demo-home';
import { seedDemo } from '../src/seed/demo-seed';
import { DataSource } from 'typeorm';
import { startSystemPostgres, SystemPostgres } from './system-postgres';

async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * `npm run backup:check` on a seeded database: the demo program with three weeks of a home and a
 * second program made by org:create, on a real PostgreSQL whose own pg_dump and pg_restore run.
 */
describe('backup check', () => {
  let pg: SystemPostgres;
  let work: string;
  let source: string;

  beforeAll(async () => {
    pg = await startSystemPostgres('.data/backup-check-postgres');
    work = mkdtempSync(join(tmpdir(), 'homeward-backup-'));
    await sql(pg.url(), 'CREATE DATABASE homeward');
    source = pg.url('homeward');
    const app = await createApp({
      config: loadConfig({
        NODE_ENV: 'test',
        DATABASE_URL: source,
        WEB_DIST: 'none',
        JOBS: 'false',
        MAIL_DIR: join(work, 'mail'),
      }),
    });
    await app.init();
    try {
      await app.get(DataSource).runMigrations({ transaction: 'all' });
      await seedDemo(app);
      await app.get(Mailer).withoutMail(() => seedDemoHome(app));
      await setUpOrganization(app, { name: 'Second Program', adminEmail: 'admin@second.example' });
    } finally {
      await app.close();
    }
  }, 120_000);
  afterAll(() => pg?.stop());

  const auditEvents = async (url: string) =>
    Number((await sql<{ n: string }>(url, 'SELECT count(*) AS n FROM audit_event'))[0].n);
  const exists = async (database: string) =>
    (await sql(pg.url(), 'SELECT 1 FROM pg_database WHERE datname = $1', [database])).length > 0;

  it('restores a fresh dump with every row of its snapshot and an intact audit trail, then drops the copy', async () => {
    const dumpFile = join(work, 'fresh.dump');
    const steps: string[] = [];
    const report = await checkBackup({
      sourceUrl: source,
      dumpFile,
      pgBin: pg.bin,
      progress: (step) => steps.push(step),
    });

    expect(steps).toEqual(['dump', 'restore', 'count', 'verify', 'clean']);
    expect(report.ok).toBe(true);
    expect(report.countsMatch).toBe(true);
    expect(report.migrationsCurrent).toBe(true);
    const events = await auditEvents(source);
    expect(events).toBeGreaterThanOrEqual(10);
    expect(report.audit).toEqual({ checked: events, firstBreak: null });
    expect(report.tables).toContainEqual({
      table: 'audit_event',
      source: events,
      restored: events,
    });
    expect(report.tables.find((t) => t.table === 'check_in')?.restored).toBeGreaterThan(10);
    expect(report.tables.find((t) => t.table === 'organization')?.restored).toBe(2);
    expect(statSync(dumpFile).size).toBe(report.dumpBytes);
    expect(report.restoredDatabase).toMatch(/^homeward_restore_check_\d{14}$/);
    expect(await exists(report.restoredDatabase)).toBe(false);
  });

  it('names the first audit event that was changed before the backup was made', async () => {
    await sql(pg.url(), 'CREATE DATABASE tampered TEMPLATE homeward');
    const tampered = pg.url('tampered');
    const [target] = await sql<{ id: string; organization_id: string }>(
      tampered,
      "SELECT id, organization_id FROM audit_event WHERE action = 'invitation.created'",
    );
    // Only a superuser can step around the append-only trigger: what tampering would look like.
    await sql(tampered, 'ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change');
    await sql(tampered, `UPDATE audit_event SET details = '{"role":"COUNSELOR"}' WHERE id = $1`, [
      target.id,
    ]);
    await sql(tampered, 'ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change');

    const report = await checkBackup({
      sourceUrl: tampered,
      dumpFile: join(work, 'tampered.dump'),
      pgBin: pg.bin,
    });
    expect(report.countsMatch).toBe(true);
    expect(report.audit.firstBreak).toEqual({
      id: target.id,
      organizationId: target.organization_id,
      reason: 'CONTENT_CHANGED',
    });
    expect(report.ok).toBe(false);
  });

  it('restores a backup made before (pg_dump as README gives it) and keeps the copy when asked', async () => {
    const kept = join(work, 'nightly.dump');
    execFileSync(join(pg.bin, 'pg_dump'), ['--format=custom', `--file=${kept}`, source]);
    const report = await checkBackup({
      sourceUrl: source,
      dumpFile: kept,
      fromDump: true,
      keep: true,
      pgBin: pg.bin,
    });
    expect(report.ok).toBe(true);
    // No snapshot was held for an old dump: nothing to compare the rows with.
    expect(report.countsMatch).toBeNull();
    expect(report.tables.every((t) => t.source === null)).toBe(true);
    expect(report.kept).toBe(true);
    expect(await auditEvents(pg.url(report.restoredDatabase))).toBe(report.audit.checked);
    await sql(pg.url(), `DROP DATABASE "${report.restoredDatabase}" WITH (FORCE)`);
  });

  it('says which client tools a newer server needs, and where none are found', async () => {
    // Tools that say they are PostgreSQL 9.6's.
    const old = mkdtempSync(join(tmpdir(), 'homeward-old-tools-'));
    for (const tool of ['pg_dump', 'pg_restore']) {
      writeFileSync(join(old, tool), `#!/bin/sh\necho "${tool} (PostgreSQL) 9.6.24"\n`);
      chmodSync(join(old, tool), 0o755);
    }
    const tooOld = await checkBackup({
      sourceUrl: source,
      dumpFile: join(work, 'never.dump'),
      pgBin: old,
    }).catch((error: unknown) => error);
    expect(tooOld).toBeInstanceOf(BackupCheckProblem);
    expect(tooOld).toMatchObject({
      kind: 'TOOLS_TOO_OLD',
      params: { tools: '9.6.24', needed: String(pg.version) },
    });

    const missing = await checkBackup({
      sourceUrl: source,
      dumpFile: join(work, 'never.dump'),
      pgBin: join(work, 'no-such-folder'),
    }).catch((error: unknown) => error);
    expect(missing).toMatchObject({ kind: 'TOOLS_MISSING' });
    expect(existsSync(join(work, 'never.dump'))).toBe(false);
  });
});
