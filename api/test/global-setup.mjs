// One PostgreSQL for the whole integration run: DATABASE_URL when set (the role needs CREATEDB),
// otherwise a fresh embedded server. Each spec file then makes its own database.
import { startEmbeddedPostgres } from '../../scripts/embedded-postgres.mjs';

export default async function globalSetup() {
  process.env.TZ = 'UTC';
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  const server = await startEmbeddedPostgres({
    dataDir: '.data/test-postgres',
    // TEST_PG_PORT lets two checkouts run their integration tests side by side.
    port: Number(process.env.TEST_PG_PORT ?? 54330),
    fresh: true,
  });
  globalThis.__HOMEWARD_TEST_PG__ = server;
  process.env.TEST_ADMIN_DATABASE_URL = server.url();
}
