import { Client } from 'pg';

/**
 * The SQL of the backup check (STYLE 31): whole databases on a server, reached with plain `pg`
 * connections of their own (no application pool: the check runs beside a live API).
 */
export class DatabasesRepository {
  async serverVersion(url: string): Promise<string> {
    return this.with(url, async (client) => {
      const { rows } = await client.query<{ v: string }>(
        "SELECT current_setting('server_version') AS v",
      );
      return rows[0].v.split(' ')[0];
    });
  }

  /**
   * Holds a read-only snapshot open and exports it (for `pg_dump --snapshot`) while `work`
   * runs; `counts` counts every table's rows in that same snapshot.
   */
  async inSnapshot<T>(
    url: string,
    work: (snapshot: string, counts: () => Promise<Map<string, number>>) => Promise<T>,
  ): Promise<T> {
    return this.with(url, async (client) => {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
      const result = await work(rows[0].id, () => this.countsWith(client));
      await client.query('COMMIT');
      return result;
    });
  }

  /** Every table of the application's schemas (not PostgreSQL's own), and its rows. */
  counts(url: string): Promise<Map<string, number>> {
    return this.with(url, (client) => this.countsWith(client));
  }

  async create(serverUrl: string, name: string): Promise<void> {
    await this.with(serverUrl, (client) =>
      client.query(`CREATE DATABASE "${name}" TEMPLATE template0`),
    );
  }

  async drop(serverUrl: string, name: string): Promise<void> {
    await this.with(serverUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    );
  }

  private async countsWith(client: Client): Promise<Map<string, number>> {
    const { rows: tables } = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 1, 2`,
    );
    const counts = new Map<string, number>();
    for (const { schema, name } of tables) {
      const quoted = `"${schema.replace(/"/g, '""')}"."${name.replace(/"/g, '""')}"`;
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoted}`);
      counts.set(schema === 'public' ? name : `${schema}.${name}`, Number(rows[0].n));
    }
    return counts;
  }

  private async with<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
}
