import { Logger } from '@nestjs/common';
import { ServerLifecycle } from '../src/platform/lifecycle/server-lifecycle';
import { requestScope } from '../src/platform/logging/app-logger';
import { createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD } from './factories';

/** Health probes, request ids and the production log lines (issue 14, "holding up"). */
describe('health probes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('answers liveness and readiness without a session, with a status and nothing else', async () => {
    for (const [url, status] of [
      ['/health/live', 'live'],
      ['/health/ready', 'ready'],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status });
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it('is unready while the instance stops, and live all the same', async () => {
    const lifecycle = t.app.get(ServerLifecycle);
    await lifecycle.enter('draining');
    try {
      const ready = await t.app.inject({ method: 'GET', url: '/health/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'unready', reason: 'stopping' });
      // Still serving meanwhile, but no connection is kept alive for later.
      const served = await t.post(JSON.stringify({ query: '{ me { id } }' }));
      expect(served.statusCode).toBe(200);
      expect(served.headers['connection']).toBe('close');
      expect((await t.app.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
    } finally {
      await lifecycle.enter('serving');
    }
    const again = await t.post(JSON.stringify({ query: '{ me { id } }' }));
    expect(again.headers['connection']).not.toBe('close');
  });
});

describe('request ids', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('echoes a proxy’s plain X-Request-Id and makes one up for anything else', async () => {
    const kept = await t.post(JSON.stringify({ query: '{ me { id } }' }), {
      'x-request-id': 'lb-7f3a.42:1',
    });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a.42:1');

    for (const unfit of ['pat@example.org', 'a b', 'x'.repeat(129), '<script>']) {
      const made = await t.post(JSON.stringify({ query: '{ me { id } }' }), {
        'x-request-id': unfit,
      });
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    const first = await t.post(JSON.stringify({ query: '{ me { id } }' }));
    const second = await t.post(JSON.stringify({ query: '{ me { id } }' }));
    expect(first.headers['x-request-id']).not.toBe(second.headers['x-request-id']);
  });
});

describe('production logs', () => {
  let t: TestApp;
  let lines: string[];
  let write: jest.SpyInstance;

  beforeAll(async () => {
    t = await createTestApp({ env: { LOG_FORMAT: 'json', LOG_LEVEL: 'log' } });
  });

  beforeEach(() => {
    lines = [];
    write = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write);
  });

  afterEach(() => write.mockRestore());

  afterAll(() => t.close());

  it('writes one JSON line a request: its id, route, status, time and operation; nothing of the person', async () => {
    const org = await createOrganization(t.dataSource);
    const email = org.people.PATIENT.email;
    const response = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      payload: {
        operationName: 'Login',
        query: 'mutation Login($input: LoginInput!) { login(input: $input) { id displayName } }',
        variables: { input: { email, password: TEST_PASSWORD } },
      },
      headers: { 'content-type': 'application/json', 'x-request-id': 'probe-login-1' },
    });
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers['set-cookie']).split(';')[0].split('=')[1];
    const displayName = JSON.parse(response.body).data.login.displayName as string;

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const request = entries.find((entry) => entry['requestId'] === 'probe-login-1');
    expect(request).toMatchObject({
      level: 'log',
      context: 'HTTP',
      message: 'request',
      method: 'POST',
      route: '/graphql',
      status: 200,
      operation: 'Login',
    });
    expect(typeof request?.['ms']).toBe('number');
    const written = lines.join('');
    for (const secret of [email, TEST_PASSWORD, cookie, displayName])
      expect(written).not.toContain(secret);
  });

  it('gives a line written while serving a request that request’s id, and blanks addresses and tokens', async () => {
    requestScope.run({ requestId: 'req-9' }, () =>
      new Logger('Mail').warn(
        'mail to pat.rivera@example.org with https://x.test/invite/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_ab',
      ),
    );
    const entry = JSON.parse(lines.join('')) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'warn', context: 'Mail', requestId: 'req-9' });
    expect(entry['message']).toBe('mail to [email] with https://x.test/invite/[secret]');
  });

  it('leaves health probes out of the log', async () => {
    await t.app.inject({ method: 'GET', url: '/health/ready' });
    expect(lines.join('')).not.toContain('/health');
  });
});
