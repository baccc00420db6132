import { DomainError } from '../domain-error';
import { backInAMoment, isDatabaseAway, onUnhandledRejection } from './database-away';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isDatabaseAway', () => {
  it('knows a database that cannot be reached or is restarting, by code', () => {
    for (const code of [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      '57P01',
      '57P03',
      '08006',
      '53300',
    ])
      expect(isDatabaseAway(coded(code))).toBe(true);
  });

  it('looks through TypeORM’s wrapper, a cause and an AggregateError’s parts', () => {
    expect(isDatabaseAway({ name: 'QueryFailedError', driverError: coded('57P01') })).toBe(true);
    expect(isDatabaseAway(new Error('wrapped', { cause: coded('ECONNREFUSED') }))).toBe(true);
    expect(isDatabaseAway(new AggregateError([coded('ECONNREFUSED')]))).toBe(true);
  });

  it('knows node-postgres’s uncoded words and TypeORM’s released runners', () => {
    expect(isDatabaseAway(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseAway(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseAway({ name: 'QueryRunnerAlreadyReleasedError', message: 'released' })).toBe(
      true,
    );
  });

  it('leaves a request’s own faults and bugs alone', () => {
    // A unique index, bad input syntax, a NUL byte, a bug: the request, not the database.
    for (const code of ['23505', '22P02', '22021', '40001'])
      expect(isDatabaseAway({ driverError: coded(code) })).toBe(false);
    expect(isDatabaseAway(new TypeError('Cannot read properties of undefined'))).toBe(false);
    // The words of a lost connection count only where no code says otherwise.
    expect(isDatabaseAway(coded('23505', 'Connection terminated'))).toBe(false);
    expect(isDatabaseAway(null)).toBe(false);
    expect(isDatabaseAway('ECONNREFUSED')).toBe(false);
  });

  it('refuses with a retryable reason and a wait', () => {
    const refusal = backInAMoment();
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal.code).toBe('SERVICE_UNAVAILABLE');
    expect(refusal.details.retryAfterSeconds).toBe(5);
  });
});

describe('onUnhandledRejection', () => {
  it('keeps the instance running when background work lost the database, and says so', () => {
    const warned: string[] = [];
    // What pg-boss's job completion rejected with when PostgreSQL was stopped under it.
    const cut = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    });
    expect(() => onUnhandledRejection(cut, (message) => warned.push(message))).not.toThrow();
    expect(warned).toEqual([
      'Background work lost its database connection and will be retried: terminating connection due to administrator command',
    ]);
  });

  it('still stops the process for anything else, as Node would', () => {
    const warned: string[] = [];
    const bug = new TypeError('cannot read properties of undefined');
    expect(() => onUnhandledRejection(bug, (message) => warned.push(message))).toThrow(bug);
    expect(warned).toEqual([]);
  });
});
