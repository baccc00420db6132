import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { HomewardApollo } from '../apollo';
import {
  type CheckInScheduleFieldsFragment,
  CheckInScheduleDocument,
  type ClosingSummaryFieldsFragment,
  ClosingSummaryDocument,
  CompletePlanDocument,
  type CompletePlanInput,
  ReviseClosingWordsDocument,
  type ReviseClosingWordsInput,
  SetCheckInScheduleDocument,
  type SetCheckInScheduleInput,
} from '../../generated/graphql';

export type CheckInScheduleView = CheckInScheduleFieldsFragment;
export type ClosingSummary = ClosingSummaryFieldsFragment;

/** The check-in schedule (everyone reads it; staff set it) and completing a plan with its summary. */
@Injectable({ providedIn: 'root' })
export class AftercareApi {
  private readonly apollo = inject(HomewardApollo);

  async schedule(planId: string): Promise<CheckInScheduleView | null> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: CheckInScheduleDocument,
        variables: { planId },
        fetchPolicy: 'network-only',
      }),
    );
    return result.data?.checkInSchedule ?? null;
  }

  async setSchedule(input: SetCheckInScheduleInput): Promise<CheckInScheduleView | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SetCheckInScheduleDocument, variables: { input } }),
    );
    return result.data?.setCheckInSchedule ?? null;
  }

  async summary(planId: string): Promise<ClosingSummary | null> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: ClosingSummaryDocument,
        variables: { planId },
        fetchPolicy: 'network-only',
      }),
    );
    return result.data?.closingSummary ?? null;
  }

  async complete(input: CompletePlanInput): Promise<ClosingSummary | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CompletePlanDocument, variables: { input } }),
    );
    return result.data?.completePlan ?? null;
  }

  async reviseWords(input: ReviseClosingWordsInput): Promise<ClosingSummary | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ReviseClosingWordsDocument, variables: { input } }),
    );
    return result.data?.reviseClosingWords ?? null;
  }
}
