import { Logger } from '@nestjs/common';
import { describeReason } from '@homeward/domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';
import { backInAMoment, isDatabaseAway } from './database/database-away';

const logger = new Logger('GraphQL');

const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'TOTP_REQUIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Nest's HttpException names, mapped to our codes. */
const HTTP_CODES: Record<string, string> = {
  BAD_REQUEST: 'BAD_USER_INPUT',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
};

interface NestResponse {
  message?: string | string[];
}

/**
 * The last word on every error leaving the API: a known code and a message a person can act
 * on. Anything unexpected (SQL, a bug) is logged here and answered with a generic message;
 * stack traces and SQL never reach the client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError;
  if (original instanceof DomainError) return fromDomainError(original, formatted);

  const extensions = formatted.extensions ?? {};
  let code = String(extensions['code'] ?? 'INTERNAL_SERVER_ERROR');
  let message = formatted.message;

  const nest = original as { response?: NestResponse; driverError?: { code?: string } } | undefined;
  if (HTTP_CODES[code] && nest?.response) {
    // Errors from Nest's ValidationPipe: the constraint messages, kept for API readers in English.
    const detail = nest.response.message;
    message = Array.isArray(detail) ? detail.join('. ') : (detail ?? message);
    code = HTTP_CODES[code];
    if (code === 'BAD_USER_INPUT') {
      return {
        message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, reason: 'INVALID_INPUT', params: { detail: message } },
      };
    }
  } else if (HTTP_CODES[code]) {
    code = HTTP_CODES[code];
  }

  // The database is away for a moment (restarting, failing over): retry soon, nothing to log per request.
  if (isDatabaseAway(original)) return fromDomainError(backInAMoment(), formatted);

  // A unique index caught two changes racing each other: tell the person, not the log.
  if (nest?.driverError?.code === '23505') {
    return fromDomainError(new DomainError('SAME_CHANGE_RACED'), formatted);
  }
  // Text PostgreSQL cannot store (a NUL): the input pipe refuses it first; this is the net.
  if (nest?.driverError?.code === '22021' || nest?.driverError?.code === '22P05') {
    return fromDomainError(new DomainError('INPUT_UNREADABLE_CHARACTERS'), formatted);
  }
  // graphql-js refusing the request itself (e.g. its 51st bad variable value): no resolver ran.
  if (code === 'INTERNAL_SERVER_ERROR' && isAboutTheRequest(error)) code = 'BAD_USER_INPUT';

  if (!KNOWN_CODES.has(code)) {
    logger.error(
      `Unexpected error: ${formatted.message}`,
      (error as { originalError?: Error })?.originalError?.stack,
    );
    return {
      message: describeReason('SOMETHING_WENT_WRONG', {}, 'EN'),
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SOMETHING_WENT_WRONG' },
    };
  }

  const safeExtensions: Record<string, unknown> = { code };
  // field: which input to fix; reason: which rule refused (a visit, a phase move); blockers: all of them.
  for (const key of ['field', 'retryAfterSeconds', 'reason', 'params', 'blockers']) {
    if (extensions[key] !== undefined) safeExtensions[key] = extensions[key];
  }
  return {
    message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: safeExtensions,
  };
}

/** An error graphql-js raised about the request, not one thrown by our code or a library. */
function isAboutTheRequest(error: unknown): boolean {
  return (
    error instanceof GraphQLError &&
    !error.originalError &&
    !error.path &&
    error.extensions['code'] === undefined
  );
}

/**
 * A refusal the API meant: its code, its reason and params for the reader's client to word,
 * and the reason in English as `message` for API readers and logs.
 */
function fromDomainError(
  error: DomainError,
  formatted: GraphQLFormattedError,
): GraphQLFormattedError {
  const { field, blockers, retryAfterSeconds } = error.details;
  return {
    message: describeReason(error.reason, error.params, 'EN'),
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: error.code,
      reason: error.reason,
      params: error.params,
      ...(field !== undefined && { field }),
      ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
      ...(blockers !== undefined && {
        blockers: blockers.map((b) => ({
          reason: b.reason,
          params: b.params ?? {},
          message: describeReason(b.reason, b.params, 'EN'),
        })),
      }),
    },
  };
}
