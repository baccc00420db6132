import { describeReason } from '@homeward/domain';
import http from 'node:http';
import PgBoss from 'pg-boss';
import { RemindersService } from '../src/reaching/notifications/reminders.service';
import { createTestApp, TestApp } from './create-test-app';
import { createHome, Home } from './home';
import { Answer, send } from './http-load';

const CHECK_IN = 'mutation($i: PatientCheckInInput!) { submitCheckIn(input: $i) { id } }';
const WRITERS = 4;
/** Writes acknowledged before the database goes away, and answers heard while it is away. */
const BEFORE = 20;
const WHILE_AWAY = 20;

interface EmbeddedServer {
  url: (database?: string) => string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
}

/** This spec's own PostgreSQL (it is stopped mid-test), beside the run's shared one. */
const PORT = Number(process.env['TEST_PG_PORT'] ?? 54330) + 6;

type Heard =
  | { kind: 'acknowledged'; id: string; at: number }
  | { kind: 'unavailable'; answer: Answer; at: number }
  | { kind: 'other'; detail: string; at: number };

/**
 * PostgreSQL restarted under write load (issue 14): while it is away every request hears a
 * retryable SERVICE_UNAVAILABLE (HTTP 503, Retry-After) in kind words, never an internal error;
 * the API serves again within 10 s of its return, pg-boss takes jobs again, and every write the
 * API acknowledged is in the database afterwards.
 */
describe('the database restarting under write load', () => {
  let server: EmbeddedServer;
  let t: TestApp;
  let home: Home;
  /** The writers loop while this is true; afterAll ends them whatever happened in the test. */
  let writing = false;

  beforeAll(async () => {
    // The scripts' helper (plain .mjs, untyped): the same server the test run itself uses.
    const helper = '../../scripts/embedded-postgres.mjs';
    const { startEmbeddedPostgres } = (await import(helper)) as {
      startEmbeddedPostgres: (options: object) => Promise<EmbeddedServer>;
    };
    server = await startEmbeddedPostgres({
      dataDir: `.data/test-postgres-restart-${PORT}`,
      port: PORT,
      fresh: true,
    });
    const shared = process.env['TEST_ADMIN_DATABASE_URL'];
    process.env['TEST_ADMIN_DATABASE_URL'] = server.url();
    try {
      // The schedules run, as in production: pg-boss must outlive the restart too.
      t = await createTestApp({ env: { JOBS: 'true' } });
    } finally {
      process.env['TEST_ADMIN_DATABASE_URL'] = shared;
    }
    home = await createHome(t);
  }, 120_000);

  afterAll(async () => {
    writing = false;
    await t?.close();
    await server?.stop();
  });

  it('answers SERVICE_UNAVAILABLE while it is away, serves again within 10 s, and loses no acknowledged write', async () => {
    const base = await t.listen();
    const agent = new http.Agent({ keepAlive: true, maxSockets: WRITERS + 2 });
    const heard: Heard[] = [];
    const waiting: { check: () => boolean; resolve: () => void }[] = [];
    const hear = (item: Heard) => {
      heard.push(item);
      for (const wait of [...waiting])
        if (wait.check()) {
          waiting.splice(waiting.indexOf(wait), 1);
          wait.resolve();
        }
    };
    /**
     * Resolves once what the writers heard satisfies `check` (checked at every answer); fails,
     * saying what was heard, if it has not within 30 s, so a stuck run ends instead of hanging.
     */
    const when = (what: string, check: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        if (check()) return resolve();
        const timer = setTimeout(() => {
          const heardSoFar = heard.map((item) => item.kind).join(', ');
          reject(new Error(`Still waiting for ${what}; heard: ${heardSoFar}`));
        }, 30_000);
        waiting.push({
          check,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    const count = (kind: Heard['kind'], since = 0) =>
      heard.filter((item) => item.kind === kind && item.at >= since).length;

    writing = true;
    const writer = async (n: number) => {
      for (let i = 0; writing; i++) {
        try {
          const answer = await send(agent, `${base}/graphql`, {
            body: {
              query: CHECK_IN,
              variables: {
                i: {
                  planId: home.planId,
                  idempotencyKey: `restart-${n}-${i}`,
                  mood: 3,
                  craving: 1,
                  attendedMeeting: true,
                },
              },
            },
            headers: { cookie: home.cookie.patient },
          });
          const body = JSON.parse(answer.body) as {
            data?: { submitCheckIn?: { id: string } } | null;
            errors?: { extensions?: { code?: string } }[];
          };
          const id = body.data?.submitCheckIn?.id;
          if (answer.status === 200 && id) hear({ kind: 'acknowledged', id, at: Date.now() });
          else if (body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE')
            hear({ kind: 'unavailable', answer, at: Date.now() });
          else hear({ kind: 'other', detail: `${answer.status} ${answer.body}`, at: Date.now() });
        } catch (error) {
          hear({ kind: 'other', detail: String(error), at: Date.now() });
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, n) => writer(n));

    await when('writes before', () => count('acknowledged') >= BEFORE);
    await server.stop();
    const away = Date.now();
    await when('refusals while away', () => count('unavailable', away) >= WHILE_AWAY);

    const ready = await send(agent, `${base}/health/ready`);
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ status: 'unready', reason: 'database' });
    expect((await send(agent, `${base}/health/live`)).status).toBe(200);

    await server.start();
    const back = Date.now();
    await when('writes after', () => count('acknowledged', back) >= 5);
    const servedAgainMs =
      (heard.find((item) => item.kind === 'acknowledged' && item.at >= back)?.at ?? Infinity) -
      back;
    writing = false;
    await Promise.all(writers);

    // Serving again within 10 s of the database's return, readiness included.
    expect(servedAgainMs).toBeLessThan(10_000);
    expect((await send(agent, `${base}/health/ready`)).status).toBe(200);

    // Every answer was a write or a retryable refusal, in kind words, as HTTP 503 with Retry-After.
    expect(heard.filter((item) => item.kind === 'other')).toEqual([]);
    const unavailable = heard.flatMap((item) => (item.kind === 'unavailable' ? [item.answer] : []));
    expect(unavailable.length).toBeGreaterThanOrEqual(WHILE_AWAY);
    for (const answer of unavailable) {
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBe('5');
      const [error] = JSON.parse(answer.body).errors;
      expect(error.message).toBe(describeReason('BACK_IN_A_MOMENT', {}, 'EN'));
      expect(error.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'BACK_IN_A_MOMENT',
        retryAfterSeconds: 5,
      });
    }

    // No acknowledged write was lost.
    const acknowledged = heard.flatMap((item) => (item.kind === 'acknowledged' ? [item.id] : []));
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM check_in WHERE id = ANY($1::uuid[])',
      [acknowledged],
    );
    expect(n).toBe(acknowledged.length);

    // pg-boss takes jobs again: one sweep sent now is run by this instance's worker.
    const swept = new Promise<void>((resolve) =>
      jest.spyOn(t.app.get(RemindersService), 'sweep').mockImplementation(async () => resolve()),
    );
    const boss = new PgBoss({ connectionString: t.databaseUrl, supervise: false, schedule: false });
    await boss.start();
    try {
      expect(await boss.send('reminders.sweep', {})).toEqual(expect.any(String));
      await swept;
    } finally {
      await boss.stop({ graceful: false });
    }
  }, 90_000);
});
