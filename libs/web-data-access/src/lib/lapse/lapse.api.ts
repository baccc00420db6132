import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { HomewardApollo } from '../apollo';
import {
  AcceptLapsePlanDocument,
  CheckStepBackInDocument,
  type LapsePlanFieldsFragment,
  LapsePlanDocument,
  ProposeLapsePlanDocument,
  type ProposeLapsePlanInput,
  RecordSomethingHappenedDocument,
  type RecordSomethingHappenedInput,
  ResumeAfterLapseDocument,
} from '../../generated/graphql';

export type LapsePlan = LapsePlanFieldsFragment;
export type LapsePlanVersion = LapsePlan['versions'][number];
export type Lapse = LapsePlan['lapses'][number];

/** The lapse plan of a plan, and every step of it; refusals carry `extensions.reason`. */
@Injectable({ providedIn: 'root' })
export class LapseApi {
  private readonly apollo = inject(HomewardApollo);

  async plan(planId: string): Promise<LapsePlan | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: LapsePlanDocument, variables: { planId } }),
    );
    return result.data?.lapsePlan ?? null;
  }

  async propose(input: ProposeLapsePlanInput): Promise<LapsePlan | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ProposeLapsePlanDocument, variables: { input } }),
    );
    return result.data?.proposeLapsePlan ?? null;
  }

  async accept(versionId: string): Promise<LapsePlan | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: AcceptLapsePlanDocument,
        variables: { input: { versionId } },
      }),
    );
    return result.data?.acceptLapsePlan ?? null;
  }

  async record(input: RecordSomethingHappenedInput): Promise<LapsePlan | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RecordSomethingHappenedDocument, variables: { input } }),
    );
    return result.data?.recordSomethingHappened ?? null;
  }

  async checkStep(lapseId: string, position: number): Promise<LapsePlan | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: CheckStepBackInDocument,
        variables: { input: { lapseId, position } },
      }),
    );
    return result.data?.checkStepBackIn ?? null;
  }

  async resume(lapseId: string): Promise<LapsePlan | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ResumeAfterLapseDocument, variables: { input: { lapseId } } }),
    );
    return result.data?.resumeAfterLapse ?? null;
  }
}
