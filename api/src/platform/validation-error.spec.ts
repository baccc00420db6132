import { ValidationError } from '@nestjs/common';
import { describeReason } from '@homeward/domain';
import { invalid, invalidInput } from './validation-error';

const failure = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => ({ property, constraints, children });

describe('invalidInput', () => {
  it("refuses with the reason the field's decorator named, and names the field", () => {
    const error = invalidInput([
      failure('email', { isEmail: invalid('INPUT_EMAIL') }),
      failure('role', { isIn: 'role must be one of the following values' }),
    ]);
    expect(error.reason).toBe('INPUT_EMAIL');
    expect(error.details.field).toBe('email');
    expect(describeReason(error.reason, error.params, 'ES')).toBe(
      'Escribe tu correo electrónico, como nombre@ejemplo.com.',
    );
  });

  it('carries the params the words need', () => {
    const error = invalidInput([
      failure('note', { maxLength: invalid('INPUT_TOO_LONG', { max: 200 }) }),
    ]);
    expect(error.reason).toBe('INPUT_TOO_LONG');
    expect(describeReason(error.reason, error.params, 'EN')).toBe(
      'Please keep it to 200 characters.',
    );
  });

  it('follows nested inputs to the field inside them', () => {
    const error = invalidInput([
      failure('phases', undefined, [
        failure('0', undefined, [failure('name', { isString: invalid('INPUT_PHASE_NAME') })]),
      ]),
    ]);
    expect(error.details.field).toBe('phases.0.name');
    expect(error.reason).toBe('INPUT_PHASE_NAME');
  });

  it('never passes on the English of a constraint that names no reason', () => {
    const error = invalidInput([failure('planId', { isUuid: 'planId must be a UUID' })]);
    expect(error.reason).toBe('INVALID_INPUT');
    expect(error.params).toEqual({ field: 'planId' });
    expect(JSON.stringify(error.params)).not.toMatch(/must be/);
  });

  it('still refuses kindly when no constraint says why', () => {
    const error = invalidInput([failure('x')]);
    expect(error.reason).toBe('INVALID_INPUT');
    expect(error.details.field).toBeUndefined();
  });
});
