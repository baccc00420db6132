import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  CONCERN_CLOSE_REASONS,
  CONCERN_ENTRY_KINDS,
  CONCERN_SEVERITIES,
  CONCERN_STATUSES,
  CONCERN_SUBJECTS,
  COMMITMENT_OUTCOMES,
  REPAIR_STATUSES,
  CommitmentOutcome,
  ConcernCloseReason,
  ConcernEntryKind,
  ConcernSeverity,
  ConcernStatus,
  ConcernSubject,
  RepairStatus,
} from '@homeward/domain';
import { graphqlEnum } from '../../../platform/graphql-enum';

export const ConcernSubjectEnum = graphqlEnum(
  CONCERN_SUBJECTS,
  'ConcernSubject',
  'What a concern is about: a boundary, an expectation, a visit, or the raiser’s safety',
);
export const ConcernSeverityEnum = graphqlEnum(CONCERN_SEVERITIES, 'ConcernSeverity');
export const ConcernStatusEnum = graphqlEnum(
  CONCERN_STATUSES,
  'ConcernStatus',
  'OPEN → IN_DISCUSSION → RESOLVED (with a repair kept) or CLOSED (with a kind reason)',
);
export const ConcernCloseReasonEnum = graphqlEnum(CONCERN_CLOSE_REASONS, 'ConcernCloseReason');
export const ConcernEntryKindEnum = graphqlEnum(
  CONCERN_ENTRY_KINDS,
  'ConcernEntryKind',
  "RAISED: the raiser's own words. FRAMING: how the counselor puts it. COMMENT: the conversation",
);
export const CommitmentOutcomeEnum = graphqlEnum(COMMITMENT_OUTCOMES, 'CommitmentOutcome');
export const RepairStatusEnum = graphqlEnum(REPAIR_STATUSES, 'RepairStatus');

@ObjectType('ConcernPerson')
export class ConcernPersonModel {
  @Field(() => ID)
  memberId: string;

  @Field()
  displayName: string;
}

/** Words kept on a concern, as the reader may read them. */
@ObjectType('ConcernEntry')
export class ConcernEntryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ConcernEntryKindEnum)
  kind: ConcernEntryKind;

  @Field()
  words: string;

  @Field()
  authorName: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('RepairCommitment')
export class RepairCommitmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  memberId: string;

  @Field()
  memberName: string;

  @Field()
  words: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  reviewOn: string | null;

  @Field({ description: 'Its owner accepted their part of this version' })
  accepted: boolean;

  @Field({ description: "The reader's own commitment" })
  mine: boolean;

  @Field(() => CommitmentOutcomeEnum, { nullable: true, description: "Its owner's latest mark" })
  ownerMark: CommitmentOutcome | null;

  @Field(() => CommitmentOutcomeEnum, {
    nullable: true,
    description: "Staff's latest confirmation",
  })
  confirmed: CommitmentOutcome | null;
}

@ObjectType('RepairAgreement')
export class RepairAgreementModel {
  @Field(() => ID)
  id: string;

  @Field()
  version: number;

  @Field(() => RepairStatusEnum)
  status: RepairStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => [RepairCommitmentModel])
  commitments: RepairCommitmentModel[];
}

/** A concern as its reader may see it (staff and the raiser: all of it; the people it involves: after review). */
@ObjectType('Concern')
export class ConcernModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field(() => ConcernSubjectEnum)
  subject: ConcernSubject;

  @Field(() => ID, { nullable: true })
  boundaryId: string | null;

  @Field(() => ID, { nullable: true })
  expectationId: string | null;

  @Field(() => ID, { nullable: true })
  visitId: string | null;

  @Field(() => ConcernSeverityEnum)
  severity: ConcernSeverity;

  @Field(() => ConcernStatusEnum)
  status: ConcernStatus;

  @Field()
  raisedByName: string;

  @Field({ description: 'The reader raised it' })
  raisedByMe: boolean;

  @Field(() => [ConcernPersonModel])
  about: ConcernPersonModel[];

  @Field(() => [ConcernPersonModel], { description: 'The people brought into the conversation' })
  parties: ConcernPersonModel[];

  @Field({ description: 'The raiser agreed that the others may read their own words' })
  shareOwnWords: boolean;

  @Field()
  reviewed: boolean;

  @Field(() => ConcernCloseReasonEnum, { nullable: true })
  closeReason: ConcernCloseReason | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  settledAt: Date | null;

  @Field(() => [ConcernEntryModel], {
    description:
      "The words the reader may read, oldest first: the raiser's (when theirs or shared), the counselor's framing, the conversation",
  })
  entries: ConcernEntryModel[];

  @Field(() => RepairAgreementModel, {
    nullable: true,
    description: 'The current repair agreement, if one has been proposed',
  })
  repair: RepairAgreementModel | null;
}

/** One line of the staff's concerns queue. */
@ObjectType('ConcernQueueItem')
export class ConcernQueueItemModel {
  @Field(() => ID)
  concernId: string;

  @Field(() => ID)
  planId: string;

  @Field()
  patientName: string;

  @Field(() => ConcernSeverityEnum)
  severity: ConcernSeverity;

  @Field(() => ConcernStatusEnum)
  status: ConcernStatus;

  @Field(() => ConcernSubjectEnum)
  subject: ConcernSubject;

  @Field()
  reviewed: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
