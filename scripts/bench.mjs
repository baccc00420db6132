// npm run bench: the caseload dashboard under load, at 10,000 plans and at 100 plans, and the
// time a change on one API instance takes to reach a live subscriber on a second one.
// Seeds each organization into its own database (an embedded PostgreSQL of its own, or
// BENCH_DATABASE_URL's server), runs the built API against it, and prints a table of figures
// next to their targets. Traffic stays on this machine; every loop is bounded in count and time.
// The same page is also served by a plain node:http + pg server running the same SQL
// (scripts/bench-raw-server.mjs), loaded the same way, to show what the API's layers cost.
// Ports: BENCH_PORT (the API; the second instance takes the next one), BENCH_RAW_PORT,
// BENCH_PG_PORT (the embedded PostgreSQL). BENCH_PROFILE=<folder>: the API under load runs with
// `node --cpu-prof` and writes its profile there when the scenario ends.
import argon2 from 'argon2';
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import WebSocket from 'ws';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const RAW_PORT = Number(process.env.BENCH_RAW_PORT ?? PORT + 2);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 54334);
const PROFILE_DIR = process.env.BENCH_PROFILE;
/** Both servers hash the session cookie with it. */
const SESSION_SECRET = 'bench session secret that is long enough to be accepted';
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const RAW_SAMPLES = 300;
const PASSWORD = 'bench password that is long enough';
const SCENARIOS = [
  { label: '10,000 plans', database: 'bench_large', plans: 10_000, counselors: 50 },
  { label: '100 plans', database: 'bench_small', plans: 100, counselors: 1 },
];
const CASELOAD = (first) =>
  `{ caseload(first: ${first}) { nodes { planId patientName status currentPhaseName daysInPhase lastActivityAt waitingCount flags lastCheckInAt
     attention { flag memberId memberName recordId at } } pageInfo { hasNextPage endCursor } } }`;
const CHECK_IN_DAYS = 90;
/** Changes made on instance A, each timed until its live update reaches a subscriber on instance B. */
const LIVE_CHANGES = 200;
const LIVE_GUARD_MS = 10_000;

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
if (run('nx', ['run', 'api:build', '--outputStyle=static']) !== 0) process.exit(1);

let server = null;
let adminUrl = process.env.BENCH_DATABASE_URL;
if (!adminUrl) {
  server = await startEmbeddedPostgres({
    dataDir: '.data/bench-postgres',
    port: PG_PORT,
    fresh: true,
  });
  adminUrl = server.url();
}
const urlFor = (database) => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
};

async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Starts a node script on a database and resolves once it prints `ready`. */
function startServer(args, env, ready, what) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, SESSION_SECRET, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const timer = setTimeout(() => reject(new Error(`${what} did not start within 60 s`)), 60_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes(ready)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`${what} exited with ${code}`)));
  });
}

