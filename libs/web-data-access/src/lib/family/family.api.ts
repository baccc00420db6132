import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { type FamilyPlanFieldsFragment, FamilyPlansDocument } from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

/** A family member's plans, each within what the patient shares with them right now. */
@Injectable({ providedIn: 'root' })
export class FamilyApi {
  private readonly apollo = inject(HomewardApollo);

  /** Read fresh every time: a revoked consent counts on the very next request. */
  async plans(): Promise<FamilyPlanFieldsFragment[]> {
    const result = await firstValueFrom(this.apollo.query({ query: FamilyPlansDocument }));
    return result.data?.familyPlans ?? [];
  }
}
