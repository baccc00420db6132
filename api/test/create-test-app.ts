import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/platform/config/app-config';
import { createApp } from '../src/create-app';
import { TestClock } from './test-clock';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface GqlOptions {
  cookie?: string;
  ip?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  app: NestFastifyApplication;
  dataSource: DataSource;
  clock: TestClock;
  databaseUrl: string;
  /** Listens on a free local port (for sockets) and answers its address, `http://127.0.0.1:<port>`. */
  listen(): Promise<string>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<GqlResult<T>>;
  /** Raw POST to /graphql, for batching and CSRF checks. */
  post(
    body: string,
    headers?: Record<string, string>,
  ): Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>;
  /** Signs in and returns the session cookie to pass as `cookie`. */
  login(email: string, password: string, ip?: string): Promise<string>;
  count(table: string): Promise<number>;
  /** How many SQL statements the request ran (the x-sql-statements header). */
  statements(
    query: string,
    variables?: Record<string, unknown>,
    options?: GqlOptions,
  ): Promise<number>;
  close(): Promise<void>;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env['TEST_ADMIN_DATABASE_URL'] });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestAppOptions {
  /** More settings, e.g. `SMTP_URL` of a mail sink, or `JOBS: 'true'` to run the schedules. */
  env?: Record<string, string>;
  /** A second instance on this one's database and clock: it neither migrates nor drops it. */
  sameDatabaseAs?: TestApp;
}

/** Boots the real AppModule on its own fresh, migrated database. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const adminUrl = process.env['TEST_ADMIN_DATABASE_URL'];
  if (!adminUrl)
    throw new Error('TEST_ADMIN_DATABASE_URL is missing: run through jest.integration.config.ts');
  const first = options.sameDatabaseAs;
  const url = new URL(first?.databaseUrl ?? adminUrl);
  const name = first ? url.pathname.slice(1) : `homeward_test_${randomBytes(6).toString('hex')}`;
  if (!first) await adminQuery(`CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;

  const clock = first?.clock ?? new TestClock();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    WEB_DIST: 'none',
    EXPOSE_SQL_COUNT: 'true',
    // Schedules run when a test moves the clock and calls them, not on the minute.
    JOBS: 'false',
    // Mail goes to a test's sink, or nowhere near the working tree.
    MAIL_DIR: join(tmpdir(), name, 'mail'),
    ...options.env,
  });
  const app = await createApp({ config, clock, schemaFile: process.env['GRAPHQL_SCHEMA_FILE'] });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const dataSource = app.get(DataSource);
  if (!first) await dataSource.runMigrations({ transaction: 'all' });

  const post: TestApp['post'] = async (body, headers = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: body,
      headers: { 'content-type': 'application/json', ...headers },
    });
    return { statusCode: response.statusCode, body: response.body, headers: response.headers };
  };

  const gql: TestApp['gql'] = async (query, variables, options = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: options.ip ?? '203.0.113.10',
      payload: { query, variables },
      headers: {
        'content-type': 'application/json',
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
    });
    return JSON.parse(response.body);
  };

  const login: TestApp['login'] = async (email, password, ip) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      remoteAddress: ip ?? '203.0.113.10',
      payload: {
        query: 'mutation($input: LoginInput!) { login(input: $input) { id } }',
        variables: { input: { email, password } },
      },
      headers: { 'content-type': 'application/json' },
    });
    const setCookie = response.headers['set-cookie'];
    const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0];
    if (!cookie) throw new Error(`login failed for ${email}: ${response.body}`);
    return cookie;
  };

  const statements: TestApp['statements'] = async (query, variables, options = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query, variables },
      headers: {
        'content-type': 'application/json',
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
    });
    const body = JSON.parse(response.body) as GqlResult;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return Number(response.headers['x-sql-statements']);
  };

  const count: TestApp['count'] = async (table) => {
    const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`)) as {
      n: number;
    }[];
    return row.n;
  };

  return {
    app,
    dataSource,
    clock,
    databaseUrl: url.toString(),
    listen: async () => {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.getHttpServer().address() as AddressInfo;
      return `http://127.0.0.1:${address.port}`;
    },
    gql,
    post,
    login,
    count,
    statements,
    close: async () => {
      await app.close();
      if (!first) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** Every error code in a result, in order. */
export function codes(result: GqlResult): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}
