import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  AcknowledgeBoundaryDocument,
  type AcknowledgeBoundaryInput,
  AgreementDocument,
  type AgreementFieldsFragment,
  AnswerExpectationDocument,
  type AnswerExpectationInput,
  type BoundaryFieldsFragment,
  CommentOnExpectationDocument,
  type CommentOnExpectationInput,
  type ContractVersionInput,
  type ExpectationFieldsFragment,
  ExpectationGapDocument,
  type ExpectationGapQuery,
  HomeContractDocument,
  type HomeContractFieldsFragment,
  HomeContractPdfDocument,
  ProposeExpectationDocument,
  type ProposeExpectationInput,
  ReviseBoundaryDocument,
  type ReviseBoundaryInput,
  ReviseExpectationDocument,
  type ReviseExpectationInput,
  SignHomeContractDocument,
  type SignHomeContractInput,
  StateBoundaryDocument,
  type StateBoundaryInput,
  WaitingOnMeDocument,
  type WaitingOnMeQuery,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type Agreement = AgreementFieldsFragment;
export type AgreementMember = Agreement['members'][number];
export type Expectation = ExpectationFieldsFragment;
export type ExpectationAnswer = Expectation['answers'][number];
export type Boundary = BoundaryFieldsFragment;
export type HomeContract = HomeContractFieldsFragment;
export type GapCategory = ExpectationGapQuery['expectationGap'][number];
export type WaitingItem = WaitingOnMeQuery['waitingOnMe'][number];

/** A plan's agreement: expectations both ways, boundaries, the home contract, and what waits for the reader. */
@Injectable({ providedIn: 'root' })
export class AgreementApi {
  private readonly apollo = inject(HomewardApollo);

  /** As the reader may see it: staff see all, a family member what involves them. */
  async agreement(planId: string): Promise<Agreement | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: AgreementDocument, variables: { id: planId } }),
    );
    return result.data?.agreement ?? null;
  }

  /** Staff: what each person expects, category by category, with mismatches flagged. */
  async gap(planId: string): Promise<GapCategory[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: ExpectationGapDocument, variables: { id: planId } }),
    );
    return result.data?.expectationGap ?? [];
  }

  /** What waits for the reader, oldest first, across their plans. */
  async waitingOnMe(): Promise<WaitingItem[]> {
    const result = await firstValueFrom(this.apollo.query({ query: WaitingOnMeDocument }));
    return result.data?.waitingOnMe ?? [];
  }

  async contract(input: ContractVersionInput): Promise<HomeContract | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: HomeContractDocument, variables: { input } }),
    );
    return result.data?.homeContract ?? null;
  }

  /** One version of the contract as PDF bytes (the API sends base64; the export is audited). */
  async contractPdf(input: ContractVersionInput): Promise<Uint8Array<ArrayBuffer>> {
    const result = await firstValueFrom(
      this.apollo.query({ query: HomeContractPdfDocument, variables: { input } }),
    );
    return base64ToBytes(result.data?.homeContractPdf ?? '');
  }

  async propose(input: ProposeExpectationInput): Promise<Expectation | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ProposeExpectationDocument, variables: { input } }),
    );
    return result.data?.proposeExpectation ?? null;
  }

  async revise(input: ReviseExpectationInput): Promise<Expectation | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ReviseExpectationDocument, variables: { input } }),
    );
    return result.data?.reviseExpectation ?? null;
  }

  async answer(input: AnswerExpectationInput): Promise<Expectation | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AnswerExpectationDocument, variables: { input } }),
    );
    return result.data?.answerExpectation ?? null;
  }

  /** Staff: a comment and suggested wording; it decides nothing. */
  async comment(input: CommentOnExpectationInput): Promise<Expectation | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CommentOnExpectationDocument, variables: { input } }),
    );
    return result.data?.commentOnExpectation ?? null;
  }

  async stateBoundary(input: StateBoundaryInput): Promise<Boundary | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: StateBoundaryDocument, variables: { input } }),
    );
    return result.data?.stateBoundary ?? null;
  }

  async reviseBoundary(input: ReviseBoundaryInput): Promise<Boundary | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ReviseBoundaryDocument, variables: { input } }),
    );
    return result.data?.reviseBoundary ?? null;
  }

  async acknowledgeBoundary(input: AcknowledgeBoundaryInput): Promise<Boundary | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AcknowledgeBoundaryDocument, variables: { input } }),
    );
    return result.data?.acknowledgeBoundary ?? null;
  }

  async sign(input: SignHomeContractInput): Promise<HomeContract | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SignHomeContractDocument, variables: { input } }),
    );
    return result.data?.signHomeContract ?? null;
  }
}

/** Decodes base64 (as the API sends files) into bytes. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
