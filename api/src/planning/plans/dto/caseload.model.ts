import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Connection, PageArgs } from '../../../platform/pagination';
import { PLAN_STATUSES, PlanStatus } from '../plan.entity';
import { PlanStatusEnum } from './plan.model';
import { graphqlEnum } from '../../../platform/graphql-enum';

export const ATTENTION_FLAGS = [
  'PAUSED',
  'FAMILY_AWAITING_PATIENT',
  'CONSENT_EXPIRING',
  'INVITATION_EXPIRED',
  'QUIET',
  'HIGH_CRAVING',
  'HARD_VISIT',
] as const;
export type AttentionFlag = (typeof ATTENTION_FLAGS)[number];
export const AttentionFlagEnum = graphqlEnum(ATTENTION_FLAGS, 'AttentionFlag');

/** One thing on a plan that asks for a counselor's look, with what raised it. */
@ObjectType('AttentionItem')
export class AttentionItemModel {
  @Field(() => AttentionFlagEnum)
  flag: AttentionFlag;

  @Field(() => ID, { nullable: true, description: 'The member it concerns (quiet, high craving)' })
  memberId: string | null;

  @Field(() => String, { nullable: true })
  memberName: string | null;

  @Field(() => ID, { nullable: true, description: 'What raised it: the check-in or the visit' })
  recordId: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When: the last check-in (null: none yet), the check-in or the debrief',
  })
  at: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a high craving: the day of that check-in (YYYY-MM-DD), as the record shows it',
  })
  day: string | null;
}

@ObjectType('CaseloadEntry')
export class CaseloadEntryModel {
  @Field(() => ID)
  planId: string;

  @Field()
  patientName: string;

  @Field(() => PlanStatusEnum)
  status: PlanStatus;

  @Field(() => String, { nullable: true })
  currentPhaseName: string | null;

  @Field(() => Int, { nullable: true })
  currentPhasePosition: number | null;

  @Field(() => Int, { nullable: true })
  daysInPhase: number | null;

  @Field(() => GraphQLISODateTime)
  lastActivityAt: Date;

  @Field(() => Int, {
    description: 'Family members waiting for the patient or for their own acceptance',
  })
  waitingCount: number;

  @Field(() => [AttentionFlagEnum])
  flags: AttentionFlag[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: "The patient's last check-in" })
  lastCheckInAt: Date | null;

  @Field(() => [AttentionItemModel], {
    description:
      'Quiet for 3 days, a craving of 8 or more (7 days), a visit rated 1 or 2 (14 days), each with what raised it',
  })
  attention: AttentionItemModel[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class CaseloadConnection extends Connection(CaseloadEntryModel) {}

@ArgsType()
export class CaseloadArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Part of the patient's name" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The current phase, by its place on the ladder',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  phase?: number;

  @Field(() => PlanStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: PlanStatus;
}
