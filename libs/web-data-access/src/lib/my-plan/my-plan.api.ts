import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type ConsentCategory,
  type ConsentFieldsFragment,
  ConsentPreviewDocument,
  type ConsentPreviewQuery,
  GrantConsentDocument,
  type GrantConsentInput,
  MyDisclosuresDocument,
  type MyDisclosuresQuery,
  MyPlanDocument,
  type MyPlanQuery,
  RespondToFamilyInvitationDocument,
  RevokeConsentDocument,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type PatientPlan = NonNullable<MyPlanQuery['myPlan']>;
export type PatientPlanMember = PatientPlan['members'][number];
export type Disclosure = MyDisclosuresQuery['myDisclosures']['nodes'][number];

/** The patient's own plan: where they stand, who is on it, and who sees what. */
@Injectable({ providedIn: 'root' })
export class MyPlanApi {
  private readonly apollo = inject(HomewardApollo);

  /** Null until their counselor sets a plan up with them. */
  async plan(): Promise<PatientPlan | null> {
    const result = await firstValueFrom(this.apollo.query({ query: MyPlanDocument }));
    return result.data?.myPlan ?? null;
  }

  /** Welcome (approve) or decline a proposed family member; declining needs no reason. */
  async respond(memberId: string, approve: boolean): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: RespondToFamilyInvitationDocument,
        variables: { input: { memberId, approve } },
      }),
    );
  }

  /** Exactly what that person would see with these categories, in every category; nothing is disclosed. */
  async preview(
    memberId: string,
    categories: ConsentCategory[],
  ): Promise<ConsentPreviewQuery['consentPreview'] | null> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: ConsentPreviewDocument,
        variables: { input: { memberId, categories } },
      }),
    );
    return result.data?.consentPreview ?? null;
  }

  async grant(input: GrantConsentInput): Promise<ConsentFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: GrantConsentDocument, variables: { input } }),
    );
    return result.data?.grantConsent ?? null;
  }

  async revoke(id: string): Promise<ConsentFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RevokeConsentDocument, variables: { id } }),
    );
    return result.data?.revokeConsent ?? null;
  }

  /** Who saw what, when: the last three years, newest first. */
  async disclosures(
    first = 20,
    after?: string,
  ): Promise<MyDisclosuresQuery['myDisclosures'] | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyDisclosuresDocument, variables: { first, after } }),
    );
    return result.data?.myDisclosures ?? null;
  }
}
