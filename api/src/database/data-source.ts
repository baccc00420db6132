import { DataSourceOptions, Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one TypeORM configuration: migrations only, never `synchronize`. */
export function dataSourceOptions(url: string, logger?: Logger): DataSourceOptions {
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
    logging: Boolean(logger),
    extra: { max: 10 },
  };
}
