import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/data-source';
import { migrate } from '../src/platform/database/migrate';
import { MIGRATIONS } from '../src/platform/database/migrations/index';

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env['TEST_ADMIN_DATABASE_URL'] });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('migrations at start-up', () => {
  const name = `homeward_migrate_${randomBytes(6).toString('hex')}`;
  const url = new URL(process.env['TEST_ADMIN_DATABASE_URL'] as string);
  url.pathname = `/${name}`;
  let instances: DataSource[] = [];

  beforeEach(async () => {
    await admin(`CREATE DATABASE "${name}"`);
    instances = await Promise.all(
      [1, 2, 3].map(() => new DataSource(dataSourceOptions(url.toString())).initialize()),
    );
  });
  afterEach(async () => {
    await Promise.all(instances.map((d) => d.destroy()));
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('are applied once when three instances start on an empty database at the same moment', async () => {
    const applied = await Promise.all(instances.map((d) => migrate(d)));
    expect(applied.map((list) => list.length).sort((a, b) => b - a)).toEqual([
      MIGRATIONS.length,
      0,
      0,
    ]);
    const rows: { n: number }[] = await instances[0].query(
      'SELECT count(*)::int AS n FROM migration',
    );
    expect(rows[0].n).toBe(MIGRATIONS.length);
    expect(await instances[1].showMigrations()).toBe(false);
  });
});
