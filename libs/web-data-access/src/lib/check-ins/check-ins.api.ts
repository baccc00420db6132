import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  type CheckInFieldsFragment,
  type FamilyCheckInInput,
  MyCheckInsDocument,
  type PatientCheckInInput,
  SubmitCheckInDocument,
  SubmitFamilyCheckInDocument,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type CheckIn = CheckInFieldsFragment;
/** What a person fills in; the API service adds the plan and the idempotency key. */
export type PatientCheckInAnswers = Omit<PatientCheckInInput, 'planId' | 'idempotencyKey'>;
export type FamilyCheckInAnswers = Omit<FamilyCheckInInput, 'planId' | 'idempotencyKey'>;

/** A new idempotency key: 32 hex characters (the API takes 8 to 100 of [A-Za-z0-9-]). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * One key per submission: a retry of the same answers (say, after the network dropped) reuses
 * the key, so a request that did arrive the first time is never counted twice. Different answers
 * are a new submission with a new key; once one succeeds, the next starts afresh.
 */
export class SubmissionKey {
  private pending: { key: string; answers: string } | null = null;

  constructor(private readonly make: () => string = newIdempotencyKey) {}

  for(answers: unknown): string {
    const text = JSON.stringify(answers);
    if (this.pending?.answers !== text) this.pending = { key: this.make(), answers: text };
    return this.pending.key;
  }

  done(): void {
    this.pending = null;
  }
}

/** Daily check-ins: one a day counts (a later one that day counts instead), read back by their writer. */
@Injectable({ providedIn: 'root' })
export class CheckInsApi {
  private readonly apollo = inject(HomewardApollo);

  /** The reader's own check-ins of the last `days` days (1: today only), newest first, replaced ones included. */
  async mine(planId: string, days: number): Promise<CheckIn[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyCheckInsDocument, variables: { planId, days } }),
    );
    return result.data?.myCheckIns ?? [];
  }

  async submit(
    planId: string,
    answers: PatientCheckInAnswers,
    key: SubmissionKey,
  ): Promise<CheckIn | null> {
    const input: PatientCheckInInput = {
      planId,
      ...answers,
      idempotencyKey: key.for({ planId, ...answers }),
    };
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SubmitCheckInDocument, variables: { input } }),
    );
    key.done();
    return result.data?.submitCheckIn ?? null;
  }

  /** A family member's own: private to them and staff. */
  async submitFamily(
    planId: string,
    answers: FamilyCheckInAnswers,
    key: SubmissionKey,
  ): Promise<CheckIn | null> {
    const input: FamilyCheckInInput = {
      planId,
      ...answers,
      idempotencyKey: key.for({ planId, ...answers }),
    };
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SubmitFamilyCheckInDocument, variables: { input } }),
    );
    key.done();
    return result.data?.submitFamilyCheckIn ?? null;
  }
}
