import { GRAPHQL_LIMITS } from '../src/platform/graphql/graphql-limits';
import { createTestApp, TestApp } from './create-test-app';
import { createHome, Home } from './home';
import { LEAK } from './leaks';

interface Answer {
  status: number;
  body: string;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * Every kind of malformed request the fuzzer of issue 14 found answering 500 or
 * INTERNAL_SERVER_ERROR: each now answers a 4xx with a code a client can act on.
 */
describe('Malformed requests answer 400-class errors with a code', () => {
  let t: TestApp;
  let home: Home;

  beforeAll(async () => {
    t = await createTestApp();
    home = await createHome(t);
  });
  afterAll(() => t.close());

  async function send(payload: object, cookie?: string): Promise<Answer> {
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      payload,
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    });
    const body = response.body;
    expect(body).not.toMatch(LEAK);
    return { status: response.statusCode, body, errors: JSON.parse(body).errors ?? [] };
  }
  const codesOf = (answer: Answer) => answer.errors.map((e) => e.extensions?.['code']);

  it('a syntax error is a 400 GRAPHQL_PARSE_FAILED', async () => {
    const answer = await send({ query: '{ me { id ' });
    expect(answer.status).toBe(400);
    expect(codesOf(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(answer.errors[0].message).toMatch(/Syntax Error: Expected Name/);
  });

  it('a document past the token limit is a 400 GRAPHQL_PARSE_FAILED', async () => {
    const answer = await send({ query: `{ me { ${'id '.repeat(GRAPHQL_LIMITS.maxTokens)} } }` });
    expect(answer.status).toBe(400);
    expect(codesOf(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(answer.errors[0].message).toMatch(`${GRAPHQL_LIMITS.maxTokens} tokens`);
  });

  it('a subscription over HTTP is a 400 that says where subscriptions go', async () => {
    const answer = await send(
      { query: 'subscription { liveUpdates { topic } }' },
      home.cookie.patient,
    );
    expect(answer.status).toBe(400);
    expect(codesOf(answer)).toEqual(['BAD_USER_INPUT']);
    // A reason the reader's client words in their language, not an English sentence.
    expect(answer.errors[0].extensions?.['reason']).toBe('SUBSCRIPTION_NEEDS_LIVE_CONNECTION');
    expect(answer.errors[0].message).toMatch(/live connection/);
  });

  it('an unknown operationName, or none among several operations, is a 400', async () => {
    const unknown = await send(
      { query: 'query Mine { me { id } }', operationName: 'Theirs' },
      home.cookie.patient,
    );
    expect(unknown.status).toBe(400);
    expect(codesOf(unknown)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    const unnamed = await send(
      { query: 'query A { me { id } } query B { me { id } }' },
      home.cookie.patient,
    );
    expect(unnamed.status).toBe(400);
    expect(codesOf(unnamed)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
  });

  it('more than 50 invalid variable values are a bounded 400 BAD_USER_INPUT', async () => {
    const answer = await send(
      {
        query:
          'mutation($i: NotificationSettingsInput!) { updateNotificationSettings(input: $i) { digest } }',
        variables: {
          i: {
            allPaused: false,
            caseloadDigest: false,
            digest: false,
            digestTime: '08:00',
            emailGroups: Array.from({ length: 80 }, (_, n) => `NOT_A_GROUP_${n}`),
          },
        },
      },
      home.cookie.patient,
    );
    expect(answer.status).toBe(400);
    // graphql-js stops at 50 and says so in a 51st error; all of them are the sender's to fix.
    expect(answer.errors).toHaveLength(51);
    expect(new Set(codesOf(answer))).toEqual(new Set(['BAD_USER_INPUT']));
    expect(answer.errors[50].message).toMatch(/Too many errors/);
  });

  it('a lone surrogate in an email is refused for that field, in English and Spanish words', async () => {
    for (const [query, input] of [
      [
        'mutation($i: LoginInput!) { login(input: $i) { id } }',
        { email: 'pat\ud800@example.org', password: 'x' },
      ],
      [
        'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }',
        { email: '\udc00pat@example.org' },
      ],
    ] as const) {
      const answer = await send({ query, variables: { i: input } });
      expect(answer.status).toBe(200);
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INPUT_UNREADABLE_CHARACTERS',
        field: 'email',
      });
    }
  });

  it('a NUL in a pause reason is refused before PostgreSQL sees it, and nothing is paused', async () => {
    const pause = 'mutation($i: AskToPauseInput!) { askToPause(input: $i) }';
    const statusOf = async () =>
      (await t.dataSource.query('SELECT status FROM plan WHERE id = $1', [home.planId]))[0].status;
    const before = await statusOf();
    const fromVariable = await send(
      { query: pause, variables: { i: { planId: home.planId, reason: 'a long\u0000week' } } },
      home.cookie.patient,
    );
    // The same NUL written as an escape in the document itself.
    const fromLiteral = await send(
      {
        query: `mutation { askToPause(input: { planId: "${home.planId}", reason: "a\\u0000b" }) }`,
      },
      home.cookie.patient,
    );
    for (const answer of [fromVariable, fromLiteral]) {
      expect(answer.status).toBe(200);
      expect(answer.errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INPUT_UNREADABLE_CHARACTERS',
        field: 'reason',
      });
    }
    expect(await statusOf()).toBe(before);
    expect(before).not.toBe('PAUSED');
  });

  it('a NUL in a bare string argument names that argument', async () => {
    const answer = await send(
      {
        query: 'mutation($z: String!) { setTimeZone(timeZone: $z) { id } }',
        variables: { z: 'Europe/\u0000' },
      },
      home.cookie.patient,
    );
    expect(answer.errors[0].extensions).toMatchObject({
      reason: 'INPUT_UNREADABLE_CHARACTERS',
      field: 'timeZone',
    });
  });

  describe('what the fuzzer found', () => {
    // One request, several root fields: the guard ran for each, and the first context it built
    // served them all, with the first field's permission (or none, and nobody signed in).
    const data = (answer: Answer) => JSON.parse(answer.body).data;

    it("a query's root fields each act with their own permission", async () => {
      const answer = await send(
        {
          query: `{ a: me { id } b: consentPreview(input: { memberId: "${home.member.mother}", categories: [ATTENDANCE] }) { plan { sharedCategories } } }`,
        },
        home.cookie.patient,
      );
      expect(answer.errors).toEqual([]);
      expect(data(answer).b).toEqual({ plan: { sharedCategories: ['ATTENDANCE'] } });
    });

    it('a plan change after another mutation in the same request checks its own permission', async () => {
      const answer = await send(
        {
          query: `mutation { a: setLanguage(language: EN) { id } b: askToPause(input: { planId: "${home.planId}" }) }`,
        },
        home.cookie.mother,
      );
      expect(answer.errors).toEqual([]);
      expect(data(answer).b).toBe(true);
    });

    it('a signed-in field after a public one in the same request still knows who is signed in', async () => {
      const answer = await send(
        {
          query:
            'mutation { a: requestPasswordReset(input: { email: "nobody@test.example" }) b: setLanguage(language: ES) { language } }',
        },
        home.cookie.partner,
      );
      expect(answer.errors).toEqual([]);
      expect(data(answer)).toEqual({ a: true, b: { language: 'ES' } });
    });
  });
});