/** Starts the built API on a database and resolves once it listens (it migrates on start-up). */
function startApi(databaseUrl, port = PORT, { profile = false } = {}) {
  // A profiled API leaves on SIGUSR2 through process.exit, so that --cpu-prof writes its file.
  const profiling =
    profile && PROFILE_DIR
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${PROFILE_DIR}`,
          '--import',
          'data:text/javascript,process.once("SIGUSR2",()=>process.exit(0))',
        ]
      : [];
  const env = {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    SEED_DEMO: 'false',
    EXPOSE_SQL_COUNT: 'true',
    NODE_ENV: 'development',
  };
  return startServer([...profiling, 'dist/api/main.js'], env, 'Homeward is ready', 'the API');
}

// It imports the read model's SQL from its TypeScript file (Node strips the types).
const RAW_ARGS = ['--disable-warning=MODULE_TYPELESS_PACKAGE_JSON', 'scripts/bench-raw-server.mjs'];

/** The plain node:http + pg server with the same SQL. */
function startRawServer(databaseUrl) {
  const env = { DATABASE_URL: databaseUrl, PORT: String(RAW_PORT) };
  return startServer(RAW_ARGS, env, 'ready', 'the raw server');
}

async function stop(child, signal = 'SIGTERM') {
  child.removeAllListeners('exit');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

async function seed(client, { plans, counselors }) {
  const hash = await argon2.hash(PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19456,
    timeCost: 2,
    parallelism: 1,
  });
  await client.query('BEGIN');
  const {
    rows: [org],
  } = await client.query(`INSERT INTO organization (name) VALUES ('Bench Program') RETURNING id`);
  const {
    rows: [template],
  } = await client.query(
    `INSERT INTO plan_template (organization_id, version, phases) VALUES ($1, 1, '[]') RETURNING id`,
    [org.id],
  );
  const people = async (kind, role, count) => {
    await client.query(
      `INSERT INTO app_user (email, display_name, password_hash)
       SELECT '${kind}' || g || '@bench.example', initcap('${kind}') || ' ' || g, $1 FROM generate_series(1, $2) g`,
      [hash, count],
    );
    await client.query(
      `INSERT INTO membership (organization_id, user_id, role, created_at)
       SELECT $1, id, '${role}', now() FROM app_user WHERE email LIKE '${kind}%@bench.example'`,
      [org.id],
    );
  };
  await people('counselor', 'COUNSELOR', counselors);
  await people('patient', 'PATIENT', plans);
  await people('family', 'FAMILY', plans * 2);
  const number = (alias) => `substring(${alias}.email from '[0-9]+')::int`;
  // Plan n belongs to patient n and counselor ((n - 1) mod counselors) + 1; every 17th is paused.
  await client.query(
    `INSERT INTO plan (organization_id, patient_membership_id, primary_counselor_id, template_id, status, created_at, last_activity_at)
     SELECT $1, pm.id, cm.id, $2, CASE WHEN ${number('pu')} % 17 = 0 THEN 'PAUSED' ELSE 'ACTIVE' END::plan_status,
            now() - make_interval(mins => ${number('pu')}), now() - make_interval(hours => ${number('pu')} % 72)
       FROM membership pm JOIN app_user pu ON pu.id = pm.user_id AND pu.email LIKE 'patient%'
       JOIN app_user cu ON cu.email = 'counselor' || ((${number('pu')} - 1) % $3 + 1) || '@bench.example'
       JOIN membership cm ON cm.user_id = cu.id`,
    [org.id, template.id, counselors],
  );
  await client.query(
    `INSERT INTO plan_phase (plan_id, position, name, description, contact_types, status, started_at)
     SELECT p.id, ph.position, ph.name, '', ARRAY['PHONE'],
            (CASE WHEN ph.position < 1 + (extract(epoch FROM p.created_at)::bigint % 4) THEN 'DONE'
                  WHEN ph.position = 1 + (extract(epoch FROM p.created_at)::bigint % 4) THEN 'CURRENT' ELSE 'LOCKED' END)::phase_status,
            p.created_at
       FROM plan p CROSS JOIN (VALUES (1, 'Reconnect'), (2, 'Supervised visits'), (3, 'Day passes'), (4, 'Overnight'),
                                      (5, 'Weekends'), (6, 'Homecoming'), (7, 'Aftercare')) AS ph(position, name)`,
  );
  await client.query(
    `INSERT INTO plan_member (plan_id, membership_id, kind, display_name, status, added_at)
     SELECT p.id, p.patient_membership_id, 'PATIENT', 'Patient', 'ACTIVE', p.created_at FROM plan p`,
  );
  // Two family members per plan: patient n has family 2n-1 (on the plan) and 2n (every 5th still awaiting the patient).
  await client.query(
    `INSERT INTO plan_member (plan_id, membership_id, kind, relationship, display_name, email, status, added_at)
     SELECT p.id, fm.id, 'FAMILY', 'PARENT', fu.display_name, fu.email,
            (CASE WHEN ${number('fu')} % 2 = 0 AND ${number('fu')} % 10 = 0 THEN 'AWAITING_PATIENT' ELSE 'ACTIVE' END)::member_status, p.created_at
       FROM plan p JOIN membership pm ON pm.id = p.patient_membership_id JOIN app_user pu ON pu.id = pm.user_id
       JOIN app_user fu ON fu.email IN ('family' || (2 * ${number('pu')} - 1) || '@bench.example', 'family' || (2 * ${number('pu')}) || '@bench.example')
       JOIN membership fm ON fm.user_id = fu.id`,
  );
  // A consent for each active family member; about one in ten runs out within two weeks.
  await client.query(
    `INSERT INTO consent (plan_id, recipient_member_id, patient_name, program_name, recipient_name, categories, purpose,
                          revocation_terms, expires_at, signature, signed_at)
     SELECT m.plan_id, m.id, 'Patient', 'Bench Program', m.display_name, ARRAY['PROGRESS'], 'To support my return home',
            'Revocable at any time', now() + make_interval(days => 3 + (abs(hashtext(m.id::text)) % 120)), 'Patient', now() - interval '1 day'
       FROM plan_member m WHERE m.kind = 'FAMILY' AND m.status = 'ACTIVE'`,
  );
  // 90 days of the patient's check-ins per plan (about one day in seven missed), a craving of 8 or
  // more now and then, and some patients quiet for the last few days: what the attention flags read.
  await client.query(
    `INSERT INTO check_in (plan_id, member_id, day, mood, craving, attended_meeting, stress, wants_support, idempotency_key, created_at)
     SELECT m.plan_id, m.id, current_date - d, 1 + (abs(hashtext(m.id::text || d)) % 5), abs(hashtext(d || m.id::text)) % 10,
            d % 3 = 0, NULL, NULL, 'bench-' || d, (current_date - d) + time '20:00'
       FROM plan_member m CROSS JOIN generate_series(0, ${CHECK_IN_DAYS - 1}) d
      WHERE m.kind = 'PATIENT' AND abs(hashtext(m.id::text || 'skip' || d)) % 7 <> 0
        AND NOT (d < 4 AND abs(hashtext(m.id::text)) % 8 = 0)`,
  );
  // Written straight in, so the caseload's summary of the check-ins is computed here, as the
  // migration does for existing plans (8: the domain's HIGH_CRAVING).
  await client.query('SELECT refresh_plan_summary(ARRAY(SELECT id FROM plan), 8)');
  await client.query('COMMIT');
  await client.query('ANALYZE');
}

async function graphql(body, cookie, port = PORT) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return { json, headers: response.headers };
}

function load(connections, cookie, port = PORT) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `http://127.0.0.1:${port}/graphql`,
        method: 'POST',
        connections,
        duration: DURATION_SECONDS,
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: CASELOAD(50) }),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
}

