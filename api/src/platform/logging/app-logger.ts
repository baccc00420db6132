import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AppConfig } from '../config/app-config';

/** The request a log line was written for: every line of a request carries its id. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;
/** Long runs of token characters: session, invitation and reset tokens, secrets in links. */
const TOKEN = /[A-Za-z0-9_-]{32,}/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A safety net under the rule that no log line names a person (STYLE 12): whatever looks like
 * an email address or a secret token is blanked before it is written. Ids stay (they name rows,
 * not people). Call sites still must not pass names or free text: no pattern can catch those.
 */
export function redact(text: string): string {
  return text
    .replace(EMAIL, '[email]')
    .replace(TOKEN, (run) => (UUID.test(run) ? run : '[secret]'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Nest's console logger, and in JSON mode one object a line with the request id of the request
 * being served (when there is one). A message given as an object (`{ message, ...fields }`) puts
 * its fields at the top level, so a log store can index them.
 */
export class AppLogger extends ConsoleLogger {
  protected override getJsonLogObject(
    message: unknown,
    options: Parameters<ConsoleLogger['getJsonLogObject']>[1],
  ): ReturnType<ConsoleLogger['getJsonLogObject']> {
    const { message: text, ...fields } = isRecord(message) ? message : { message };
    const object = super.getJsonLogObject(typeof text === 'string' ? redact(text) : text, options);
    if (typeof object.stack === 'string') object.stack = redact(object.stack);
    const requestId = requestScope.getStore()?.requestId;
    return { ...object, ...(requestId ? { requestId } : {}), ...fields };
  }
}

/** The API's logger: JSON lines in production (or LOG_FORMAT=json), readable lines otherwise. */
export function appLogger(config: AppConfig): AppLogger {
  return new AppLogger({ json: config.logJson, logLevels: LEVELS[config.logLevel] });
}
