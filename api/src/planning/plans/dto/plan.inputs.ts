import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PLAN_STATUSES, PlanStatus } from '../plan.entity';
import { PlanStatusEnum } from './plan.model';

@InputType()
export class CreatePlanInput {
  @Field(() => ID, { description: "The patient's membership id (from people)" })
  @IsUUID('all', { message: 'Choose the patient this plan is for.' })
  patientId: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the counselor creating the plan' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose the primary counselor.' })
  primaryCounselorId?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Give the target date as a day, like 2026-09-01.' })
  targetDate?: string;
}

@InputType()
export class UpdatePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That plan id is not valid.' })
  id: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Choose the primary counselor.' })
  primaryCounselorId?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; a soft target' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Give the target date as a day, like 2026-09-01.' })
  targetDate?: string;
}

@InputType()
export class SetPlanStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'That plan id is not valid.' })
  id: string;

  @Field(() => PlanStatusEnum, {
    description: 'ACTIVE to resume, PAUSED to pause, CLOSED to close',
  })
  @IsIn(['ACTIVE', 'PAUSED', 'CLOSED'] satisfies PlanStatus[], {
    message: 'A plan can be resumed, paused or closed.',
  })
  status: PlanStatus;

  @Field({ description: 'Why: kept in the plan history' })
  @IsString()
  @MinLength(3, { message: 'Say briefly why; it is kept in the plan history.' })
  @MaxLength(1000)
  reason: string;
}

export { PLAN_STATUSES };