/** The caseload read model's own statement, timed through `pg` alone, one run after another. */
function rawSql(databaseUrl, cookie) {
  const args = [RAW_ARGS[0], RAW_ARGS[1], '--time', String(RAW_SAMPLES)];
  const { status, stdout } = spawnSync(process.execPath, args, {
    env: {
      ...process.env,
      SESSION_SECRET,
      DATABASE_URL: databaseUrl,
      SESSION_TOKEN: decodeURIComponent(cookie.split('=').slice(1).join('=')),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (status !== 0) throw new Error('timing the raw SQL did not finish');
  return JSON.parse(String(stdout));
}

/**
 * A graphql-ws subscriber of `liveUpdates` on `port`, signed in with the cookie. `next()` waits
 * for the next update (bounded by a guard, so a lost update fails the run instead of hanging it).
 */
function liveSubscriber(port, cookie) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws', {
      headers: { cookie },
    });
    const queued = [];
    let waiting = null;
    const subscriber = {
      next() {
        if (queued.length) return Promise.resolve(queued.shift());
        return new Promise((done, fail) => {
          const guard = setTimeout(() => fail(new Error('no live update arrived')), LIVE_GUARD_MS);
          waiting = (update) => {
            clearTimeout(guard);
            done(update);
          };
        });
      },
      close: () => socket.close(1000, 'Done'),
    };
    socket.on('error', reject);
    socket.on('close', (code) => reject(new Error(`the live socket closed (${code})`)));
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'connection_ack') {
        const query = 'subscription { liveUpdates { topic planId } }';
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
        resolve(subscriber);
      } else if (message.type === 'next' && message.payload.data) {
        const update = message.payload.data.liveUpdates;
        if (waiting) {
          const take = waiting;
          waiting = null;
          take(update);
        } else queued.push(update);
      }
    });
  });
}

