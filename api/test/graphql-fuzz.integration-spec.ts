import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestApp, TestApp } from './create-test-app';
import { TEST_PASSWORD, testPasswordHash } from './factories';
import { FuzzRequest, IdPool, OperationFuzzer } from './fuzz/operations';
import { Random } from './fuzz/random';
import { createHome, Home } from './home';
import { LEAK } from './leaks';

/**
 * Generated operations against the whole schema, as each role and signed out (issue 14): random
 * root fields and selections, arguments that fit or do not, damaged syntax and malformed HTTP.
 * Mutations run on this spec's own database, on a real home per role, so calls reach real code
 * (and the other homes' ids probe across organizations). Every answer must be below 500, carry
 * no INTERNAL_SERVER_ERROR, and show no SQL, stack or file path.
 *
 * Reproduce a run with FUZZ_SEED=<the seed printed>; FUZZ_OPERATIONS changes the count per role.
 */
const SEED = Number(process.env['FUZZ_SEED'] ?? 14_2026);
const PER_ROLE = Number(process.env['FUZZ_OPERATIONS'] ?? 2000);
const ROLES = ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY', 'SIGNED_OUT'] as const;
type Role = (typeof ROLES)[number];
/** How often the session and the people are checked, and the pool of real ids read again. */
const CHUNK = 100;

interface Finding {
  /** Which of the role's operations, counted from 0 (with the seed, the way back to it). */
  index: number;
  problem: string;
  request: FuzzRequest;
  status: number;
  body: string;
}

interface Tally {
  operations: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  /** Answers where a resolver ran (data, or an error on a field's path). */
  reachedResolvers: number;
  /** Times the role's people were restored after a run signed them out. */
  restored: number;
  /** Requests also sent a second time at once. */
  twice: number;
  seconds: number;
  findings: Finding[];
}

