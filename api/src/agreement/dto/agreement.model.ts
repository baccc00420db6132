import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  BOUNDARY_VISIBILITIES,
  BoundaryVisibility,
  ContactType,
  EXPECTATION_CATEGORIES,
  EXPECTATION_DECISIONS,
  EXPECTATION_STATUSES,
  ExpectationCategory,
  ExpectationDecision,
  ExpectationStatus,
  GapReason,
} from '@homeward/domain';
import { graphqlEnum } from '../../platform/graphql-enum';
import {
  MemberKindEnum,
  MemberStatusEnum,
  RelationshipEnum,
} from '../../planning/plans/dto/plan.model';
import { ContactTypeEnum } from '../../planning/templates/dto/plan-template.model';

export const ExpectationCategoryEnum = graphqlEnum(
  EXPECTATION_CATEGORIES,
  'ExpectationCategory',
  'What an expectation or a boundary is about',
);
export const ExpectationDecisionEnum = graphqlEnum(EXPECTATION_DECISIONS, 'ExpectationDecision');
export const ExpectationStatusEnum = graphqlEnum(EXPECTATION_STATUSES, 'ExpectationStatus');
export const BoundaryVisibilityEnum = graphqlEnum(
  BOUNDARY_VISIBILITIES,
  'BoundaryVisibility',
  'PLAN: the people it applies to see it. STAFF_ONLY: its owner and staff, while a counselor coaches them',
);
export const GAP_REASONS = [
  'CHANGE_REQUESTED',
  'BOTH_SIDES_DIFFER',
] as const satisfies readonly GapReason[];
export const GapReasonEnum = graphqlEnum(GAP_REASONS, 'GapReason');
export const WAITING_KINDS = [
  'ANSWER_EXPECTATION',
  'REVIEW_EXPECTATION',
  'ACKNOWLEDGE_BOUNDARY',
  'SIGN_CONTRACT',
  'EXPECTATION_GAP',
  'CONFIRM_VISIT',
] as const;
export type WaitingKind = (typeof WAITING_KINDS)[number];
export const WaitingKindEnum = graphqlEnum(WAITING_KINDS, 'WaitingKind');

/** A person on the plan as the agreement names them. */
@ObjectType('AgreementMember')
export class AgreementMemberModel {
  @Field(() => ID, { description: 'The plan member id' })
  id: string;

  @Field()
  displayName: string;

  @Field(() => MemberKindEnum)
  kind: keyof typeof MemberKindEnum;

  @Field(() => RelationshipEnum, { nullable: true })
  relationship: keyof typeof RelationshipEnum | null;

  @Field(() => MemberStatusEnum)
  status: keyof typeof MemberStatusEnum;

  @Field({ description: 'Whether this is the person reading' })
  isMe: boolean;
}

@ObjectType('ExpectationVersion')
export class ExpectationVersionModel {
  @Field(() => Int)
  version: number;

  @Field()
  text: string;

  @Field(() => String, {
    nullable: true,
    description: 'The review date this version set (YYYY-MM-DD)',
  })
  reviewOn: string | null;

  @Field()
  authorName: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

/** A party's answer, or a counselor's comment and suggested wording. */
@ObjectType('ExpectationAnswer')
export class ExpectationAnswerModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version it answers' })
  version: number;

  @Field(() => ExpectationDecisionEnum, {
    nullable: true,
    description: "Null for a counselor's comment",
  })
  decision: ExpectationDecision | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => String, { nullable: true, description: "A counselor's suggested wording" })
  suggestedText: string | null;

  @Field()
  authorName: string;

  @Field({ description: 'Written by staff (a comment, not a decision)' })
  fromStaff: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

/** Where one party stands on the current version. */
@ObjectType('ExpectationParty')
export class ExpectationPartyModel {
  @Field(() => AgreementMemberModel)
  member: AgreementMemberModel;

  @Field(() => ExpectationDecisionEnum, {
    nullable: true,
    description: 'ACCEPT or REQUEST_CHANGE on the current version; null while not answered',
  })
  decision: ExpectationDecision | null;

  @Field({ description: 'This party has asked to retire it' })
  wantsToRetire: boolean;
}

