import { Injectable, inject } from '@angular/core';
import { HomewardApollo } from '../apollo';
import { firstValueFrom } from 'rxjs';
import {
  AcceptRepairDocument,
  CloseConcernDocument,
  type CloseConcernInput,
  CommentOnConcernDocument,
  ConcernChoicesDocument,
  type ConcernChoicesQuery,
  type ConcernFieldsFragment,
  ConcernQueueDocument,
  type ConcernQueueQuery,
  ConcernsDocument,
  ConfirmCommitmentDocument,
  MarkCommitmentDocument,
  type MarkCommitmentInput,
  OpenConcernDiscussionDocument,
  PauseVisitsForConcernDocument,
  ProposeRepairDocument,
  type ProposeRepairInput,
  RaiseConcernDocument,
  type RaiseConcernInput,
  ReviewConcernDocument,
} from '../../generated/graphql';

export type Concern = ConcernFieldsFragment;
export type ConcernQueueItem = ConcernQueueQuery['concernQueue'][number];
export type ConcernChoices = ConcernChoicesQuery['agreement'];

/** Concerns of a plan and every step of one; refusals carry `extensions.reason`. */
@Injectable({ providedIn: 'root' })
export class ConcernsApi {
  private readonly apollo = inject(HomewardApollo);

  async list(planId: string): Promise<Concern[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: ConcernsDocument, variables: { planId } }),
    );
    return result.data?.concerns ?? [];
  }

  /** Staff: open concerns across their caseload, SAFETY first, then the oldest. */
  async queue(): Promise<ConcernQueueItem[]> {
    const result = await firstValueFrom(this.apollo.query({ query: ConcernQueueDocument }));
    return result.data?.concernQueue ?? [];
  }

  async choices(planId: string): Promise<ConcernChoices | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: ConcernChoicesDocument, variables: { id: planId } }),
    );
    return result.data?.agreement ?? null;
  }

  async raise(input: RaiseConcernInput): Promise<Concern | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RaiseConcernDocument, variables: { input } }),
    );
    return result.data?.raiseConcern ?? null;
  }

  async review(concernId: string, framing: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: ReviewConcernDocument,
        variables: { input: { concernId, framing } },
      }),
    );
  }

  async openDiscussion(concernId: string, partyMemberIds: string[]): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: OpenConcernDiscussionDocument,
        variables: { input: { concernId, partyMemberIds } },
      }),
    );
  }

  async comment(concernId: string, words: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: CommentOnConcernDocument,
        variables: { input: { concernId, words } },
      }),
    );
  }

  async close(input: CloseConcernInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: CloseConcernDocument, variables: { input } }),
    );
  }

  async pauseVisits(concernId: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({
        mutation: PauseVisitsForConcernDocument,
        variables: { input: { concernId } },
      }),
    );
  }

  async proposeRepair(input: ProposeRepairInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: ProposeRepairDocument, variables: { input } }),
    );
  }

  async acceptRepair(agreementId: string): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: AcceptRepairDocument, variables: { input: { agreementId } } }),
    );
  }

  async mark(input: MarkCommitmentInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: MarkCommitmentDocument, variables: { input } }),
    );
  }

  async confirm(input: MarkCommitmentInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: ConfirmCommitmentDocument, variables: { input } }),
    );
  }
}
