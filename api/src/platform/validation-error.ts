import { ValidationError } from '@nestjs/common';
import { InputReason, isReason, Reason } from '@homeward/domain';
import { DomainError } from './domain-error';

const MARK = 'reason:';

/**
 * A validation decorator's message as data: the reason (and its params) the refusal carries,
 * never a sentence. `invalidInput` turns it back into a DomainError the reader's client words.
 */
export function invalid(reason: InputReason, params: object = {}): string {
  return MARK + JSON.stringify({ reason, params });
}

/** The first constraint that failed, depth first, with the path of the field it is on. */
export function firstFailure(
  errors: ValidationError[],
  path = '',
): { field: string; message: string } | null {
  for (const error of errors) {
    const field = path ? `${path}.${error.property}` : error.property;
    const constraints = Object.values(error.constraints ?? {});
    if (constraints.length > 0) return { field, message: constraints[0] };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/**
 * The ValidationPipe's refusal: the reason the field's decorator named, with the field to fix.
 * A constraint that names none (a value of the wrong type, a field that does not exist) is
 * INVALID_INPUT for that field.
 */
export function invalidInput(errors: ValidationError[]): DomainError {
  const first = firstFailure(errors);
  if (!first) return new DomainError('INVALID_INPUT', {});
  const { field, message } = first;
  const named = decode(message);
  return named
    ? new DomainError(named.reason, named.params as never, { field })
    : new DomainError('INVALID_INPUT', { field }, { field });
}

function decode(message: string): { reason: Reason; params: object } | null {
  if (!message.startsWith(MARK)) return null;
  const { reason, params } = JSON.parse(message.slice(MARK.length)) as {
    reason: unknown;
    params: object;
  };
  return isReason(reason) ? { reason, params } : null;
}
