import { DomainError } from '../domain-error';

/** What a client is told to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

/** The connection could not be made or was cut: the network's codes (Node). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/**
 * PostgreSQL's own: shutting down or starting up (57P01–57P03), too many connections (53300).
 * Class 08 (connection exceptions) is matched by its prefix.
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/**
 * node-postgres reports a lost or never-made connection without a code; these are its exact
 * words (pg and pg-pool 8), so a message is matched only where no code exists.
 */
const UNCODED_PG_MESSAGES = new Set([
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
]);

/**
 * TypeORM's words for a transaction whose connection it let go when the connection broke (its
 * query runner releases itself on the client's 'error'): the rest of that transaction's work
 * lands on one of these.
 */
const RELEASED_WITH_ITS_CONNECTION = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

/**
 * True when an error says the database cannot be reached right now (restarting, failing over,
 * out of connections) rather than that the request was wrong: the same request will work again
 * soon, so the client hears SERVICE_UNAVAILABLE and retries. Recognised by code (STYLE 17),
 * through TypeORM's wrapper (`driverError`), `cause` and an AggregateError's parts.
 */
export function isDatabaseAway(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, name, message, driverError, cause, errors } = error as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))
      return true;
  } else if (typeof message === 'string' && UNCODED_PG_MESSAGES.has(message)) {
    return true;
  } else if (typeof name === 'string' && RELEASED_WITH_ITS_CONNECTION.has(name)) {
    return true;
  }
  return (
    isDatabaseAway(driverError, depth + 1) ||
    isDatabaseAway(cause, depth + 1) ||
    (Array.isArray(errors) && errors.some((part) => isDatabaseAway(part, depth + 1)))
  );
}

/** The refusal a client hears while the database is away: retry after a few seconds. */
export function backInAMoment(): DomainError {
  return new DomainError('BACK_IN_A_MOMENT', {}, { retryAfterSeconds: RETRY_AFTER_SECONDS });
}

/**
 * What the process does with a rejection nobody awaited. Background work (pg-boss completing a
 * job, the LISTEN connection) can lose its connection when the database restarts, where no
 * request is there to answer: that is logged and the instance keeps serving (the job runs again
 * once the database is back). Anything else is still a bug, and stops the process as Node would.
 */
export function onUnhandledRejection(reason: unknown, warn: (message: string) => void): void {
  if (!isDatabaseAway(reason)) throw reason;
  const said = reason instanceof Error ? reason.message : String(reason);
  warn(`Background work lost its database connection and will be retried: ${said}`);
}
