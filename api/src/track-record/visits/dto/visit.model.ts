import { invalid } from '../../../platform/validation-error';
import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import {
  CONTACT_TYPES,
  ContactType,
  VISIT_STATUSES,
  VisitStatus,
  WILLINGNESS,
  Willingness,
} from '@homeward/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { WrittenText } from '../../../platform/written-text';
import { MemberKindEnum } from '../../../planning/plans/dto/plan.model';
import { ContactTypeEnum } from '../../../planning/templates/dto/plan-template.model';
import type { MemberKind } from '../visits.reader';

export const VisitStatusEnum = graphqlEnum(VISIT_STATUSES, 'VisitStatus');
export const WillingnessEnum = graphqlEnum(
  WILLINGNESS,
  'Willingness',
  'PENDING until they answer; OPTED_OUT needs no reason and never counts against anyone',
);
export const VISIT_OUTCOMES = ['COMPLETED', 'CANCELLED', 'ENDED_EARLY'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];
export const VisitOutcomeEnum = graphqlEnum(VISIT_OUTCOMES, 'VisitOutcome');

@ObjectType('VisitParticipant')
export class VisitParticipantModel {
  @Field(() => ID, { description: 'The plan member' })
  memberId: string;

  @Field()
  displayName: string;

  @Field(() => MemberKindEnum)
  kind: MemberKind;

  @Field(() => WillingnessEnum)
  willingness: Willingness;

  @Field({ description: 'Whether this is the person reading' })
  isMe: boolean;
}

@ObjectType('VisitDebrief')
export class VisitDebriefModel {
  @Field()
  authorName: string;

  @Field({ description: 'Written by the supervising member of staff' })
  fromStaff: boolean;

  @Field(() => Int, { description: 'How it went, 1 to 5' })
  rating: number;

  @Field()
  boundariesRespected: boolean;

  @Field(() => String, { nullable: true })
  helped: string | null;

  @Field(() => String, { nullable: true })
  hard: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('Visit')
export class VisitModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field(() => ContactTypeEnum)
  contactType: ContactType;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  endsAt: Date;

  @Field()
  place: string;

  @Field(() => String, { nullable: true, description: 'The member of staff who will be there' })
  supervisorName: string | null;

  @Field(() => VisitStatusEnum)
  status: VisitStatus;

  @Field(() => [VisitParticipantModel])
  participants: VisitParticipantModel[];

  @Field(() => String, {
    nullable: true,
    description: 'Why it was cancelled or ended early: staff only',
  })
  closingNote: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The 42 CFR §2.32 notice, when a family member is shown the patient's reflection",
  })
  notice: string | null;

  @Field(() => [VisitDebriefModel], {
    description:
      "The reader's own; staff read all; a family member the patient's only within consent",
  })
  debriefs: VisitDebriefModel[];

  @Field({ description: 'The reader may leave a debrief now' })
  canDebrief: boolean;

  @Field({
    description: 'The reader is a participant who has not yet said whether they are willing',
  })
  awaitingMyAnswer: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@InputType()
export class RequestVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => ContactTypeEnum)
  @IsIn(CONTACT_TYPES, { message: invalid('INPUT_CONTACT_TYPE') })
  contactType: ContactType;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: invalid('INPUT_STARTS_AT') })
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: invalid('INPUT_ENDS_AT') })
  endsAt: Date;

  @Field()
  @WrittenText('INPUT_PLACE', 200)
  place: string;

  @Field(() => [ID], {
    description: 'Plan members taking part: the patient and at least one family member',
  })
  @IsUUID('all', { each: true, message: invalid('INPUT_PARTICIPANTS') })
  @ArrayMinSize(2, {
    message: invalid('INPUT_VISIT_PARTICIPANTS'),
  })
  @ArrayMaxSize(12)
  participantMemberIds: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'The member of staff who will be there (staff may set it when approving)',
  })
  @IsOptional()
  @IsUUID('all', { message: invalid('INPUT_STAFF_MEMBER') })
  supervisorId?: string;
}

@InputType()
export class ApproveVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_VISIT') })
  visitId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The member of staff who will be there, if not set yet',
  })
  @IsOptional()
  @IsUUID('all', { message: invalid('INPUT_STAFF_MEMBER') })
  supervisorId?: string;
}

@InputType()
export class RespondToVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_VISIT') })
  visitId: string;

  @Field({ description: 'true: willing; false: opting out (no reason needed)' })
  @IsBoolean({ message: invalid('INPUT_WILLING') })
  willing: boolean;
}

@InputType()
export class CloseVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_VISIT') })
  visitId: string;

  @Field(() => VisitOutcomeEnum)
  @IsIn(VISIT_OUTCOMES, { message: invalid('INPUT_VISIT_OUTCOME') })
  outcome: VisitOutcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WrittenText('INPUT_SHORT_NOTE_OPTIONAL', 1000)
  note?: string;
}

@InputType()
export class DebriefVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_VISIT') })
  visitId: string;

  @Field(() => Int)
  @IsInt({ message: invalid('INPUT_VISIT_RATING') })
  @Min(1, { message: invalid('INPUT_VISIT_RATING') })
  @Max(5, { message: invalid('INPUT_VISIT_RATING') })
  rating: number;

  @Field()
  @IsBoolean({ message: invalid('INPUT_BOUNDARIES_RESPECTED') })
  boundariesRespected: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WrittenText('INPUT_WHAT_HELPED', 1000)
  helped?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WrittenText('INPUT_WHAT_WAS_HARD', 1000)
  hard?: string;
}

@ArgsType()
export class PlanIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}
