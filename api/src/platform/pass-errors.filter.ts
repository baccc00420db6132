import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { backInAMoment, isDatabaseAway } from './database/database-away';

/**
 * Hands every error to Apollo unchanged, where formatError maps it to a code and a safe
 * message and logs only the unexpected ones (Nest would otherwise log each refusal as an error).
 */
@Catch()
export class PassErrorsToGraphQL implements GqlExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): unknown {
    // The database is away: a refusal of our own, which GraphQL always reports as an error
    // (Node's network errors are not `instanceof Error` inside Jest's realm, and would pass as data).
    return isDatabaseAway(exception) ? backInAMoment() : exception;
  }
}
