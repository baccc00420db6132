import { Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';

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
  const extensions = formatted.extensions ?? {};
  let code = String(extensions['code'] ?? 'INTERNAL_SERVER_ERROR');
  let message = formatted.message;

  const original = (error as { originalError?: { response?: NestResponse; name?: string } })
    ?.originalError;
  if (HTTP_CODES[code] && original?.response) {
    // Errors from Nest's ValidationPipe: join the constraint messages.
    const detail = original.response.message;
    message = Array.isArray(detail) ? detail.join('. ') : (detail ?? message);
    code = HTTP_CODES[code];
  } else if (HTTP_CODES[code]) {
    code = HTTP_CODES[code];
  }

  // A unique index caught two changes racing each other: tell the person, not the log.
  if (
    (original as { driverError?: { code?: string } } | undefined)?.driverError?.code === '23505'
  ) {
    return {
      message: 'Someone else just made the same change. Refresh the page to see it.',
      path: formatted.path,
      extensions: { code: 'CONFLICT' },
    };
  }

  if (!KNOWN_CODES.has(code)) {
    logger.error(
      `Unexpected error: ${formatted.message}`,
      (error as { originalError?: Error })?.originalError?.stack,
    );
    return {
      message: 'Something went wrong on our side. Please try again in a moment.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }

  const safeExtensions: Record<string, unknown> = { code };
  // field: which input to fix; reason: which rule refused (a visit, a phase move); blockers: all of them.
  for (const key of ['field', 'retryAfterSeconds', 'reason', 'blockers']) {
    if (extensions[key] !== undefined) safeExtensions[key] = extensions[key];
  }
  return {
    message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: safeExtensions,
  };
}