@ObjectType('Expectation')
export class ExpectationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field(() => ExpectationCategoryEnum)
  category: ExpectationCategory;

  @Field(() => AgreementMemberModel, { description: 'Whose expectation it is (who asks)' })
  from: AgreementMemberModel;

  @Field(() => AgreementMemberModel, { description: 'Of whom it is expected' })
  to: AgreementMemberModel;

  @Field(() => Int, { description: 'The phase (place on the ladder) it applies from' })
  appliesFromPhase: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  reviewOn: string | null;

  @Field({ description: 'Agreed, and its review date has come' })
  dueForReview: boolean;

  @Field(() => ExpectationStatusEnum)
  status: ExpectationStatus;

  @Field(() => Int)
  currentVersion: number;

  @Field({ description: 'The words of the current version' })
  text: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The latest version every party accepted; it stays in force (and in the contract) while a newer one is talked over',
  })
  agreedVersion: number | null;

  @Field({ description: 'Agreed, and a newer wording or a change is being talked over' })
  changeUnderDiscussion: boolean;

  @Field(() => [ExpectationVersionModel], { description: 'Every version, oldest first' })
  versions: ExpectationVersionModel[];

  @Field(() => [ExpectationAnswerModel], { description: 'Every answer and comment, oldest first' })
  answers: ExpectationAnswerModel[];

  @Field(() => [ExpectationPartyModel])
  parties: ExpectationPartyModel[];

  @Field({ description: 'The reader is a party and has not accepted the current version' })
  awaitingMyAnswer: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('BoundaryVersion')
export class BoundaryVersionModel {
  @Field(() => Int)
  version: number;

  @Field()
  need: string;

  @Field()
  ifCrossed: string;

  @Field(() => BoundaryVisibilityEnum)
  visibility: BoundaryVisibility;

  @Field(() => [AgreementMemberModel])
  appliesTo: AgreementMemberModel[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('BoundaryAcknowledgement')
export class BoundaryAcknowledgementModel {
  @Field(() => AgreementMemberModel)
  member: AgreementMemberModel;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLISODateTime)
  acknowledgedAt: Date;
}

@ObjectType('Boundary')
export class BoundaryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field(() => ExpectationCategoryEnum)
  category: ExpectationCategory;

  @Field(() => AgreementMemberModel)
  owner: AgreementMemberModel;

  @Field(() => Int)
  currentVersion: number;

  @Field()
  need: string;

  @Field()
  ifCrossed: string;

  @Field(() => BoundaryVisibilityEnum)
  visibility: BoundaryVisibility;

  @Field(() => [AgreementMemberModel])
  appliesTo: AgreementMemberModel[];

  @Field(() => [BoundaryVersionModel], { description: 'Every version, oldest first' })
  versions: BoundaryVersionModel[];

  @Field(() => [BoundaryAcknowledgementModel], {
    description: 'Acknowledgements of every version, oldest first',
  })
  acknowledgements: BoundaryAcknowledgementModel[];

  @Field({
    description:
      'Shared with the plan and acknowledged by everyone it applies to, in its current version',
  })
  acknowledged: boolean;

  @Field({
    description: 'The reader is someone it applies to and has not acknowledged the current version',
  })
  awaitingMyAcknowledgement: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('ContractExpectation')
export class ContractExpectationModel {
  @Field(() => ExpectationCategoryEnum)
  category: ExpectationCategory;

  @Field()
  fromName: string;

  @Field()
  toName: string;

  @Field()
  text: string;

  @Field(() => Int)
  appliesFromPhase: number;
}

@ObjectType('ContractBoundary')
export class ContractBoundaryModel {
  @Field(() => ExpectationCategoryEnum)
  category: ExpectationCategory;

  @Field()
  ownerName: string;

  @Field()
  need: string;

  @Field()
  ifCrossed: string;

  @Field(() => [String])
  appliesToNames: string[];
}

@ObjectType('ContractSignature')
export class ContractSignatureModel {
  @Field(() => AgreementMemberModel)
  member: AgreementMemberModel;

  @Field({ description: 'The full name they typed' })
  typedName: string;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;

  @Field({ description: 'The SHA-256 of the content they signed' })
  contentHash: string;
}

/** One version of the home contract, as every member of the plan sees it. */
@ObjectType('HomeContract')
export class HomeContractModel {
  @Field(() => ID)
  planId: string;

  @Field(() => Int)
  version: number;

  @Field({ description: 'Whether this is the version in force (later changes make a new one)' })
  current: boolean;

