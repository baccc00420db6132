import { Injectable, inject } from '@angular/core';
import type {
  ChangePasswordInput,
  Language,
  LoginInput,
  MeFieldsFragment,
  ResetPasswordInput,
} from '../../generated/graphql';
import {
  ChangePasswordDocument,
  ChooseMembershipDocument,
  LoginDocument,
  LogoutDocument,
  MeDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SetLanguageDocument,
} from '../../generated/session-operations';
import { GraphQLRequest } from '../graphql-request';

/**
 * Who is signed in, signing in and out, and the account's own settings. The first screen needs
 * these, so they go as plain requests (no Apollo): see GraphQLRequest.
 */
@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly graphql = inject(GraphQLRequest);

  /** Answers UNAUTHENTICATED (an error, not null) when nobody is signed in. */
  async me(): Promise<MeFieldsFragment | null> {
    return (await this.graphql.send(MeDocument)).me ?? null;
  }

  async login(input: LoginInput): Promise<MeFieldsFragment | null> {
    return (await this.graphql.send(LoginDocument, { input })).login ?? null;
  }

  /** Ends the session on the server and forgets everything cached in this tab. */
  async logout(): Promise<void> {
    try {
      await this.graphql.send(LogoutDocument);
    } finally {
      await this.graphql.signedOut();
    }
  }

  /** Moves to another of the person's memberships: a new session in it; the old one ends. */
  async chooseMembership(id: string): Promise<MeFieldsFragment | null> {
    return (await this.graphql.send(ChooseMembershipDocument, { id })).chooseMembership ?? null;
  }

  async setLanguage(language: Language): Promise<MeFieldsFragment | null> {
    return (await this.graphql.send(SetLanguageDocument, { language })).setLanguage ?? null;
  }

  async changePassword(input: ChangePasswordInput): Promise<void> {
    await this.graphql.send(ChangePasswordDocument, { input });
  }

  /** Public: emails a reset link if the address has an account; the answer never says which. */
  async requestPasswordReset(email: string): Promise<void> {
    await this.graphql.send(RequestPasswordResetDocument, { input: { email } });
  }

  /** Public: a new password from a reset link; every session of the account ends. */
  async resetPassword(input: ResetPasswordInput): Promise<void> {
    await this.graphql.send(ResetPasswordDocument, { input });
  }
}
