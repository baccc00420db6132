// The caseload page without the API's layers, for `npm run bench` to compare against: node:http
// and a pg pool running the same two statements the API runs for it (who the session cookie
// signs in, then the caseload read model's own statement), answering the rows as JSON. No
// GraphQL, no Nest, no Fastify, no shaping of the rows: what the page costs at the least.
// Started by scripts/bench.mjs with DATABASE_URL, PORT and SESSION_SECRET; says "ready" when listening.
// With --time <samples> and SESSION_TOKEN it serves nothing: it times the caseload statement
// through one client, one run after another, and prints { p50, p99 } in milliseconds.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import {
  CASELOAD_FOR_ADMIN_SQL,
  CASELOAD_FOR_COUNSELOR_SQL,
} from '../api/src/planning/plans/caseload.sql.ts';

const SESSION_COOKIE = 'hw_session';
const DAY_MS = 24 * 60 * 60_000;
// The domain's thresholds (libs/domain track-record.ts), as CaseloadReadModel.list passes them.
const HIGH_CRAVING = 8;
const HIGH_CRAVING_DAYS = 7;
const HARD_VISIT_RATING = 2;
const HARD_VISIT_DAYS = 14;
const CONSENT_EXPIRY_WARNING_DAYS = 14;
const PAGE = 50;

// The API's statement (identity/auth/signed-in.reader.ts), as it reads a cookie's session.
const SESSION_SQL = `SELECT s.id, s.created_at, s.last_seen_at, s.user_id, s.membership_id, m.organization_id, m.role, u.language
         FROM session s
         JOIN membership m ON m.id = s.membership_id AND m.status = 'ACTIVE'
         JOIN app_user u ON u.id = s.user_id AND u.disabled_at IS NULL
        WHERE s.token_hash = $1 AND s.ended_at IS NULL`;

// The same pool size as the API's (DATABASE_POOL_SIZE, default 10).
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
});
const secret = process.env.SESSION_SECRET;

function tokenOf(cookieHeader = '') {
  for (const part of cookieHeader.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

async function sessionOf(client, token) {
  const hash = createHmac('sha256', secret).update(token).digest('hex');
  const {
    rows: [session],
  } = await client.query(SESSION_SQL, [hash]);
  return session ?? null;
}

/** The parameters CaseloadReadModel.list passes for a first page of 50, unfiltered. */
function parameters(session, now) {
  return [
    session.organization_id,
    now,
    new Date(now.getTime() + CONSENT_EXPIRY_WARNING_DAYS * DAY_MS),
    session.role === 'ADMIN' ? null : session.membership_id,
    null,
    null,
    null,
    null,
    null,
    PAGE + 1,
    HIGH_CRAVING,
    new Date(now.getTime() - HIGH_CRAVING_DAYS * DAY_MS),
    HARD_VISIT_RATING,
    new Date(now.getTime() - HARD_VISIT_DAYS * DAY_MS),
  ];
}

// Named prepared statements, as the API runs them (platform/database/prepared-query.ts).
const statementFor = (session, values) =>
  session.role === 'ADMIN'
    ? { name: 'caseload-of-organization', text: CASELOAD_FOR_ADMIN_SQL, values }
    : { name: 'caseload-of-counselor', text: CASELOAD_FOR_COUNSELOR_SQL, values };

async function caseload(request) {
  const token = tokenOf(request.headers.cookie);
  const session = token && (await sessionOf(pool, token));
  if (!session) return null;
  const { rows } = await pool.query(statementFor(session, parameters(session, new Date())));
  return rows.slice(0, PAGE);
}

const timing = process.argv.indexOf('--time');
if (timing >= 0) {
  const client = await pool.connect();
  const session = await sessionOf(client, process.env.SESSION_TOKEN);
  const samples = [];
  for (let i = 0; i < Number(process.argv[timing + 1]); i++) {
    const start = performance.now();
    await client.query(statementFor(session, parameters(session, new Date())));
    samples.push(performance.now() - start);
  }
  client.release();
  await pool.end();
  samples.sort((a, b) => a - b);
  const at = (share) => samples[Math.floor(samples.length * share)];
  console.log(JSON.stringify({ p50: at(0.5), p99: at(0.99) }));
  process.exit(0);
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    // Read the body as a server would, though the page asked for is always the same.
    JSON.parse(Buffer.concat(chunks).toString() || '{}');
    caseload(request).then(
      (rows) => {
        const status = rows ? 200 : 401;
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(rows ? { data: { caseload: rows } } : { error: 'signed out' }));
      },
      (error) => {
        console.error(error);
        response.writeHead(500).end();
      },
    );
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
// The load has ended when the bench stops it; requests still in flight do not matter.
process.once('SIGTERM', () => process.exit(0));
