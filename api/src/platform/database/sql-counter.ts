import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/** Counts the SQL statements each HTTP request runs (STYLE: "count SQL statements per GraphQL operation"). */
export const sqlCounts = new AsyncLocalStorage<{ statements: number }>();

/** A TypeORM logger that only counts; it never writes a query or its parameters anywhere. */
export class SqlCounter extends AbstractLogger {
  override logQuery(): void {
    const store = sqlCounts.getStore();
    if (store) store.statements++;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Counting only: nothing about a query reaches the logs.
  }
}
