import { DataSourceOptions, Logger } from 'typeorm';
import { SqlCounter } from './platform/database/sql-counter';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './platform/database/migrations/index';

/** The one TypeORM configuration: migrations only, never `synchronize`. */
export function dataSourceOptions(
  url: string,
  logger: Logger = new SqlCounter(),
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    uuidExtension: 'pgcrypto',
    synchronize: false,
    migrationsRun: false,
    logger,
    logging: ['query'],
    extra: {
      max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10),
      // An unreachable database answers SERVICE_UNAVAILABLE within 5 s instead of holding requests.
      connectionTimeoutMillis: 5_000,
    },
  };
}
