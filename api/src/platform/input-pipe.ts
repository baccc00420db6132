import { ArgumentMetadata, HttpException, ValidationPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

/** A NUL (PostgreSQL cannot store it) or half of a surrogate pair (no character at all). */
const UNREADABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where a parameter's value came from a request (REST body/query/param, or GraphQL args, 3). */
const FROM_REQUEST = new Set<unknown>(['body', 'query', 'param', 3]);

/**
 * The first string in a request's value that no one could have typed, with the path of the
 * field that holds it ('' for the value itself). Inputs are a few levels deep; the bound is
 * for what a client can nest in a JSON scalar.
 */
export function unreadableText(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return UNREADABLE.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 20) return null;
  for (const [key, inner] of Object.entries(value)) {
    const field = Array.isArray(value) ? path : path ? `${path}.${key}` : key;
    // A key is text too (a JSON scalar's keys reach the code as they came).
    if (UNREADABLE.test(key)) return field;
    const found = unreadableText(inner, field, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The global ValidationPipe with two rules every string input needs, whatever its decorators:
 * no NUL and no lone surrogate (they would reach PostgreSQL or a validator that throws on
 * them), and a validator that throws refuses the input instead of ending the request.
 */
export class InputPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!FROM_REQUEST.has(metadata.type)) return super.transform(value, metadata);
    const unreadable = unreadableText(value);
    if (unreadable !== null) {
      const field = unreadable || metadata.data || undefined;
      throw new DomainError('INPUT_UNREADABLE_CHARACTERS', {}, { field });
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof DomainError || error instanceof HttpException) throw error;
      const field = metadata.data || undefined;
      throw new DomainError('INVALID_INPUT', { field }, { field });
    }
  }
}
