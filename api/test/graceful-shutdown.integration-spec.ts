import http from 'node:http';
import net from 'node:net';
import { Client } from 'pg';
import { shutDown } from '../src/platform/lifecycle/graceful-shutdown';
import { ServerLifecycle } from '../src/platform/lifecycle/server-lifecycle';
import { createTestApp, TestApp } from './create-test-app';
import { createHome, Home } from './home';
import { Answer, errorCodes, send } from './http-load';
import { subscribeLive } from './live-client';

const CHECK_IN = 'mutation($i: PatientCheckInInput!) { submitCheckIn(input: $i) { id } }';
/** Steady clients at once, as a load balancer's keep-alive pool would hold them. */
const WORKERS = 6;
/** Requests served before SIGTERM comes. */
const WARM_UP = 60;
/**
 * The instance serves this long after SIGTERM while unready. Only an upper bound here: the
 * test's balancer notices readiness turning within one probe, and nothing waits for the grace.
 */
const GRACE_MS = 3_000;

/** Resolves when `check` holds, asking again after each answer: a wait on an event, not a time. */
async function until(check: () => Promise<boolean>, what: string, guardMs = 10_000) {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > guardMs) throw new Error(`${what} did not happen`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * SIGTERM under load (issue 14): the instance reports unready first, serves on through a grace
 * period while the load balancer moves away, then stops accepting, closes keep-alive connections
 * politely, finishes the request in flight, closes live sockets with "going away", stops the
 * pool and exits 0 — and no client sees a reset or a failed request.
 */
describe('stopping under load', () => {
  let t: TestApp;
  let home: Home;
  let held: Home;

  beforeAll(async () => {
    // The schedules run, as in production: pg-boss is among what stops.
    t = await createTestApp({ env: { JOBS: 'true' } });
    home = await createHome(t);
    held = await createHome(t, 'Held Program');
  });

  // The shutdown closed the app already: only its database is left to drop.
  afterAll(async () => {
    if (t.dataSource.isInitialized) return t.close();
    const admin = new Client({ connectionString: process.env['TEST_ADMIN_DATABASE_URL'] });
    await admin.connect();
    await admin.query(
      `DROP DATABASE IF EXISTS "${new URL(t.databaseUrl).pathname.slice(1)}" WITH (FORCE)`,
    );
    await admin.end();
  });

  it('drains on SIGTERM: unready first, no reset and no failed request, in-flight work finished, exit 0', async () => {
    const base = await t.listen();
    const port = Number(new URL(base).port);
    const events: string[] = [];
    t.app.get(ServerLifecycle).watch((phase) => events.push(`instance ${phase}`));

    const live = await subscribeLive(base, home.cookie.mother);
    expect(live.acknowledged).toBe(true);

    // The load balancer: sends while the instance is ready, stops when its probe says otherwise.
    let routing = true;
    const balancer = new http.Agent({ keepAlive: true, maxSockets: WORKERS });
    const served: Answer[] = [];
    const failed: string[] = [];
    let warmedUp: () => void = () => undefined;
    const warm = new Promise<void>((resolve) => (warmedUp = resolve));
    const worker = async (n: number) => {
      for (let i = 0; routing; i++) {
        const write = i % 2 === 0;
        try {
          const answer = await send(balancer, `${base}/graphql`, {
            body: write
              ? {
                  query: CHECK_IN,
                  variables: {
                    i: {
                      planId: home.planId,
                      idempotencyKey: `drain-${n}-${i}`,
                      mood: 3,
                      craving: 1,
                      attendedMeeting: true,
                    },
                  },
                }
              : { query: '{ me { id } }' },
            headers: { cookie: write ? home.cookie.patient : home.cookie.counselor },
          });
          if (answer.status !== 200 || errorCodes(answer).length > 0)
            failed.push(`${answer.status} ${answer.body}`);
          else served.push(answer);
          if (served.length >= WARM_UP) warmedUp();
        } catch (error) {
          failed.push(`${(error as NodeJS.ErrnoException).code ?? String(error)}`);
        }
      }
    };
    const workers = Array.from({ length: WORKERS }, (_, n) => worker(n));
    const probe = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const watching = (async () => {
      while (routing) {
        const ready = await send(probe, `${base}/health/ready`);
        if (ready.status === 503) {
          routing = false;
          events.push('balancer saw unready');
        }
      }
    })();
    await warm;

    // A request in flight across the close: its plan's row is held by another transaction.
    const locker = new Client({ connectionString: t.databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM plan WHERE id = $1 FOR UPDATE', [held.planId]);
    const slowAgent = new http.Agent({ keepAlive: true });
    const slow = send(slowAgent, `${base}/graphql`, {
      body: {
        query: CHECK_IN,
        variables: {
          i: {
            planId: held.planId,
            idempotencyKey: 'in-flight-across-the-close',
            mood: 4,
            craving: 0,
            attendedMeeting: true,
          },
        },
      },
      headers: { cookie: held.cookie.patient },
    });
    await until(async () => {
      const { rows } = await locker.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      return rows[0].n > 0;
    }, 'the slow request waiting on the lock');

    let exited: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (exited = resolve));
    const closing = new Promise<void>((resolve) =>
      t.app.get(ServerLifecycle).watch((phase) => phase === 'closing' && resolve()),
    );
    void shutDown(t.app, 'SIGTERM', { graceMs: GRACE_MS, timeoutMs: 30_000, exit: exited });

    await watching;
    // A request the balancer had already sent when it noticed: still served, but not kept alive.
    const late = await send(balancer, `${base}/graphql`, {
      body: { query: '{ me { id } }' },
      headers: { cookie: home.cookie.counselor },
    });
    expect(late.status).toBe(200);
    expect(late.headers['connection']).toBe('close');
    await Promise.all(workers);

    await closing;
    events.push('listener closed');
    // No new connections once closed; the request in flight is still being served.
    await expect(
      new Promise((resolve, reject) =>
        net.connect(port, '127.0.0.1').on('connect', resolve).on('error', reject),
      ),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect((await live.closed).code).toBe(1001);

    await locker.query('COMMIT');
    await locker.end();
    const finished = await slow;
    expect(finished.status).toBe(200);
    expect(errorCodes(finished)).toEqual([]);
    expect(finished.headers['connection']).toBe('close');

    expect(await exitCode).toBe(0);
    expect(t.dataSource.isInitialized).toBe(false);
    expect(failed).toEqual([]);
    expect(served.length).toBeGreaterThanOrEqual(WARM_UP);
    expect(events).toEqual([
      'instance draining',
      'balancer saw unready',
      'instance closing',
      'listener closed',
      'instance stopped',
    ]);
  }, 60_000);
});
