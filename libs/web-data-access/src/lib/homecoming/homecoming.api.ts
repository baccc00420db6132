import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { HomewardApollo } from '../apollo';
import {
  HomecomingTrialDocument,
  type HomecomingTrialFieldsFragment,
  PublishTrialConditionsDocument,
  type PublishTrialConditionsInput,
  ReviewTrialDocument,
  type ReviewTrialInput,
  SayHowHomeIsDocument,
  type SayHowHomeIsInput,
  SignTrialConditionsDocument,
  type SignTrialConditionsInput,
} from '../../generated/graphql';

export type HomecomingTrial = HomecomingTrialFieldsFragment;
export type TrialCondition = HomecomingTrial['drafted'][number];

/** The trial homecoming of a plan, and each step of it; refusals carry `extensions.reason`. */
@Injectable({ providedIn: 'root' })
export class HomecomingApi {
  private readonly apollo = inject(HomewardApollo);

  async trial(planId: string): Promise<HomecomingTrial | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: HomecomingTrialDocument, variables: { planId } }),
    );
    return result.data?.homecomingTrial ?? null;
  }

  async publish(input: PublishTrialConditionsInput): Promise<HomecomingTrial | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: PublishTrialConditionsDocument, variables: { input } }),
    );
    return result.data?.publishTrialConditions ?? null;
  }

  async sign(input: SignTrialConditionsInput): Promise<HomecomingTrial | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SignTrialConditionsDocument, variables: { input } }),
    );
    return result.data?.signTrialConditions ?? null;
  }

  async sayHowHomeIs(input: SayHowHomeIsInput): Promise<HomecomingTrial | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SayHowHomeIsDocument, variables: { input } }),
    );
    return result.data?.sayHowHomeIs ?? null;
  }

  async review(input: ReviewTrialInput): Promise<HomecomingTrial | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ReviewTrialDocument, variables: { input } }),
    );
    return result.data?.reviewTrial ?? null;
  }
}
