import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { DEFAULT_LANGUAGE, describeReason, isReason, Language } from '@homeward/domain';

/** One thing that keeps a plan from moving up a phase, in the reader's words. */
export interface ApiBlocker {
  /** Which rule stands in the way (a key of `REASONS`); absent in older answers. */
  reason?: string;
  /** What the words need (a count, a phase, …). */
  params: Record<string, unknown>;
  /** The blocker in the reader's language; the API's English only when this client does not know it. */
  message: string;
}

export interface ApiError {
  /** `extensions.code`, or NETWORK when the API could not be reached. */
  code: string;
  /**
   * What to tell the person: the reason in their language; the API's own (English) message only
   * for a reason this client does not know yet; empty for network errors.
   */
  message: string;
  field?: string;
  retryAfterSeconds?: number;
  /** Which rule refused (`extensions.reason`, a key of `REASONS`: CONTACT_TYPE_NOT_ALLOWED, …). */
  reason?: string;
  /** The data the reason's words need (`extensions.params`). */
  params?: Record<string, unknown>;
  /** What keeps a plan from moving up a phase (`extensions.blockers`). */
  blockers?: ApiBlocker[];
}

/**
 * The first GraphQL error, for showing a person what to do, with its words in `language`.
 * Reasons are worded here from the shared catalog, so every screen says them the same way.
 */
export function apiError(error: unknown, language: Language = DEFAULT_LANGUAGE): ApiError {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const extensions = first.extensions ?? {};
    const { field, retryAfterSeconds, reason, blockers } = extensions;
    const params = objectOf(extensions['params']);
    return {
      code: String(extensions['code'] ?? 'INTERNAL_SERVER_ERROR'),
      message: words(reason, params ?? {}, language, first.message),
      ...(typeof field === 'string' ? { field } : {}),
      ...(typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {}),
      ...(typeof reason === 'string' ? { reason } : {}),
      ...(params ? { params } : {}),
      ...(Array.isArray(blockers)
        ? { blockers: blockers.flatMap((b: unknown) => blocker(b, language)) }
        : {}),
    };
  }
  return { code: 'NETWORK', message: '' };
}

/** A plain object from the wire, or nothing. */
function objectOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A blocker as the API sends it now (`{ reason, params, message }`) or did before (a sentence). */
function blocker(value: unknown, language: Language): ApiBlocker[] {
  if (typeof value === 'string') return [{ params: {}, message: value }];
  const item = objectOf(value);
  if (!item) return [];
  const { reason, message } = item;
  const params = objectOf(item['params']) ?? {};
  const english = typeof message === 'string' ? message : '';
  return [
    {
      ...(typeof reason === 'string' ? { reason } : {}),
      params,
      message: words(reason, params, language, english),
    },
  ];
}

/** A reason in the reader's words; the API's sentence when the reason is unknown here. */
function words(
  reason: unknown,
  params: Record<string, unknown>,
  language: Language,
  fallback: string,
): string {
  if (!isReason(reason)) return fallback;
  try {
    return describeReason(reason, params, language);
  } catch {
    // Params the words cannot read (an older or newer API): its own sentence still helps.
    return fallback;
  }
}
