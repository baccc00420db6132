import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { HomewardApollo } from '../apollo';
import {
  type DefineFamilyTrackItemInput,
  DefineFamilyTrackItemDocument,
  FamilyTrackCatalogueDocument,
  FamilyTrackDocument,
  type FamilyTrackItemFieldsFragment,
  type FamilyTrackQuery,
  type MarkFamilyTrackInput,
  MarkFamilyTrackDocument,
  RetireFamilyTrackItemDocument,
} from '../../generated/graphql';

export type FamilyTrackItem = FamilyTrackItemFieldsFragment;
export type FamilyTrack = FamilyTrackQuery['familyTrack'];

/** The family track: the program's offers, and a family member's own marks. */
@Injectable({ providedIn: 'root' })
export class FamilyTrackApi {
  private readonly apollo = inject(HomewardApollo);

  async catalogue(): Promise<FamilyTrackItem[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: FamilyTrackCatalogueDocument, fetchPolicy: 'network-only' }),
    );
    return result.data?.familyTrackCatalogue ?? [];
  }

  async define(input: DefineFamilyTrackItemInput): Promise<FamilyTrackItem | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: DefineFamilyTrackItemDocument, variables: { input } }),
    );
    return result.data?.defineFamilyTrackItem ?? null;
  }

  async retire(id: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: RetireFamilyTrackItemDocument, variables: { id } }),
    );
  }

  async track(planId: string): Promise<FamilyTrack | null> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: FamilyTrackDocument,
        variables: { planId },
        fetchPolicy: 'network-only',
      }),
    );
    return result.data?.familyTrack ?? null;
  }

  async mark(input: MarkFamilyTrackInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: MarkFamilyTrackDocument, variables: { input } }),
    );
  }
}
