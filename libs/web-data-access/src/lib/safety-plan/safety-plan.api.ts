import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  SafetyPlanDocument,
  type SafetyPlanFieldsFragment,
  SaveSafetyPlanDocument,
  type SaveSafetyPlanInput,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type SafetyPlan = SafetyPlanFieldsFragment;

/** The patient's safety plan: written by them, read by staff and the family they share it with. */
@Injectable({ providedIn: 'root' })
export class SafetyPlanApi {
  private readonly apollo = inject(HomewardApollo);

  /** Read fresh each time: a revoked consent counts at once. */
  async read(planId: string): Promise<SafetyPlan | null> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: SafetyPlanDocument,
        variables: { planId },
        fetchPolicy: 'network-only',
      }),
    );
    return result.data?.safetyPlan ?? null;
  }

  async save(input: SaveSafetyPlanInput): Promise<SafetyPlan | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SaveSafetyPlanDocument, variables: { input } }),
    );
    return result.data?.saveSafetyPlan ?? null;
  }
}
