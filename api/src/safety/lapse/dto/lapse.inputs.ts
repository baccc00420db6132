import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { MAX_LAPSE_PAUSE_DAYS, MAX_STEPS_BACK_IN } from '@homeward/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { invalid } from '../../../platform/validation-error';
import { WrittenText } from '../../../platform/written-text';

const STEPS = { max: MAX_STEPS_BACK_IN };

@ArgsType()
export class LapsePlanArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

@InputType()
export class ProposeLapsePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field({ description: 'What a hard day means for this family, in their words' })
  @WrittenText('INPUT_LAPSE_MEANING', 2000)
  whatItMeans: string;

  @Field(() => [ID], { description: 'Who on the plan is told when something happens' })
  @ArrayMaxSize(20, { message: invalid('INPUT_LAPSE_TOLD') })
  @IsUUID('all', { each: true, message: invalid('INPUT_LAPSE_TOLD') })
  toldMemberIds: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Who reaches out to them, in a few words (the app tells them at once either way)',
  })
  @IsOptional()
  @WrittenText('INPUT_LAPSE_TOLD_BY', 500)
  toldBy?: string;

  @Field({ description: 'Visits and the phase pause (the plan pauses) until the steps back in' })
  @IsBoolean()
  pausesVisits: boolean;

  @Field(() => Int, { description: `The longest pause, 1 to ${MAX_LAPSE_PAUSE_DAYS} days` })
  @IsInt({ message: invalid('INPUT_LAPSE_PAUSE_DAYS', { max: MAX_LAPSE_PAUSE_DAYS }) })
  @Min(1, { message: invalid('INPUT_LAPSE_PAUSE_DAYS', { max: MAX_LAPSE_PAUSE_DAYS }) })
  @Max(MAX_LAPSE_PAUSE_DAYS, {
    message: invalid('INPUT_LAPSE_PAUSE_DAYS', { max: MAX_LAPSE_PAUSE_DAYS }),
  })
  maxPauseDays: number;

  @Field(() => [String], { description: 'The steps back in, in order' })
  @ArrayMinSize(1, { message: invalid('INPUT_LAPSE_STEPS', STEPS) })
  @ArrayMaxSize(MAX_STEPS_BACK_IN, { message: invalid('INPUT_LAPSE_STEPS', STEPS) })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value,
  )
  @IsString({ each: true, message: invalid('INPUT_LAPSE_STEPS', STEPS) })
  @MinLength(1, { each: true, message: invalid('INPUT_LAPSE_STEPS', STEPS) })
  @MaxLength(300, { each: true, message: invalid('INPUT_LAPSE_STEPS', STEPS) })
  stepsBackIn: string[];
}

@InputType()
export class AcceptLapsePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  versionId: string;
}

@InputType()
export class RecordSomethingHappenedInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field({ description: 'The day it happened, YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: invalid('INPUT_LAPSE_DAY') })
  happenedOn: string;

  @Field(() => String, { nullable: true, description: 'Optional words, kept as written' })
  @IsOptional()
  @WrittenText('INPUT_LAPSE_WORDS', 2000)
  words?: string;
}

@InputType()
export class CheckStepBackInInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  lapseId: string;

  @Field(() => Int, { description: 'The step, from 0 in the agreed order' })
  @IsInt({ message: invalid('INPUT_ID') })
  @Min(0, { message: invalid('INPUT_ID') })
  @Max(MAX_STEPS_BACK_IN, { message: invalid('INPUT_ID') })
  position: number;
}

@InputType()
export class ResumeAfterLapseInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  lapseId: string;
}