/** A change through instance A (the plan's target date), timed until its update reaches B. */
async function liveLatency(databaseUrl, cookie) {
  const [plan] = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query(
      `SELECT p.id FROM plan p JOIN membership m ON m.id = p.primary_counselor_id JOIN app_user u ON u.id = m.user_id
        WHERE u.email = 'counselor1@bench.example' AND p.status = 'ACTIVE' ORDER BY p.id LIMIT 1`,
    );
    return rows;
  });
  const second = await startApi(databaseUrl, PORT + 1);
  try {
    const live = await liveSubscriber(PORT + 1, cookie);
    const change = (day) =>
      graphql(
        {
          query: 'mutation($i: UpdatePlanInput!) { updatePlan(input: $i) { id } }',
          variables: {
            i: { id: plan.id, targetDate: `2030-01-${String(1 + (day % 28)).padStart(2, '0')}` },
          },
        },
        cookie,
      );
    // The subscription starts a moment after the socket is acknowledged: the first update says it has.
    await change(0);
    await live.next();
    const samples = [];
    for (let i = 1; i <= LIVE_CHANGES; i++) {
      const start = performance.now();
      const arrived = live.next();
      await change(i);
      await arrived;
      samples.push(performance.now() - start);
    }
    live.close();
    samples.sort((a, b) => a - b);
    return {
      p50: samples[Math.floor(samples.length * 0.5)],
      p99: samples[Math.floor(samples.length * 0.99)],
    };
  } finally {
    await stop(second);
  }
}

