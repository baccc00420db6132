import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  CHECK_IN_CADENCES,
  CheckInCadence,
  MAX_SCHEDULE_STEPS,
  PhaseStage,
} from '@homeward/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { invalid } from '../../../platform/validation-error';
import { PhaseStageEnum } from '../../../planning/templates/dto/plan-template.model';

export const CheckInCadenceEnum = graphqlEnum(
  CHECK_IN_CADENCES,
  'CheckInCadence',
  'How often a check-in is due within one step of a schedule',
);

@ObjectType('CheckInScheduleStep')
export class CheckInScheduleStepModel {
  @Field(() => CheckInCadenceEnum)
  cadence: CheckInCadence;

  @Field(() => Int, { nullable: true, description: 'Weeks this step lasts; null: it goes on' })
  weeks: number | null;
}

/** When check-ins are due on a plan: from Homecoming on, a schedule; before it, every day. */
@ObjectType('CheckInSchedule')
export class CheckInScheduleModel {
  @Field(() => ID)
  planId: string;

  @Field(() => PhaseStageEnum, {
    nullable: true,
    description: 'The stage of the phase it belongs to; null before Homecoming (or out of sight)',
  })
  stage: PhaseStage | null;

  @Field({ description: 'Whether a schedule is in force (false: a check-in is due every day)' })
  scheduled: boolean;

  @Field(() => [CheckInScheduleStepModel])
  steps: CheckInScheduleStepModel[];

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, the first day of the first step',
  })
  startsOn: string | null;

  @Field(() => Int, { nullable: true, description: 'The version in force; null: the default' })
  version: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  setAt: Date | null;

  @Field(() => String, { nullable: true })
  setByName: string | null;

  @Field({ description: "Today in the program's time zone (YYYY-MM-DD)" })
  today: string;

  @Field()
  dueToday: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The next day a check-in is due, from today',
  })
  nextDueOn: string | null;

  @Field(() => [String], { description: 'The next due days from today (at most 6)' })
  upcoming: string[];
}

@InputType()
export class CheckInScheduleStepInput {
  @Field(() => CheckInCadenceEnum)
  @IsIn(CHECK_IN_CADENCES, { message: invalid('INPUT_SCHEDULE_STEPS') })
  cadence: CheckInCadence;

  @Field(() => Int, { nullable: true, description: 'Weeks; null only on the last step' })
  @IsOptional()
  @IsInt({ message: invalid('INPUT_SCHEDULE_WEEKS') })
  @Min(1, { message: invalid('INPUT_SCHEDULE_WEEKS') })
  @Max(52, { message: invalid('INPUT_SCHEDULE_WEEKS') })
  weeks?: number | null;
}

@InputType()
export class SetCheckInScheduleInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => [CheckInScheduleStepInput])
  @ArrayMinSize(1, { message: invalid('INPUT_SCHEDULE_STEPS') })
  @ArrayMaxSize(MAX_SCHEDULE_STEPS, { message: invalid('INPUT_SCHEDULE_STEPS') })
  @ValidateNested({ each: true })
  @Type(() => CheckInScheduleStepInput)
  steps: CheckInScheduleStepInput[];

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when left out' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: invalid('INPUT_SCHEDULE_START') })
  startsOn?: string | null;
}
