import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, InjectionToken, Injector, Provider, inject } from '@angular/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { firstValueFrom } from 'rxjs';

/**
 * Called when the API says the session is over, with the root injector: look the session
 * up there at that moment (injecting it while the client is being built would be a cycle, as the
 * session itself talks through it).
 */
export type SessionEndedHandler = (injector: Injector) => void;

export const SESSION_ENDED = new InjectionToken<SessionEndedHandler>('SESSION_ENDED');

/** What to do when the API ends the session (both the first screen's requests and Apollo's follow it). */
export function provideHomewardApi(onSessionEnded: SessionEndedHandler): Provider[] {
  return [{ provide: SESSION_ENDED, useValue: onSessionEnded }];
}

/**
 * Operations whose UNAUTHENTICATED answer does not mean "your session ended":
 * a wrong password (Login, AcceptInvitation for an existing account), the start-up question
 * "is anyone signed in?" (Me), and signing out of a session that had already ended (Logout).
 */
const ANSWERS_WITHOUT_SESSION = new Set(['Login', 'Me', 'AcceptInvitation', 'Logout']);

/** True when this error tells a signed-in person that their session has ended. */
export function endsSession(error: unknown, operationName: string | undefined): boolean {
  return (
    !ANSWERS_WITHOUT_SESSION.has(operationName ?? '') &&
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
  );
}

interface GraphQLAnswer<TResult> {
  data?: TResult | null;
  errors?: GraphQLFormattedError[];
}

/** An operation written out as text (`generated/session-operations.ts`). */
export type OperationText<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

/**
 * One GraphQL operation over a plain POST, for what the first screen needs (who is signed in,
 * signing in and out): Apollo, its cache and graphql-js then load only with the pages that use
 * them. Errors are Apollo's own `CombinedGraphQLErrors`, so `apiError` reads both alike.
 */
@Injectable({ providedIn: 'root' })
export class GraphQLRequest {
  private readonly http = inject(HttpClient);
  private readonly injector = inject(Injector);
  private readonly onSessionEnded = inject(SESSION_ENDED, { optional: true });
  /** Ran after signing out (Apollo adds "forget the cache" once it has loaded). */
  private readonly signOutCleanups = new Set<() => Promise<unknown>>();

  async send<TResult, TVariables>(
    operation: OperationText<TResult, TVariables>,
    variables?: TVariables,
  ): Promise<TResult> {
    const query = operation.toString();
    const operationName = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
    const answer = await this.post<TResult>({ query, operationName, variables });
    if (answer.errors?.length) {
      const error = new CombinedGraphQLErrors(answer);
      if (endsSession(error, operationName)) this.onSessionEnded?.(this.injector);
      throw error;
    }
    if (!answer.data) throw new Error(`${operationName} answered without data`);
    return answer.data;
  }

  /** Something to do after signing out, once (forgetting a cache of the person's data). */
  afterSignOut(cleanup: () => Promise<unknown>): void {
    this.signOutCleanups.add(cleanup);
  }

  async signedOut(): Promise<void> {
    await Promise.all([...this.signOutCleanups].map((cleanup) => cleanup()));
  }

  private async post<TResult>(body: unknown): Promise<GraphQLAnswer<TResult>> {
    try {
      // JSON, so Apollo Server's CSRF prevention lets it through; the session cookie rides along.
      return await firstValueFrom(
        this.http.post<GraphQLAnswer<TResult>>('/graphql', body, { withCredentials: true }),
      );
    } catch (error) {
      // A refusal with GraphQL errors in its body (400 for a malformed request) is an answer.
      if (error instanceof HttpErrorResponse && Array.isArray(error.error?.errors))
        return error.error as GraphQLAnswer<TResult>;
      throw error;
    }
  }
}
