import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Connection, PageArgs } from '../../common/pagination';
import { PLAN_STATUSES, PlanStatus } from '../plan.entity';
import { PlanStatusEnum } from './plan.model';
import { graphqlEnum } from '../../common/graphql-enum';

export const ATTENTION_FLAGS = ['PAUSED', 'FAMILY_AWAITING_PATIENT', 'CONSENT_EXPIRING', 'INVITATION_EXPIRED'] as const;
export type AttentionFlag = (typeof ATTENTION_FLAGS)[number];
export const AttentionFlagEnum = graphqlEnum(ATTENTION_FLAGS, 'AttentionFlag');

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

  @Field(() => Int, { description: 'Family members waiting for the patient or for their own acceptance' })
  waitingCount: number;

  @Field(() => [AttentionFlagEnum])
  flags: AttentionFlag[];

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

  @Field(() => Int, { nullable: true, description: 'The current phase, by its place on the ladder' })
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
