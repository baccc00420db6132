import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { TrackRecordDocument, type TrackRecordQuery } from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type TrackRecord = TrackRecordQuery['trackRecord'];
export type CheckInDay = TrackRecord['checkInDays'][number];
export type CommitmentShare = TrackRecord['commitments'][number];
export type TimelineEntry = TrackRecord['timeline'][number];
export type FamilyCheckInDay = TrackRecord['familyCheckIns'][number];

/** The record of a plan for charts; a family member gets only what the patient shares with them now. */
@Injectable({ providedIn: 'root' })
export class TrackRecordApi {
  private readonly apollo = inject(HomewardApollo);

  /** Read fresh every time: a revoked consent counts on the very next request. */
  async record(planId: string): Promise<TrackRecord | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: TrackRecordDocument, variables: { planId } }),
    );
    return result.data?.trackRecord ?? null;
  }
}
