import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import {
  AcceptInvitationDocument,
  AcceptInvitationInput,
  ChangePasswordDocument,
  ChangePasswordInput,
  CreateInvitationDocument,
  CreateInvitationInput,
  InvitationPreviewDocument,
  InvitationsDocument,
  Language,
  LoginDocument,
  LoginInput,
  LogoutDocument,
  MeDocument,
  PeopleDocument,
  SetLanguageDocument,
} from '../generated/graphql';

/** Small per-feature wrappers over the generated documents (no catch-all data service). */
@Injectable({ providedIn: 'root' })
export class SessionApi {
  private readonly apollo = inject(Apollo);

  async me() {
    return (await firstValueFrom(this.apollo.query({ query: MeDocument }))).data?.me ?? null;
  }

  async login(input: LoginInput) {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: LoginDocument, variables: { input } }));
    return result.data?.login ?? null;
  }

  async logout() {
    await firstValueFrom(this.apollo.mutate({ mutation: LogoutDocument }));
    await this.apollo.client.clearStore();
  }

  async setLanguage(language: Language) {
    return (await firstValueFrom(this.apollo.mutate({ mutation: SetLanguageDocument, variables: { language } }))).data?.setLanguage ?? null;
  }

  async changePassword(input: ChangePasswordInput) {
    await firstValueFrom(this.apollo.mutate({ mutation: ChangePasswordDocument, variables: { input } }));
  }
}

@Injectable({ providedIn: 'root' })
export class PeopleApi {
  private readonly apollo = inject(Apollo);

  async list(first = 50, after?: string) {
    return (await firstValueFrom(this.apollo.query({ query: PeopleDocument, variables: { first, after } }))).data?.people ?? null;
  }
}

@Injectable({ providedIn: 'root' })
export class InvitationsApi {
  private readonly apollo = inject(Apollo);

  async list(first = 50, after?: string) {
    return (await firstValueFrom(this.apollo.query({ query: InvitationsDocument, variables: { first, after } }))).data?.invitations ?? null;
  }

  async create(input: CreateInvitationInput) {
    return (await firstValueFrom(this.apollo.mutate({ mutation: CreateInvitationDocument, variables: { input } }))).data?.createInvitation ?? null;
  }

  async preview(token: string) {
    return (await firstValueFrom(this.apollo.query({ query: InvitationPreviewDocument, variables: { token } }))).data?.invitationPreview ?? null;
  }

  async accept(input: AcceptInvitationInput) {
    return (await firstValueFrom(this.apollo.mutate({ mutation: AcceptInvitationDocument, variables: { input } }))).data?.acceptInvitation ?? null;
  }
}
