import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every error to Apollo unchanged, where formatError maps it to a code and a safe
 * message and logs only the unexpected ones (Nest would otherwise log each refusal as an error).
 */
@Catch()
export class PassErrorsToGraphQL implements GqlExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): unknown {
    return exception;
  }
}
