import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  SafetyPlanDocument,
  SafetyPlanPdfDocument,
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

  /** A version as PDF bytes (the current one when left out); the export is audited. */
  async pdf(planId: string, version: number | null): Promise<Uint8Array<ArrayBuffer>> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: SafetyPlanPdfDocument,
        variables: { planId, version },
        fetchPolicy: 'no-cache',
      }),
    );
    const base64 = result.data?.safetyPlanPdf ?? '';
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  }

  async save(input: SaveSafetyPlanInput): Promise<SafetyPlan | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SaveSafetyPlanDocument, variables: { input } }),
    );
    return result.data?.saveSafetyPlan ?? null;
  }
}
