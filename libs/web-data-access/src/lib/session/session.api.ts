import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  ChangePasswordDocument,
  type ChangePasswordInput,
  type Language,
  LoginDocument,
  type LoginInput,
  LogoutDocument,
  MeDocument,
  type MeFieldsFragment,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  type ResetPasswordInput,
  SetLanguageDocument,
} from '../../generated/graphql';

/** Who is signed in, signing in and out, and the account's own settings. */
@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly apollo = inject(Apollo);

  /** Answers UNAUTHENTICATED (an error, not null) when nobody is signed in. */
  async me(): Promise<MeFieldsFragment | null> {
    const result = await firstValueFrom(this.apollo.query({ query: MeDocument }));
    return result.data?.me ?? null;
  }

  async login(input: LoginInput): Promise<MeFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: LoginDocument, variables: { input } }),
    );
    return result.data?.login ?? null;
  }

  /** Ends the session on the server and forgets everything cached in this tab. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: LogoutDocument }));
    } finally {
      await this.apollo.client.clearStore();
    }
  }

  async setLanguage(language: Language): Promise<MeFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SetLanguageDocument, variables: { language } }),
    );
    return result.data?.setLanguage ?? null;
  }

  async changePassword(input: ChangePasswordInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: ChangePasswordDocument, variables: { input } }),
    );
  }

  /** Public: emails a reset link if the address has an account; the answer never says which. */
  async requestPasswordReset(email: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: RequestPasswordResetDocument,
        variables: { input: { email } },
      }),
    );
  }

  /** Public: a new password from a reset link; every session of the account ends. */
  async resetPassword(input: ResetPasswordInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: ResetPasswordDocument, variables: { input } }),
    );
  }
}
