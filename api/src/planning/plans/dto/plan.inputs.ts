import { invalid } from '../../../platform/validation-error';
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
  @IsUUID('all', { message: invalid('INPUT_PLAN_PATIENT') })
  patientId: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the counselor creating the plan' })
  @IsOptional()
  @IsUUID('all', { message: invalid('INPUT_PRIMARY_COUNSELOR') })
  primaryCounselorId?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: invalid('INPUT_TARGET_DATE') })
  targetDate?: string;
}

@InputType()
export class UpdatePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN_ID') })
  id: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: invalid('INPUT_PRIMARY_COUNSELOR') })
  primaryCounselorId?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; a soft target' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: invalid('INPUT_TARGET_DATE') })
  targetDate?: string;
}

@InputType()
export class SetPlanStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN_ID') })
  id: string;

  @Field(() => PlanStatusEnum, {
    description: 'ACTIVE to resume, PAUSED to pause, CLOSED to close',
  })
  @IsIn(['ACTIVE', 'PAUSED', 'CLOSED'] satisfies PlanStatus[], {
    message: invalid('INPUT_PLAN_STATUS'),
  })
  status: PlanStatus;

  @Field({ description: 'Why: kept in the plan history' })
  @IsString()
  @MinLength(3, { message: invalid('INPUT_STATUS_REASON') })
  @MaxLength(1000)
  reason: string;
}

export { PLAN_STATUSES };