const results = [];
try {
  for (const scenario of SCENARIOS) {
    console.log(`\nSeeding ${scenario.label}…`);
    await withClient(adminUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${scenario.database} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${scenario.database}`);
    });
    const databaseUrl = urlFor(scenario.database);
    const api = await startApi(databaseUrl, PORT, { profile: true });
    try {
      await withClient(databaseUrl, (client) => seed(client, scenario));
      const login = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: LoginInput!) { login(input: $i) { id } }',
          variables: { i: { email: 'counselor1@bench.example', password: PASSWORD } },
        }),
      });
      const cookie = String(login.headers.get('set-cookie')).split(';')[0];
      await graphql({ query: '{ me { id } }' }, cookie); // settle the session's last-seen write
      const one = Number(
        (await graphql({ query: CASELOAD(1) }, cookie)).headers.get('x-sql-statements'),
      );
      const fifty = Number(
        (await graphql({ query: CASELOAD(50) }, cookie)).headers.get('x-sql-statements'),
      );
      console.log(`Load: 1 connection for ${DURATION_SECONDS} s…`);
      const single = await load(1, cookie);
      console.log(`Load: 50 connections for ${DURATION_SECONDS} s…`);
      const many = await load(50, cookie);
      console.log(
        `Load on the raw node:http + pg server: 50 connections for ${DURATION_SECONDS} s…`,
      );
      const rawServer = await startRawServer(databaseUrl);
      let rawMany;
      try {
        rawMany = await load(50, cookie, RAW_PORT);
      } finally {
        await stop(rawServer);
      }
      const raw = rawSql(databaseUrl, cookie);
      console.log(`Live updates: ${LIVE_CHANGES} changes on one instance, heard on a second…`);
      const live = await liveLatency(databaseUrl, cookie);
      results.push({
        scenario,
        one,
        fifty,
        single,
        many,
        raw,
        rawMany,
        live,
        errors: single.errors + many.errors + single.non2xx + many.non2xx,
        rawErrors: rawMany.errors + rawMany.non2xx,
      });
    } finally {
      await stop(api, PROFILE_DIR ? 'SIGUSR2' : 'SIGTERM');
    }
  }
} finally {
  await server?.stop();
}

const ms = (value) => `${value.toFixed(1)} ms`;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');
const [large, small] = results;
console.log(
  `\nCaseload dashboard (a counselor's page of 50, GraphQL over HTTP; ${CHECK_IN_DAYS} days of check-ins per plan)\n`,
);
const rows = [['figure', ...results.map((r) => r.scenario.label), 'target', 'at 10,000']];
rows.push([
  'SQL statements, page of 1 / of 50',
  ...results.map((r) => `${r.one} / ${r.fifty}`),
  '≤ 6, equal',
  verdict(large.one === large.fifty && large.fifty <= 6),
]);
rows.push(['p50 at 1 connection', ...results.map((r) => ms(r.single.latency.p50)), '', '']);
rows.push(['p99 at 1 connection', ...results.map((r) => ms(r.single.latency.p99)), '', '']);
rows.push(['p50 at 50 connections', ...results.map((r) => ms(r.many.latency.p50)), '', '']);
rows.push([
  'p99 at 50 connections',
  ...results.map((r) => ms(r.many.latency.p99)),
  '≤ 150 ms',
  verdict(large.many.latency.p99 <= 150),
]);
rows.push([
  'requests per second at 50',
  ...results.map((r) => r.many.requests.average.toFixed(0)),
  '',
  '',
]);
rows.push([
  'raw server (node:http + pg, same SQL): requests per second at 50',
  ...results.map((r) => r.rawMany.requests.average.toFixed(0)),
  '',
  '',
]);
rows.push([
  'raw server: p99 at 50 connections',
  ...results.map((r) => ms(r.rawMany.latency.p99)),
  '',
  '',
]);
rows.push([
  'throughput ratio at 50, GraphQL / raw server',
  ...results.map((r) => (r.many.requests.average / r.rawMany.requests.average).toFixed(2)),
  '≥ 0.5',
  verdict(large.many.requests.average / large.rawMany.requests.average >= 0.5),
]);
rows.push(['raw SQL p50 (pg, the same statement)', ...results.map((r) => ms(r.raw.p50)), '', '']);
rows.push([
  'latency ratio, GraphQL p50 / raw SQL p50',
  ...results.map((r) => (r.single.latency.p50 / r.raw.p50).toFixed(2)),
  '≤ 3',
  verdict(large.single.latency.p50 / large.raw.p50 <= 3),
]);
rows.push([
  'p99 at 10,000 / p99 at 100 (50 connections)',
  (large.many.latency.p99 / small.many.latency.p99).toFixed(2),
  '',
  '≤ 1.5',
  verdict(large.many.latency.p99 <= 1.5 * small.many.latency.p99),
]);
rows.push([
  `live update, change on A → subscriber on B, p50 / p99 (${LIVE_CHANGES} changes)`,
  ...results.map((r) => `${ms(r.live.p50)} / ${ms(r.live.p99)}`),
  '',
  '',
]);
rows.push([
  'errors and non-2xx',
  ...results.map((r) => `${r.errors} (raw server ${r.rawErrors})`),
  '0',
  verdict(large.errors === 0 && large.rawErrors === 0),
]);
const widths = rows[0].map((_, column) =>
  Math.max(...rows.map((row) => String(row[column] ?? '').length)),
);
for (const [index, row] of rows.entries()) {
  console.log(row.map((cell, column) => String(cell ?? '').padEnd(widths[column])).join('  '));
  if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
