import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from './platform/config/app-config';
import { createApp } from './create-app';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from './seed/demo-seed';
import { seedDemoHome } from './seed/demo-home';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApp({ config, schemaFile: process.env['GRAPHQL_SCHEMA_FILE'] });
  app.enableShutdownHooks();

  const dataSource = app.get(DataSource);
  const applied = await dataSource.runMigrations({ transaction: 'all' });
  if (applied.length) Logger.log(`Applied ${applied.length} migration(s)`, 'Database');
  if (config.seedDemo) {
    const seeded = await seedDemo(app);
    if (seeded && config.SEED_DEMO_HOME) await seedDemoHome(app);
  }

  await app.listen({ port: config.PORT, host: config.HOST });
  const url = config.publicUrl;
  console.log(`\nHomeward is ready at ${url}  (GraphQL at ${url}/graphql)`);
  if (config.seedDemo) {
    console.log(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const person of DEMO_PEOPLE) console.log(`  ${person.role.padEnd(9)} ${person.email}`);
  }
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
