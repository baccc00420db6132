import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  AnswerPhaseProposalDocument,
  type AnswerPhaseProposalInput,
  AskToPauseDocument,
  type AskToPauseInput,
  DecideMilestoneDocument,
  type DecideMilestoneInput,
  type PhaseProposalFieldsFragment,
  PhaseProposalDocument,
  ProposeNextPhaseDocument,
  type ProposeNextPhaseInput,
  StepBackPhaseDocument,
  type StepBackPhaseInput,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type PhaseProposal = PhaseProposalFieldsFragment;

/**
 * Moving between phases: the counselor proposes and everyone agrees before the plan moves up
 * (a refusal carries `extensions.blockers`); the counselor steps back with a reason; anyone on the
 * plan may ask to pause; staff verify or waive milestones.
 */
@Injectable({ providedIn: 'root' })
export class PhaseMovesApi {
  private readonly apollo = inject(HomewardApollo);

  /** The open proposal to move up, or null. */
  async proposal(planId: string): Promise<PhaseProposal | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: PhaseProposalDocument, variables: { planId } }),
    );
    return result.data?.phaseProposal ?? null;
  }

  async propose(input: ProposeNextPhaseInput): Promise<PhaseProposal | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: ProposeNextPhaseDocument, variables: { input } }),
    );
    return result.data?.proposeNextPhase ?? null;
  }

  /** Agree, or ask to wait with a comment; the last agreement moves the plan up. */
  async answer(input: AnswerPhaseProposalInput): Promise<PhaseProposal | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AnswerPhaseProposalDocument, variables: { input } }),
    );
    return result.data?.answerPhaseProposal ?? null;
  }

  async stepBack(input: StepBackPhaseInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: StepBackPhaseDocument, variables: { input } }),
    );
  }

  /** Takes effect at once; staff resume the plan with the people on it. */
  async askToPause(input: AskToPauseInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: AskToPauseDocument, variables: { input } }),
    );
  }

  async decideMilestone(input: DecideMilestoneInput): Promise<void> {
    await firstValueFrom(
      this.apollo.mutate({ mutation: DecideMilestoneDocument, variables: { input } }),
    );
  }
}
