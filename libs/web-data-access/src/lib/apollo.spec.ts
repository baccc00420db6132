import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiError, endsSession } from './apollo';

function graphQLErrors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors });
}

const expired = graphQLErrors({
  message: 'Please sign in again.',
  extensions: { code: 'UNAUTHENTICATED' },
});

describe('endsSession', () => {
  it('ends the session when any other operation answers UNAUTHENTICATED', () => {
    expect(endsSession(expired, 'People')).toBe(true);
    expect(endsSession(expired, 'SetLanguage')).toBe(true);
  });

  it('leaves a wrong password on sign-in or on joining to the page that asked', () => {
    expect(endsSession(expired, 'Login')).toBe(false);
    expect(endsSession(expired, 'AcceptInvitation')).toBe(false);
    expect(endsSession(expired, 'Me')).toBe(false);
    expect(endsSession(expired, 'Logout')).toBe(false);
  });

  it('does not end the session for other codes or network trouble', () => {
    expect(
      endsSession(
        graphQLErrors({ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }),
        'People',
      ),
    ).toBe(false);
    expect(endsSession(new Error('offline'), 'People')).toBe(false);
  });
});

describe('apiError', () => {
  it('gives the first error code, message, field and wait', () => {
    const error = graphQLErrors({
      message: 'Please wait a minute before trying again.',
      extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60, field: 'email' },
    });
    expect(apiError(error)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: 'Please wait a minute before trying again.',
      field: 'email',
      retryAfterSeconds: 60,
    });
  });

  it('gives the reason of a refused visit and the blockers of a phase move', () => {
    const visit = graphQLErrors({
      message: 'Someone taking part already has another visit at that time.',
      extensions: { code: 'CONFLICT', reason: 'OVERLAPS' },
    });
    expect(apiError(visit)).toEqual({
      code: 'CONFLICT',
      message: 'Someone taking part already has another visit at that time.',
      reason: 'OVERLAPS',
    });
    const blockers = [
      'Not yet: 1 of 2 milestones of this phase are achieved.',
      'The next phase allows overnight stays: first everyone signs.',
    ];
    const move = graphQLErrors({
      message: blockers[0],
      extensions: { code: 'CONFLICT', blockers },
    });
    expect(apiError(move).blockers).toEqual(blockers);
  });

  it('says NETWORK with no message when the API could not be reached', () => {
    expect(apiError(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK', message: '' });
  });
});
