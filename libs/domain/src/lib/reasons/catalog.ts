import type { Language } from '../languages';

/** The codes a client acts on; the reason says which rule refused, the client says it in words. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'TOTP_REQUIRED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  /** Nothing is wrong with the request: the API cannot reach its database for a moment. Retry. */
  | 'SERVICE_UNAVAILABLE';

/** One refusal: its code, and how it reads in each language (params are the refusal's data). */
export interface ReasonEntry<P> {
  code: ErrorCode;
  words: Record<Language, (params: P) => string>;
}

/** Declares a reason; `P` is what the words need (none by default). */
export function reason<P = Record<never, never>>(
  code: ErrorCode,
  en: (params: P) => string,
  es: (params: P) => string,
): ReasonEntry<P> {
  return { code, words: { EN: en, ES: es } };
}
