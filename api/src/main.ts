import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { migrate } from './platform/database/migrate';
import { onUnhandledRejection } from './platform/database/database-away';
import { ConfigError, loadConfig } from './platform/config/app-config';
import { createApp } from './create-app';
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_SEVERAL_PLACES, seedDemo } from './seed/demo-seed';
import { seedDemoHome } from './seed/demo-home';
import { DEMO_HOUSEHOLD_PEOPLE } from './seed/demo-caseload';
import { Mailer } from './platform/mail/mailer.service';
import { shutDownOnSignals } from './platform/lifecycle/graceful-shutdown';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  // A database restart must not end the instance through background work it cut (README "Holding up").
  process.on('unhandledRejection', (reason) =>
    onUnhandledRejection(reason, (message) => Logger.warn(message, 'Database')),
  );
  const app = await createApp({ config, schemaFile: process.env['GRAPHQL_SCHEMA_FILE'] });
  // Start-up hooks first: the demo's changes take the same road, with its followers and listeners.
  await app.init();

  const dataSource = app.get(DataSource);
  const applied = await migrate(dataSource);
  if (applied.length) Logger.log(`Applied ${applied.length} migration(s)`, 'Database');
  if (config.seedDemo) {
    const seeded = await seedDemo(app);
    // The demo home's three weeks are history, not news: nobody is mailed about them.
    if (seeded && config.SEED_DEMO_HOME) await app.get(Mailer).withoutMail(() => seedDemoHome(app));
  }

  await app.listen({ port: config.PORT, host: config.HOST });
  // SIGTERM drains before it stops (README "Stopping"); Nest's own hooks would close at once.
  shutDownOnSignals(app, config);
  const url = config.publicUrl;
  Logger.log(`Homeward is ready at ${url}  (GraphQL at ${url}/graphql)`, 'Homeward');
  if (config.seedDemo) {
    console.log(`Demo logins (password "${DEMO_PASSWORD}"):`);
    for (const person of DEMO_PEOPLE) console.log(`  ${person.role.padEnd(9)} ${person.email}`);
    for (const person of DEMO_SEVERAL_PLACES) {
      console.log(`  ${person.roles.join(' + ')} ${person.email} (chooses where she is)`);
    }
    if (config.SEED_DEMO_HOME) {
      console.log(
        `  …and the ${DEMO_HOUSEHOLD_PEOPLE.length} people of Casey's other households (README, "Demo logins")`,
      );
    }
    if (config.requireStaffMfa) {
      console.log('Staff sign in with a code too: `npm run totp -- <email>` prints it (README).');
    }
  }
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
