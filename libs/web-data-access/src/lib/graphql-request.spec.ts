import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { LoginDocument, MeDocument, SetLanguageDocument } from '../generated/session-operations';
import { apiError } from './api-error';
import { GraphQLRequest, provideHomewardApi } from './graphql-request';

const ME = {
  id: 'u1',
  email: 'pat@example.org',
  displayName: 'Pat',
  language: 'EN',
  role: 'PATIENT',
  totpEnabled: false,
  sessionIdleMinutes: 30,
  organization: { id: 'o1', name: 'Program' },
} as const;
const EXPIRED = { message: 'Please sign in again.', extensions: { code: 'UNAUTHENTICATED' } };

describe('GraphQLRequest (the first screen’s requests, without Apollo)', () => {
  let graphql: GraphQLRequest;
  let http: HttpTestingController;
  const ended = jest.fn();

  beforeEach(() => {
    ended.mockReset();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideHomewardApi(ended)],
    });
    graphql = TestBed.inject(GraphQLRequest);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('posts the operation as JSON with its name and variables, with the cookie, and answers its data', async () => {
    const answer = graphql.send(LoginDocument, { input: { email: ME.email, password: 'pw' } });
    const request = http.expectOne('/graphql');
    expect(request.request.method).toBe('POST');
    expect(request.request.withCredentials).toBe(true);
    expect(request.request.body.operationName).toBe('Login');
    expect(request.request.body.query).toMatch(/mutation Login\(\$input: LoginInput!\)/);
    // The fragment travels with the operation.
    expect(request.request.body.query).toMatch(/fragment MeFields on Me/);
    expect(request.request.body.variables).toEqual({ input: { email: ME.email, password: 'pw' } });
    request.flush({ data: { login: ME } });
    expect(await answer).toEqual({ login: ME });
  });

  it('throws Apollo’s own GraphQL errors, so apiError words them as for any page', async () => {
    const answer = graphql.send(LoginDocument, { input: { email: ME.email, password: 'x' } });
    http.expectOne('/graphql').flush({
      data: null,
      errors: [{ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const error = await answer.catch((e: unknown) => e);
    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect(apiError(error)).toMatchObject({ code: 'UNAUTHENTICATED' });
    // A wrong password on sign-in is not a session ending.
    expect(ended).not.toHaveBeenCalled();
  });

  it('reads GraphQL errors in a refusal’s body (a 400) as an answer, not as the network', async () => {
    const answer = graphql.send(MeDocument);
    http
      .expectOne('/graphql')
      .flush(
        { errors: [{ message: 'Bad request', extensions: { code: 'BAD_REQUEST' } }] },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(apiError(await answer.catch((e: unknown) => e))).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('says NETWORK when the API cannot be reached', async () => {
    const answer = graphql.send(MeDocument);
    http.expectOne('/graphql').error(new ProgressEvent('error'));
    expect(apiError(await answer.catch((e: unknown) => e))).toEqual({
      code: 'NETWORK',
      message: '',
    });
  });

  it('tells the session it ended when a signed-in operation answers UNAUTHENTICATED, but not for Me', async () => {
    const language = graphql.send(SetLanguageDocument, { language: 'ES' });
    http.expectOne('/graphql').flush({ data: null, errors: [EXPIRED] });
    await expect(language).rejects.toBeInstanceOf(CombinedGraphQLErrors);
    expect(ended).toHaveBeenCalledTimes(1);

    const me = graphql.send(MeDocument);
    http.expectOne('/graphql').flush({ data: null, errors: [EXPIRED] });
    await expect(me).rejects.toBeInstanceOf(CombinedGraphQLErrors);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('runs what was asked for after signing out (Apollo forgetting its cache)', async () => {
    const cleared: string[] = [];
    graphql.afterSignOut(async () => cleared.push('apollo'));
    await graphql.signedOut();
    expect(cleared).toEqual(['apollo']);
  });
});
