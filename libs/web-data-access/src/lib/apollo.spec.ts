import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeReason, isReason, LANGUAGES, REASONS } from '@homeward/domain';
import { apiError } from './api-error';
import { liveRetryDelay } from './apollo';
import { endsSession } from './graphql-request';

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

  it("words a known reason in the reader's language, with the params it came with", () => {
    const closed = graphQLErrors({
      message: 'This plan is closed: it can still be read, but not changed.',
      extensions: { code: 'CONFLICT', reason: 'PLAN_CLOSED', params: {} },
    });
    expect(apiError(closed, 'ES')).toEqual({
      code: 'CONFLICT',
      message: describeReason('PLAN_CLOSED', {}, 'ES'),
      reason: 'PLAN_CLOSED',
      params: {},
    });
    expect(apiError(closed).message).toBe(describeReason('PLAN_CLOSED', {}, 'EN'));
    const missing = graphQLErrors({
      message: 'We could not find that visit.',
      extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { what: 'visit' } },
    });
    expect(apiError(missing, 'ES')).toMatchObject({
      message: 'No encontramos esa visita.',
      params: { what: 'visit' },
    });
  });

  it("keeps the API's own sentence for a reason this client does not know yet", () => {
    const visit = graphQLErrors({
      message: 'Someone taking part already has another visit at that time.',
      extensions: { code: 'CONFLICT', reason: 'A_REASON_FROM_A_NEWER_API' },
    });
    expect(apiError(visit, 'ES')).toEqual({
      code: 'CONFLICT',
      message: 'Someone taking part already has another visit at that time.',
      reason: 'A_REASON_FROM_A_NEWER_API',
    });
  });

  it("gives a phase move's blockers as reasons worded for the reader, and older sentences as they came", () => {
    const move = graphQLErrors({
      message: 'This plan is closed: it can still be read, but not changed.',
      extensions: {
        code: 'CONFLICT',
        reason: 'PLAN_CLOSED',
        blockers: [
          {
            reason: 'PLAN_CLOSED',
            params: {},
            message: 'This plan is closed: it can still be read, but not changed.',
          },
          { reason: 'A_NEWER_BLOCKER', params: { count: 1 }, message: 'Not yet: one more.' },
          'The next phase allows overnight stays: first everyone signs.',
        ],
      },
    });
    expect(apiError(move, 'ES').blockers).toEqual([
      { reason: 'PLAN_CLOSED', params: {}, message: describeReason('PLAN_CLOSED', {}, 'ES') },
      { reason: 'A_NEWER_BLOCKER', params: { count: 1 }, message: 'Not yet: one more.' },
      { params: {}, message: 'The next phase allows overnight stays: first everyone signs.' },
    ]);
  });

  it('says NETWORK with no message when the API could not be reached', () => {
    expect(apiError(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK', message: '' });
  });
});

/** Any param a reason's words ask for, as a plausible value (ids, names, numbers, days). */
const anyParams = new Proxy({} as Record<string, unknown>, {
  get: (_target, key) =>
    key === 'what'
      ? 'plan'
      : key === 'contactType'
        ? 'PHONE'
        : key === 'phase'
          ? 'Reconnect'
          : 'sample 2',
});

describe('every reason the API can give reads in both languages', () => {
  const apiSentence = 'the API sentence, used only for reasons the client cannot word';
  const refused = (reason: string, params: object = anyParams) =>
    graphQLErrors({ message: apiSentence, extensions: { code: 'CONFLICT', reason, params } });

  it.each(Object.keys(REASONS))('%s has its own words in English and in Spanish', (reason) => {
    for (const language of LANGUAGES) {
      const { message } = apiError(refused(reason), language);
      expect(message).not.toBe(apiSentence);
      expect(message.trim()).not.toBe('');
    }
  });

  // The refusals a person meets when asking for a visit, wherever the catalog has them by now.
  const visitRefusals: [string, object][] = [
    ['CONTACT_TYPE_NOT_ALLOWED', { phase: 'Reconnect', contactType: 'OVERNIGHT' }],
    ['PLAN_NOT_ACTIVE', anyParams],
    ['PARTICIPANT_RESTRICTED', anyParams],
    ['NEEDS_SUPERVISOR', anyParams],
    ['ENDS_BEFORE_START', anyParams],
    ['IN_THE_PAST', anyParams],
    ['OVERLAPS', anyParams],
    ['PLAN_CLOSED', {}],
  ];
  const known = visitRefusals.filter(([reason]) => isReason(reason));

  it('always checks at least one refusal', () => {
    expect(known.map(([reason]) => reason)).toContain('PLAN_CLOSED');
  });

  it.each(known)('%s reads differently in Spanish than in English', (reason, params) => {
    const english = apiError(refused(reason, params), 'EN').message;
    const spanish = apiError(refused(reason, params), 'ES').message;
    expect(spanish).not.toBe(english);
  });
});

describe('liveRetryDelay', () => {
  it('doubles from about a second up to half a minute, never less than half the step', () => {
    expect(liveRetryDelay(0, () => 0)).toBe(500);
    expect(liveRetryDelay(0, () => 1)).toBe(1_000);
    expect(liveRetryDelay(3, () => 1)).toBe(8_000);
    expect(liveRetryDelay(20, () => 1)).toBe(30_000);
    expect(liveRetryDelay(20, () => 0)).toBe(15_000);
  });
});
