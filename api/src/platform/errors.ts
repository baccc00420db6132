import { DomainError } from './domain-error';
import { GraphQLError } from 'graphql';

/** The codes a client can act on (STYLE 9). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'TOTP_REQUIRED'
  | 'INTERNAL_SERVER_ERROR';

/** An error meant for the person using the app: a code and a message they can act on. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export const notSignedIn = () => new DomainError('NOT_SIGNED_IN');
export const forbidden = () => new DomainError('ROLE_NOT_ALLOWED');
/** The same answer for "does not exist" and "not yours", so nothing leaks across organizations. */
export { notFound } from './domain-error';
export const badInput = (message: string, field?: string) =>
  new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const conflict = (message: string) => new AppError('CONFLICT', message);

/** Someone acted on a version that has since been replaced: they read it again first. */
export const staleVersion = (what: string, read: number, current: number, doing: string) =>
  read < current
    ? conflict(
        `This ${what} has changed since version ${read}: please read version ${current} and ${doing} that one.`,
      )
    : conflict(`This ${what} has no version ${read}.`);
