import { ValidationError } from '@nestjs/common';
import { invalidInput } from './validation-error';

const failure = (
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError => ({ property, constraints, children });

describe('invalidInput', () => {
  it('names the field of the first failing constraint and keeps its words as a sentence', () => {
    const error = invalidInput([
      failure('email', { isEmail: 'email must be an email' }),
      failure('role', { isIn: 'role must be one of the following values' }),
    ]);
    expect(error.reason).toBe('INVALID_INPUT');
    expect(error.details.field).toBe('email');
    expect(error.params).toEqual({ field: 'email', detail: 'Email must be an email.' });
  });

  it('follows nested inputs to the field inside them', () => {
    const error = invalidInput([
      failure('phases', undefined, [
        failure('0', undefined, [failure('name', { isString: 'Give the phase a name.' })]),
      ]),
    ]);
    expect(error.details.field).toBe('phases.0.name');
    expect(error.params).toMatchObject({ detail: 'Give the phase a name.' });
  });

  it('still refuses kindly when no constraint says why', () => {
    const error = invalidInput([failure('x')]);
    expect(error.details.field).toBeUndefined();
    expect(error.params).toEqual({ detail: 'Some of what was sent is not valid.' });
  });
});