  @Field({ description: 'SHA-256 of the canonical content' })
  contentHash: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => [ContractExpectationModel])
  expectations: ContractExpectationModel[];

  @Field(() => [ContractBoundaryModel])
  boundaries: ContractBoundaryModel[];

  @Field(() => [ContractSignatureModel])
  signatures: ContractSignatureModel[];

  @Field(() => [AgreementMemberModel], {
    description: 'Active members who have not signed this version',
  })
  awaitingSignatureFrom: AgreementMemberModel[];

  @Field({
    description: 'Signed by every active member: needed before a phase that allows overnight stays',
  })
  signedByAllActiveMembers: boolean;

  @Field({ description: 'The reader is an active member who has not signed this version' })
  awaitingMySignature: boolean;

  @Field({ description: 'The 42 CFR §2.32 notice that goes with it' })
  redisclosureNotice: string;
}

/** A step of the plan's ladder by name: the plan's shape, not where it stands. */
@ObjectType('AgreementPhase')
export class AgreementPhaseModel {
  @Field(() => Int)
  position: number;

  @Field()
  name: string;
}

/** The agreement of one plan, as the reader may see it. */
@ObjectType('Agreement')
export class AgreementModel {
  @Field(() => ID)
  planId: string;

  @Field(() => [AgreementMemberModel], {
    description: 'Active patient and family members: who can be a party',
  })
  members: AgreementMemberModel[];

  @Field(() => [ExpectationModel], {
    description: 'Staff and the patient see all; a family member those they are a party to',
  })
  expectations: ExpectationModel[];

  @Field(() => [BoundaryModel], {
    description:
      'Those the reader owns or that apply to them (shared with the plan); staff see all',
  })
  boundaries: BoundaryModel[];

  @Field(() => HomeContractModel, {
    nullable: true,
    description: 'The current home contract; null until something is agreed',
  })
  contract: HomeContractModel | null;

  @Field(() => Int, { description: 'How many versions the contract has had' })
  contractVersionCount: number;

  @Field(() => [AgreementPhaseModel], {
    description: 'The ladder\'s phases by name, for "applies from" (not where the plan stands)',
  })
  phases: AgreementPhaseModel[];
}

@ObjectType('GapExpectation')
export class GapExpectationModel {
  @Field({ description: 'The current words' })
  text: string;

  @Field(() => AgreementMemberModel, { description: 'Of whom it is expected' })
  of: AgreementMemberModel;
}

@ObjectType('GapPerson')
export class GapPersonModel {
  @Field(() => AgreementMemberModel)
  member: AgreementMemberModel;

  @Field(() => [GapExpectationModel], { description: 'What they expect of others here' })
  expects: GapExpectationModel[];

  @Field(() => [String], {
    description: 'The changes they have asked for and not yet seen answered',
  })
  changesAsked: string[];
}

/** One category of the expectation gap: what each person expects, side by side. */
@ObjectType('ExpectationGapCategory')
export class ExpectationGapCategoryModel {
  @Field(() => ExpectationCategoryEnum)
  category: ExpectationCategory;

  @Field({ description: 'People expect different things here' })
  mismatch: boolean;

  @Field(() => [GapReasonEnum])
  reasons: GapReason[];

  @Field(() => [GapPersonModel])
  people: GapPersonModel[];

  @Field(() => [ID], { description: 'The expectations behind a mismatch' })
  expectationIds: string[];
}

/** Something that waits for the reader. */
@ObjectType('WaitingItem')
export class WaitingItemModel {
  @Field(() => WaitingKindEnum)
  kind: WaitingKind;

  @Field(() => ID)
  planId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The expectation or boundary; null for a contract or a gap',
  })
  recordId: string | null;

  @Field(() => Int, { nullable: true, description: 'The contract version to sign' })
  version: number | null;

  @Field(() => ExpectationCategoryEnum, { nullable: true })
  category: ExpectationCategory | null;

  @Field(() => ContactTypeEnum, { nullable: true, description: 'For a visit to confirm: its kind' })
  contactType: ContactType | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'For a visit to confirm: when it starts',
  })
  startsAt: Date | null;

  @Field({ description: 'The patient whose plan it is' })
  patientName: string;

  @Field({ description: 'Short words for what waits: the expectation or boundary text' })
  summary: string;

  @Field(() => GraphQLISODateTime)
  since: Date;
}
