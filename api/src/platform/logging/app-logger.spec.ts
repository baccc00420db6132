import type { IncomingMessage } from 'node:http';
import { loadConfig } from '../config/app-config';
import { appLogger, redact, requestScope } from './app-logger';
import { requestIdOf } from './request-log';

const DATABASE_URL = 'postgres://u:p@localhost:5432/h';

describe('redact', () => {
  it('blanks email addresses and secret tokens, and keeps ids', () => {
    const id = '6f1c2f4e-8a3b-4c55-9d2e-0a1b2c3d4e5f';
    expect(
      redact(
        `to pat.rivera+home@example.org: https://h.test/reset/q9X_-aZ3kL0pW8vB2nM5cD7fG1hJ4tY6 for plan ${id}`,
      ),
    ).toBe(`to [email]: https://h.test/reset/[secret] for plan ${id}`);
  });
});

describe('the app logger', () => {
  const lines: string[] = [];
  let write: jest.SpyInstance;

  beforeEach(() => {
    lines.length = 0;
    write = jest.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write);
  });

  afterEach(() => write.mockRestore());

  it('writes JSON in production, with the request id and fields of an object message at the top', () => {
    const logger = appLogger(
      loadConfig({ NODE_ENV: 'production', DATABASE_URL, SESSION_SECRET: 'x'.repeat(32) }),
    );
    requestScope.run({ requestId: 'req-1' }, () =>
      logger.log({ message: 'request', route: '/graphql', status: 200 }, 'HTTP'),
    );
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 'log',
      context: 'HTTP',
      requestId: 'req-1',
      message: 'request',
      route: '/graphql',
      status: 200,
    });
  });

  it('writes readable lines in development and leaves debug out unless asked', () => {
    const logger = appLogger(loadConfig({ DATABASE_URL }));
    logger.debug?.('hidden', 'X');
    logger.log('shown', 'X');
    expect(lines).toHaveLength(1);
    // Colours wrap each part of the line; what matters is the words.
    expect(
      lines[0]
        .split('\u001b')
        .join('')
        .replace(/\[[0-9;]*m/g, ''),
    ).toContain('[X] shown');
    expect(() => JSON.parse(lines[0])).toThrow();
  });
});

describe('requestIdOf', () => {
  const request = (id?: string) =>
    ({ headers: id === undefined ? {} : { 'x-request-id': id } }) as unknown as IncomingMessage;

  it('keeps a plain id a proxy gave and makes a new one for anything else', () => {
    expect(requestIdOf(request('7b3e9a1c-lb.42:1'))).toBe('7b3e9a1c-lb.42:1');
    for (const unfit of [undefined, '', 'pat@example.org', 'two words', 'x'.repeat(129), '<b>'])
      expect(requestIdOf(request(unfit))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(requestIdOf(request())).not.toBe(requestIdOf(request()));
  });
});
