import { ArgumentMetadata } from '@nestjs/common';
import { IsEmail, IsString, ValidateBy } from 'class-validator';
import { DomainError } from './domain-error';
import { InputPipe, unreadableText } from './input-pipe';
import { invalidInput } from './validation-error';

class EmailInput {
  @IsEmail()
  email!: string;
}

class FragileInput {
  // A validator that throws on what it was given, as validator.js's isByteLength does on a lone surrogate.
  @ValidateBy({
    name: 'fragile',
    validator: {
      validate: (value: unknown) => {
        if (value === 'boom') throw new URIError('URI malformed');
        return true;
      },
    },
  })
  @IsString()
  note!: string;
}

const pipe = new InputPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: invalidInput,
});
const args = (metatype: ArgumentMetadata['metatype'], data?: string) =>
  ({ type: 3, metatype, data }) as unknown as ArgumentMetadata;

async function refusal(value: unknown, metadata: ArgumentMetadata): Promise<DomainError> {
  const error = await pipe.transform(value, metadata).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${error}`);
  return error;
}

describe('unreadableText', () => {
  it('finds a NUL or a lone surrogate and the path of the field that holds it', () => {
    expect(unreadableText({ a: 'fine', b: { c: 'x\u0000' } })).toBe('b.c');
    expect(unreadableText({ list: ['ok', 'half \ud83d'] })).toBe('list');
    expect(unreadableText('\udca9 alone')).toBe('');
    expect(unreadableText({ ['k\u0000']: 1 })).toBe('k\u0000');
  });

  it('lets whole characters through, emoji and accents included', () => {
    expect(unreadableText({ note: 'Día difícil 💩 — ok', n: 3, none: null })).toBeNull();
  });
});

describe('InputPipe', () => {
  it('refuses a lone surrogate in an email before the validator can throw on it', async () => {
    const error = await refusal({ email: 'pat\ud800@example.org' }, args(EmailInput, 'input'));
    expect(error.reason).toBe('INPUT_UNREADABLE_CHARACTERS');
    expect(error.details.field).toBe('email');
  });

  it('refuses a NUL in a bare string argument, naming the argument', async () => {
    const error = await refusal('Europe/\u0000', args(String, 'timeZone'));
    expect(error.reason).toBe('INPUT_UNREADABLE_CHARACTERS');
    expect(error.details.field).toBe('timeZone');
  });

  it('turns a validator that throws into INVALID_INPUT for the argument', async () => {
    const error = await refusal({ note: 'boom' }, args(FragileInput, 'input'));
    expect(error.reason).toBe('INVALID_INPUT');
    expect(error.details.field).toBe('input');
  });

  it('still answers the decorators as before', async () => {
    expect(await pipe.transform({ email: 'pat@example.org' }, args(EmailInput))).toBeInstanceOf(
      EmailInput,
    );
    expect((await refusal({ email: 'nope' }, args(EmailInput))).details.field).toBe('email');
  });

  it('leaves what did not come from the request alone (the request context)', async () => {
    const context = { headers: { weird: '\u0000' } };
    const metadata = { type: 'custom', data: undefined } as ArgumentMetadata;
    expect(await pipe.transform(context, metadata)).toBe(context);
  });
});
