import { Injectable, inject } from '@angular/core';
import { HomewardApollo } from '../apollo';
import { firstValueFrom } from 'rxjs';
import {
  type AmendsChoice,
  type AmendsFieldsFragment,
  type AmendsReplyVisibility,
  ChooseAmendsDocument,
  PlanAmendsDocument,
  type PrepareAmendsInput,
  PrepareAmendsDocument,
  ReplyToAmendsDocument,
  ReviewAmendsDocument,
} from '../../generated/graphql';

export type Amends = AmendsFieldsFragment;

/** Amends: the patient prepares, the counselor reviews with them, the recipient chooses. */
@Injectable({ providedIn: 'root' })
export class AmendsApi {
  private readonly apollo = inject(HomewardApollo);

  async ofPlan(planId: string): Promise<Amends[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: PlanAmendsDocument, variables: { planId } }),
    );
    return result.data?.amends ?? [];
  }

  async prepare(input: PrepareAmendsInput): Promise<Amends | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: PrepareAmendsDocument, variables: { input } }),
    );
    return result.data?.prepareAmends ?? null;
  }

  async review(id: string): Promise<Amends | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ReviewAmendsDocument, variables: { id } }),
    );
    return result.data?.reviewAmends ?? null;
  }

  async choose(id: string, choice: AmendsChoice): Promise<Amends | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ChooseAmendsDocument, variables: { input: { id, choice } } }),
    );
    return result.data?.chooseAmends ?? null;
  }

  async reply(
    id: string,
    reply: string,
    visibility: AmendsReplyVisibility,
  ): Promise<Amends | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: ReplyToAmendsDocument,
        variables: { input: { id, reply, visibility } },
      }),
    );
    return result.data?.replyToAmends ?? null;
  }
}
