import { GRAPHQL_LIMITS } from '../src/platform/graphql/graphql-limits';
import { codes, createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD } from './factories';

/** Nests `__schema { types { fields { type { ofType … name } } } }` to the given depth. */
function introspectionOfDepth(depth: number): string {
  let inner = 'name';
  for (let level = 0; level < depth - 5; level++) inner = `ofType { ${inner} }`;
  return `{ __schema { types { fields { type { ${inner} } } } } }`;
}

const messages = (result: { errors?: { message: string }[] }) =>
  (result.errors ?? []).map((e) => e.message).join('\n');

describe('GraphQL endpoint hygiene', () => {
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await createOrganization(t.dataSource);
    cookie = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it(`allows depth ${GRAPHQL_LIMITS.maxDepth} and refuses one more`, async () => {
    expect(messages(await t.gql(introspectionOfDepth(GRAPHQL_LIMITS.maxDepth)))).not.toMatch(
      /depth limit/i,
    );
    expect(messages(await t.gql(introspectionOfDepth(GRAPHQL_LIMITS.maxDepth + 1)))).toMatch(
      /depth limit/i,
    );
  });

  it(`allows ${GRAPHQL_LIMITS.maxAliases} aliases and refuses one more`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const atLimit = await t.gql(aliases(GRAPHQL_LIMITS.maxAliases), {}, { cookie });
    expect(atLimit.errors).toBeUndefined();
    const past = await t.gql(aliases(GRAPHQL_LIMITS.maxAliases + 1), {}, { cookie });
    expect(codes(past)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(messages(past)).toMatch(/aliases limit/i);
  });

  it(`allows ${GRAPHQL_LIMITS.maxTokens} tokens and refuses one more`, async () => {
    // 8 tokens of structure around repeated fields (split over two selections: graphql-js
    // aborts validation on one selection of ~1000 fields by itself).
    const tokens = (n: number) =>
      `{ me { ${'id '.repeat(400)} organization { ${'id '.repeat(300)} ${'name '.repeat(n - 708)}} } }`;
    expect((await t.gql(tokens(GRAPHQL_LIMITS.maxTokens), {}, { cookie })).errors).toBeUndefined();
    const past = await t.post(JSON.stringify({ query: tokens(GRAPHQL_LIMITS.maxTokens + 1) }), {
      cookie,
    });
    // Apollo's own parser counts: a 400 the sender can act on, never a 500.
    expect(past.statusCode).toBe(400);
    expect(codes(JSON.parse(past.body))).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(past.body).toMatch(`${GRAPHQL_LIMITS.maxTokens} tokens`);
  });

  it(`refuses a query whose cost passes ${GRAPHQL_LIMITS.maxCost}`, async () => {
    // people(first: n) { pageInfo { hasNextPage } } costs n × (2 + 1.5 × (2 + 1.5 × 1)) = 7.25 n.
    const query = (n: number) => `{ people(first: ${n}) { pageInfo { hasNextPage } } }`;
    const lastAllowed = Math.floor(GRAPHQL_LIMITS.maxCost / 7.25);
    const atLimit = await t.gql(query(lastAllowed), {}, { cookie });
    expect(messages(atLimit)).not.toMatch(/Cost limit/i);
    expect(codes(atLimit)).toEqual(['BAD_USER_INPUT']); // the page size bound answers instead
    expect(messages(await t.gql(query(lastAllowed + 1), {}, { cookie }))).toMatch(/Cost limit/i);
  });

  it('refuses batched requests', async () => {
    const response = await t.post(
      JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/batch/i);
  });

  it('refuses requests a browser form could forge (CSRF prevention)', async () => {
    const response = await t.post(JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'text/plain',
    });
    expect(response.statusCode).toBe(400);
  });

  it('refuses unknown input fields and bounds every page', async () => {
    const unknown = await t.gql(
      'mutation { login(input: { email: "a@b.org", password: "x", admin: true }) { id } }',
    );
    expect(codes(unknown)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(codes(await t.gql('{ people(first: 51) { nodes { id } } }', {}, { cookie }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(codes(await t.gql('{ people(first: 0) { nodes { id } } }', {}, { cookie }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await t.gql('{ people(after: "not-a-cursor") { nodes { id } } }', {}, { cookie })),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('never shows SQL or a stack trace, even when the database fails', async () => {
    await t.dataSource.query('ALTER TABLE invitation RENAME TO invitation_moved');
    try {
      const result = await t.gql('{ invitations { nodes { id } } }', {}, { cookie });
      expect(codes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
      const body = JSON.stringify(result);
      expect(body).not.toMatch(/SELECT|relation|invitation_moved|at \w+ \(|stacktrace/i);
      expect(result.errors?.[0].message).toBe(
        'Something went wrong on our side. Please try again in a moment.',
      );
    } finally {
      await t.dataSource.query('ALTER TABLE invitation_moved RENAME TO invitation');
    }
  });
});
