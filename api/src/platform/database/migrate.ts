import { DataSource, Migration } from 'typeorm';

const LOCK = 'homeward:migrations';

/**
 * Applies the pending migrations, all in one transaction, once however many instances start at
 * the same moment: each waits for a session lock before looking, so the first applies them and
 * the others find none left (TypeORM itself takes no lock, and two runners would collide).
 */
export async function migrate(dataSource: DataSource): Promise<Migration[]> {
  const holder = dataSource.createQueryRunner();
  await holder.connect();
  try {
    await holder.query('SELECT pg_advisory_lock(hashtext($1))', [LOCK]);
    try {
      return await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await holder.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK]);
    }
  } finally {
    await holder.release();
  }
}
