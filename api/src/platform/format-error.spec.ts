import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { formatError } from './format-error';

const formatted = (error: GraphQLError) =>
  formatError({ ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);

describe('formatError on what malformed requests raise', () => {
  it('answers text PostgreSQL cannot store as the sender’s to fix, without its SQL', () => {
    const driver = new QueryFailedError('INSERT INTO x VALUES ($1)', ['a\u0000'], {
      code: '22021',
      message: 'invalid byte sequence for encoding "UTF8": 0x00',
    } as never);
    const answer = formatted(new GraphQLError(driver.message, { originalError: driver }));
    expect(answer.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INPUT_UNREADABLE_CHARACTERS',
    });
    expect(JSON.stringify(answer)).not.toMatch(/INSERT|UTF8/);
  });

  it('answers graphql-js refusing the request itself as BAD_USER_INPUT', () => {
    const tooMany = new GraphQLError(
      'Too many errors processing variables, error limit reached. Execution aborted.',
    );
    expect(formatted(tooMany).extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('keeps a thrown bug as INTERNAL_SERVER_ERROR with a generic message, and logs it', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const bug = new GraphQLError('x is undefined', { originalError: new TypeError('x') });
    const answer = formatted(bug);
    expect(answer.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(answer.message).toMatch(/Something went wrong/);
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });
});
