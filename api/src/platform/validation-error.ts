import { ValidationError } from '@nestjs/common';
import { DomainError } from './domain-error';

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
 * The ValidationPipe's refusal: INVALID_INPUT with the field to fix, and the DTO's own words
 * for it as `detail` (the English `message` API readers have always had).
 */
export function invalidInput(errors: ValidationError[]): DomainError<'INVALID_INPUT'> {
  const first = firstFailure(errors);
  if (!first)
    return new DomainError('INVALID_INPUT', { detail: 'Some of what was sent is not valid.' });
  const { field, message } = first;
  return new DomainError('INVALID_INPUT', { field, detail: capitalise(message) }, { field });
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
}
