import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  ApproveVisitDocument,
  type ApproveVisitInput,
  CloseVisitDocument,
  type CloseVisitInput,
  DebriefVisitDocument,
  type DebriefVisitInput,
  PlanParticipantsDocument,
  type PlanParticipantsQuery,
  RequestVisitDocument,
  type RequestVisitInput,
  RespondToVisitDocument,
  type VisitFieldsFragment,
  VisitsDocument,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type Visit = VisitFieldsFragment;
export type VisitParticipant = Visit['participants'][number];
export type VisitDebrief = Visit['debriefs'][number];
export type PlanParticipant = PlanParticipantsQuery['agreement']['members'][number];

/** Visits of a plan as the reader may see them, and every step of one. Refusals carry `extensions.reason`. */
@Injectable({ providedIn: 'root' })
export class VisitsApi {
  private readonly apollo = inject(HomewardApollo);

  /** The last 90 days and ahead, earliest first. */
  async list(planId: string): Promise<Visit[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: VisitsDocument, variables: { planId } }),
    );
    return result.data?.visits ?? [];
  }

  /** The plan's active patient and family members: who can take part in a visit. */
  async participants(planId: string): Promise<PlanParticipant[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: PlanParticipantsDocument, variables: { id: planId } }),
    );
    return result.data?.agreement.members ?? [];
  }

  async request(input: RequestVisitInput): Promise<Visit | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RequestVisitDocument, variables: { input } }),
    );
    return result.data?.requestVisit ?? null;
  }

  /** Staff: approve, naming the member of staff who will be there when the visit needs one. */
  async approve(input: ApproveVisitInput): Promise<Visit | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ApproveVisitDocument, variables: { input } }),
    );
    return result.data?.approveVisit ?? null;
  }

  /** Willing, or opting out: no reason is asked, and it never counts against anyone. */
  async respond(visitId: string, willing: boolean): Promise<Visit | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: RespondToVisitDocument,
        variables: { input: { visitId, willing } },
      }),
    );
    return result.data?.respondToVisit ?? null;
  }

  /** Staff: completed, cancelled or ended early. */
  async close(input: CloseVisitInput): Promise<Visit | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CloseVisitDocument, variables: { input } }),
    );
    return result.data?.closeVisit ?? null;
  }

  async debrief(input: DebriefVisitInput): Promise<Visit | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: DebriefVisitDocument, variables: { input } }),
    );
    return result.data?.debriefVisit ?? null;
  }
}
