import { invalid } from '../../../platform/validation-error';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { WrittenText } from '../../../platform/written-text';
import { PROPOSAL_STATUSES, ProposalStatus } from '../phase-proposal.entity';

export const ProposalStatusEnum = graphqlEnum(PROPOSAL_STATUSES, 'PhaseProposalStatus');
export const MILESTONE_DECISIONS = ['VERIFY', 'WAIVE'] as const;
export const MilestoneDecisionEnum = graphqlEnum(MILESTONE_DECISIONS, 'MilestoneDecision');

@ObjectType('PhaseProposalAnswer')
export class PhaseProposalAnswerModel {
  @Field(() => ID)
  memberId: string;

  @Field()
  displayName: string;

  @Field({ description: 'true: agrees; false: asks to wait' })
  agree: boolean;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => GraphQLISODateTime)
  answeredAt: Date;
}

/** What keeps a plan from moving up, as reasons of the API's catalog (the web words them). */
export const PHASE_MOVE_BLOCKER_REASONS = [
  'PHASE_MOVE_PLAN_NOT_ACTIVE',
  'PHASE_MOVE_NO_NEXT_PHASE',
  'PHASE_MOVE_MILESTONES_NOT_ACHIEVED',
  'PHASE_MOVE_WAITING_PERIOD',
  'PHASE_MOVE_CONTRACT_NOT_SIGNED',
] as const;
export type PhaseMoveBlockerReason = (typeof PHASE_MOVE_BLOCKER_REASONS)[number];
export const PhaseMoveBlockerReasonEnum = graphqlEnum(
  PHASE_MOVE_BLOCKER_REASONS,
  'PhaseMoveBlockerReason',
  "A reason in the API's catalog; its params are the proposal's milestonesAchieved, milestonesTotal and waitUntil",
);

@ObjectType('PhaseProposal')
export class PhaseProposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field(() => Int)
  fromPosition: number;

  @Field(() => Int)
  toPosition: number;

  @Field()
  toPhaseName: string;

  @Field()
  reason: string;

  @Field()
  proposedByName: string;

  @Field(() => ProposalStatusEnum)
  status: ProposalStatus;

  @Field(() => [PhaseProposalAnswerModel], { description: "Each member's latest answer" })
  answers: PhaseProposalAnswerModel[];

  @Field(() => [String], { description: 'Active members who have not agreed yet' })
  waitingFor: string[];

  @Field({ description: 'The reader is asked to answer' })
  awaitingMyAnswer: boolean;

  @Field(() => [String], {
    description:
      "What still stands in the way once everyone agrees, in words a person can act on (in the reader's language)",
  })
  blockers: string[];

  @Field(() => [PhaseMoveBlockerReasonEnum], {
    description: "The same, as reasons for the reader's client to put in words",
  })
  blockerReasons: PhaseMoveBlockerReason[];

  @Field(() => Int, {
    nullable: true,
    description:
      "While open: the current phase's milestones achieved so far (`achieved` of PHASE_MOVE_MILESTONES_NOT_ACHIEVED)",
  })
  milestonesAchieved: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "While open: the current phase's milestones in all (`total` of PHASE_MOVE_MILESTONES_NOT_ACHIEVED)",
  })
  milestonesTotal: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'While open, after a step back: the day (YYYY-MM-DD) the next try is possible from (`waitUntil` of PHASE_MOVE_WAITING_PERIOD)',
  })
  waitUntil: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@InputType()
export class ProposeNextPhaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field()
  @WrittenText('INPUT_PROPOSE_REASON', 1000)
  reason: string;
}

@InputType()
export class AnswerPhaseProposalInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PROPOSAL') })
  proposalId: string;

  @Field({ description: 'true: agree; false: ask to wait' })
  @IsBoolean({ message: invalid('INPUT_PHASE_ANSWER') })
  agree: boolean;

  @Field(() => String, { nullable: true, description: 'Needed when asking to wait' })
  @IsOptional()
  @WrittenText('INPUT_WHY_OPTIONAL', 1000)
  comment?: string;
}

@InputType()
export class StepBackPhaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field()
  @WrittenText('INPUT_STEP_BACK_REASON', 1000)
  reason: string;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'Days before the next try at the phase stepped back from (0 to 90)',
  })
  @IsInt({ message: invalid('INPUT_WAIT_DAYS') })
  @Min(0, { message: invalid('INPUT_WAIT_DAYS') })
  @Max(90, { message: invalid('INPUT_WAIT_DAYS') })
  waitDays: number;
}

@InputType()
export class AskToPauseInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Optional: no reason is needed to ask for a pause',
  })
  @IsOptional()
  @WrittenText('INPUT_FEW_WORDS_OPTIONAL', 1000)
  reason?: string;
}

@InputType()
export class DecideMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_MILESTONE') })
  milestoneId: string;

  @Field(() => MilestoneDecisionEnum, {
    description: 'VERIFY a manual milestone, or WAIVE any milestone (with a reason)',
  })
  @IsIn(MILESTONE_DECISIONS, { message: invalid('INPUT_MILESTONE_DECISION') })
  decision: (typeof MILESTONE_DECISIONS)[number];

  @Field(() => String, { nullable: true, description: 'Needed to waive' })
  @IsOptional()
  @WrittenText('INPUT_MILESTONE_REASON', 1000)
  reason?: string;
}
