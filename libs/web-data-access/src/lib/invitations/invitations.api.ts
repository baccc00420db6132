import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  AcceptInvitationDocument,
  type AcceptInvitationInput,
  CreateInvitationDocument,
  type CreateInvitationInput,
  type CreateInvitationMutation,
  InvitationPreviewDocument,
  type InvitationPreviewQuery,
  InvitationsDocument,
  type InvitationsQuery,
  type InvitationFieldsFragment,
  type MeFieldsFragment,
  RevokeInvitationDocument,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

/** Invitations: staff create and list them; the invitee previews and accepts one. */
@Injectable({ providedIn: 'root' })
export class InvitationsApi {
  private readonly apollo = inject(HomewardApollo);

  async list(first = 50, after?: string): Promise<InvitationsQuery['invitations'] | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: InvitationsDocument, variables: { first, after } }),
    );
    return result.data?.invitations ?? null;
  }

  /** The answer carries the one-time `acceptUrl` staff give to the invitee. */
  async create(
    input: CreateInvitationInput,
  ): Promise<CreateInvitationMutation['createInvitation'] | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CreateInvitationDocument, variables: { input } }),
    );
    return result.data?.createInvitation ?? null;
  }

  /** Withdraws a pending invitation: its link stops working at once. */
  async revoke(id: string): Promise<InvitationFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RevokeInvitationDocument, variables: { id } }),
    );
    return result.data?.revokeInvitation ?? null;
  }

  /** Public: what the link is for, before anyone signs in. */
  async preview(token: string): Promise<InvitationPreviewQuery['invitationPreview'] | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: InvitationPreviewDocument, variables: { token } }),
    );
    return result.data?.invitationPreview ?? null;
  }

  /** Joins and signs in (the API sets the session cookie). */
  async accept(input: AcceptInvitationInput): Promise<MeFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AcceptInvitationDocument, variables: { input } }),
    );
    return result.data?.acceptInvitation ?? null;
  }
}
