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
  @IsUUID('all', { message: 'Choose the plan.' })
  planId: string;

  @Field(() => ContactTypeEnum)
  @IsIn(CONTACT_TYPES, { message: 'Choose the kind of contact.' })
  contactType: ContactType;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Choose when it starts.' })
  startsAt: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate({ message: 'Choose when it ends.' })
  endsAt: Date;

  @Field()
  @WrittenText('Say where it will be, for example "the family room" or "by phone".', 200)
  place: string;

  @Field(() => [ID], {
    description: 'Plan members taking part: the patient and at least one family member',
  })
  @IsUUID('all', { each: true, message: 'Choose who takes part.' })
  @ArrayMinSize(2, {
    message: 'Choose who takes part: the patient and at least one family member.',
  })
  @ArrayMaxSize(12)
  participantMemberIds: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'The member of staff who will be there (staff may set it when approving)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member of staff.' })
  supervisorId?: string;
}

@InputType()
export class ApproveVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the visit.' })
  visitId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The member of staff who will be there, if not set yet',
  })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a member of staff.' })
  supervisorId?: string;
}

@InputType()
export class RespondToVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the visit.' })
  visitId: string;

  @Field({ description: 'true: willing; false: opting out (no reason needed)' })
  @IsBoolean({ message: 'Say whether you are willing to take part.' })
  willing: boolean;
}

@InputType()
export class CloseVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the visit.' })
  visitId: string;

  @Field(() => VisitOutcomeEnum)
  @IsIn(VISIT_OUTCOMES, { message: 'Choose how the visit ended.' })
  outcome: VisitOutcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WrittenText('Write a short note, or leave it out.', 1000)
  note?: string;
}

@InputType()
export class DebriefVisitInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the visit.' })
  visitId: string;

  @Field(() => Int)
  @IsInt({ message: 'Choose how it went, from 1 to 5.' })
  @Min(1, { message: 'Choose how it went, from 1 to 5.' })
  @Max(5, { message: 'Choose how it went, from 1 to 5.' })
  rating: number;

  @Field()
  @IsBoolean({ message: 'Say whether boundaries were respected.' })
  boundariesRespected: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WrittenText('Write what helped, or leave it out.', 1000)
  helped?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WrittenText('Write what was hard, or leave it out.', 1000)
  hard?: string;
}

@ArgsType()
export class PlanIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the plan.' })
  planId: string;
}