describe(`GraphQL fuzzing (seed ${SEED}, ${PER_ROLE} operations per role)`, () => {
  let t: TestApp;
  let home: Home;
  let ids: IdPool = { byTable: new Map(), all: [] };
  let tables: string[] = [];
  const cookies: Partial<Record<Role, string>> = {};
  const tallies: Partial<Record<Role, Tally>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    tables = (
      await t.dataSource.query(
        `SELECT table_name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'
          ORDER BY table_name`,
      )
    ).map((row: { table_name: string }) => row.table_name);
    console.log(`GraphQL fuzzing: FUZZ_SEED=${SEED}, ${PER_ROLE} operations per role`);
  });

  afterAll(async () => {
    const lines = ROLES.filter((role) => tallies[role]).map((role) => {
      const tally = tallies[role] as Tally;
      const top = Object.entries(tally.byCode)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([code, n]) => `${code} ${n}`)
        .join(', ');
      return `${role.padEnd(10)} ${tally.operations} sent in ${tally.seconds} s (${format(tally.byKind)}, ${tally.twice} twice at once); HTTP ${format(tally.byStatus)}; reached resolvers ${tally.reachedResolvers}; signed in again ${tally.restored}; codes: ${top}; findings ${tally.findings.length}`;
    });
    console.log(`GraphQL fuzzing, FUZZ_SEED=${SEED}:\n${lines.join('\n')}`);
    await t.close();
  });

  const emailOf = (role: Exclude<Role, 'SIGNED_OUT'>) => home.org.people[role].email;

  /** Undoes what a run may do to its own people (disabled, signed out, locked out, a new password). */
  async function restorePeople(role: Role): Promise<void> {
    const orgId = home.org.id;
    await t.dataSource.query(`UPDATE membership SET status = 'ACTIVE' WHERE organization_id = $1`, [
      orgId,
    ]);
    await t.dataSource.query(
      `UPDATE app_user SET disabled_at = NULL, password_hash = $1
        WHERE id IN (SELECT user_id FROM membership WHERE organization_id = $2)`,
      [await testPasswordHash(), orgId],
    );
    await t.dataSource.query('DELETE FROM login_attempt');
    if (role === 'SIGNED_OUT') return;
    const me = await t.gql('{ me { id } }', {}, { cookie: cookies[role] });
    if (me.errors || !cookies[role]) cookies[role] = await t.login(emailOf(role), TEST_PASSWORD);
  }

  /** Real ids of every table, the newest few each (mostly this role's home), so calls find real records. */
  async function readIds(): Promise<void> {
    const rows: { table: string; id: string }[] = await t.dataSource.query(
      tables
        .map(
          (table) =>
            `(SELECT '${table}' AS table, id::text FROM "${table}" ORDER BY ctid DESC LIMIT 12)`,
        )
        .join(' UNION ALL '),
    );
    const byTable = new Map<string, string[]>();
    // The role's own plan and people first: the generator picks the first one most often.
    byTable.set('plan', [home.planId]);
    byTable.set('plan_member', Object.values(home.member));
    byTable.set(
      'membership',
      Object.values(home.org.people).map((person) => person.membershipId),
    );
    for (const { table, id } of rows) byTable.set(table, [...(byTable.get(table) ?? []), id]);
    ids = { byTable, all: rows.map((row) => row.id) };
  }

  async function send(request: FuzzRequest & { remoteAddress: string }) {
    return t.app.inject({
      method: request.method,
      url: request.url,
      headers: request.headers,
      payload: request.payload,
      remoteAddress: request.remoteAddress,
    });
  }

  function examine(
    tally: Tally,
    index: number,
    request: FuzzRequest,
    status: number,
    body: string,
  ): void {
    tally.byStatus[status] = (tally.byStatus[status] ?? 0) + 1;
    const problems: string[] = [];
    if (status >= 500) problems.push(`HTTP ${status}`);
    const leak = LEAK.exec(body);
    if (leak) problems.push(`shows "${leak[0]}"`);
    let parsed: { data?: unknown; errors?: { path?: unknown; extensions?: { code?: string } }[] };
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = {};
    }
    const errors = Array.isArray(parsed.errors) ? parsed.errors : [];
    for (const error of errors) {
      const code = String(error.extensions?.code ?? 'none');
      tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
    }
    if (errors.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR'))
      problems.push('INTERNAL_SERVER_ERROR');
    if ((parsed.data && typeof parsed.data === 'object') || errors.some((error) => error.path))
      tally.reachedResolvers++;
    if (problems.length)
      tally.findings.push({
        index,
        problem: problems.join(', '),
        request,
        status,
        body: body.slice(0, 600),
      });
  }

  it.each(ROLES.map((role, index) => [role, index] as const))(
    'as %s: no 5xx, no INTERNAL_SERVER_ERROR, no SQL, stack or path in any answer',
    async (role, index) => {
      // A home of its own, so what one role's run closed or removed does not narrow the next.
      home = await createHome(t);
      const random = new Random(SEED + index);
      const emails = [...Object.values(home.org.people).map((p) => p.email), 'nobody@test.example'];
      const fuzzer = new OperationFuzzer(
        t.app.get(GraphQLSchemaHost).schema,
        random,
        () => ids,
        () => emails,
      );
      const tally: Tally = {
        operations: 0,
        byKind: {},
        byStatus: {},
        byCode: {},
        reachedResolvers: 0,
        restored: 0,
        twice: 0,
        seconds: 0,
        findings: [],
      };
      tallies[role] = tally;

      const started = Date.now();
      for (let sent = 0; sent < PER_ROLE; sent++) {
        if (sent % CHUNK === 0) {
          await restorePeople(role);
          await readIds();
        }
        // Addresses vary, so the sign-in throttle slows guessing without stopping the run.
        const address = `198.51.100.${random.int(1, 254)}`;
        const request = fuzzer.next(role === 'SIGNED_OUT' ? undefined : cookies[role], address);
        // Now and then the same request twice at once, as a double click or a retry sends it.
        const [response, twin] = await Promise.all([
          send(request),
          ...(random.chance(0.03) ? [send(request)] : []),
        ]);
        if (twin) {
          tally.twice++;
          examine(tally, sent, request, twin.statusCode, twin.body);
        }
        tally.operations++;
        tally.byKind[request.kind] = (tally.byKind[request.kind] ?? 0) + 1;
        examine(tally, sent, request, response.statusCode, response.body);
        if (
          response.body.includes('"ROLE_NOT_ALLOWED"') ||
          (role === 'SIGNED_OUT' && response.body.includes('"NOT_SIGNED_IN"'))
        )
          fuzzer.refusedForRole();
        // Signed out by what it sent (logout, a disabled membership): back in for the next one.
        if (role !== 'SIGNED_OUT' && response.body.includes('"NOT_SIGNED_IN"')) {
          tally.restored++;
          await restorePeople(role);
        }
      }

      tally.seconds = Math.round((Date.now() - started) / 1000);

      const shown = tally.findings.slice(0, 5).map((finding) => ({
        ...finding,
        reproduce: `FUZZ_SEED=${SEED}, role ${role}, operation ${finding.index}`,
      }));
      expect({ findings: tally.findings.length, first: shown }).toEqual({ findings: 0, first: [] });
      expect(tally.operations).toBe(PER_ROLE);
      // Most of it must reach the resolvers, or the generator only tests the parser.
      expect(tally.reachedResolvers).toBeGreaterThan(PER_ROLE / 2);
    },
    240_000,
  );
});

function format(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([key, n]) => `${key}: ${n}`)
    .join(', ');
}
