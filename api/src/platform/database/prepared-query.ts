import { EntityManager } from 'typeorm';

/**
 * Runs a statement as a named prepared statement: PostgreSQL parses it once per pooled
 * connection and, once it has seen it a few times, may keep one plan for it, where
 * `manager.query` has every run parsed and planned anew. For the hottest reads (the caseload,
 * whose planning cost as much as a third of its run). `name` must always stand for the same text.
 *
 * TypeORM hands the query on to `pg` untouched, which takes a `{ name, text, values }` config:
 * the statement is still counted, logged and its errors wrapped as every other one.
 */
export function preparedQuery<T>(
  manager: EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  return manager.query({ name, text, values } as unknown as string);
}
