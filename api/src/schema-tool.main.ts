/**
 * Compares the entities with the migrated database.
 *   schema-tool check            exits 1 and prints the SQL when they drift
 *   schema-tool generate <Name>  writes api/src/platform/database/migrations/<time>-<name>.ts
 * DATABASE_URL must point at an empty database; the scripts in scripts/ provide one.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is required');
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (command === 'check') {
      if (sql.upQueries.length === 0) {
        console.log('Entities and migrations agree.');
        return;
      }
      console.error(
        'The entities and the migrations differ. Run `npm run migration:generate -- <Name>`. Missing SQL:',
      );
      for (const query of sql.upQueries) console.error(`  ${query.query};`);
      process.exitCode = 1;
    } else if (command === 'generate' && name) {
      if (sql.upQueries.length === 0) {
        console.log('Nothing to generate: the migrations already match the entities.');
        return;
      }
      const timestamp = Date.now();
      const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
      const lines = (queries: typeof sql.upQueries) =>
        queries.map((q) => `    await queryRunner.query(${JSON.stringify(q.query)});`).join('\n');
      const file = join(
        process.cwd(),
        'api/src/platform/database/migrations',
        `${timestamp}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.ts`,
      );
      writeFileSync(
        file,
        `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${lines(sql.upQueries)}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${lines(sql.downQueries.reverse())}\n  }\n}\n`,
      );
      console.log(`Wrote ${file}; add ${className} to migrations/index.ts.`);
    } else {
      throw new Error('usage: schema-tool check | generate <Name>');
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
