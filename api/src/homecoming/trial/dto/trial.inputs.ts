import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  HOME_ANSWER_WORDS_MAX,
  TRIAL_CONDITION_SOURCES,
  TRIAL_LONGEST_DAYS,
  TRIAL_MAX_CONDITIONS,
  TRIAL_MAX_REVIEW_DAYS,
  TRIAL_REVIEW_OUTCOMES,
  TRIAL_SHORTEST_DAYS,
  TrialConditionSource,
  TrialReviewOutcome,
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
import { invalid } from '../../../platform/validation-error';
import { WrittenText } from '../../../platform/written-text';
import { TrialConditionSourceEnum, TrialReviewOutcomeEnum } from './trial.model';
import { SignVersionInput } from '../../../agreement/dto/agreement.inputs';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CONDITIONS = { max: TRIAL_MAX_CONDITIONS };
const LENGTH = { min: TRIAL_SHORTEST_DAYS, max: TRIAL_LONGEST_DAYS };
const REVIEWS = { max: TRIAL_MAX_REVIEW_DAYS };

@ArgsType()
export class HomecomingTrialArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

@InputType()
export class TrialConditionInput {
  @Field(() => TrialConditionSourceEnum, {
    description:
      "Copied from an agreed expectation or boundary (by id), or the counselor's own words",
  })
  @IsIn(TRIAL_CONDITION_SOURCES, { message: invalid('INPUT_TRIAL_CONDITION_SOURCE') })
  source: TrialConditionSource;

  @Field(() => ID, {
    nullable: true,
    description: 'The expectation or boundary the words come from',
  })
  @IsOptional()
  @IsUUID('all', { message: invalid('INPUT_TRIAL_CONDITION_SOURCE') })
  sourceId?: string;

  @Field(() => String, {
    nullable: true,
    description: "The counselor's own words (COUNSELOR only)",
  })
  @IsOptional()
  @WrittenText('INPUT_TRIAL_CONDITIONS', 1000)
  text?: string;
}

@InputType()
export class PublishTrialConditionsInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => [TrialConditionInput])
  @ArrayMinSize(1, { message: invalid('INPUT_TRIAL_CONDITIONS', CONDITIONS) })
  @ArrayMaxSize(TRIAL_MAX_CONDITIONS, { message: invalid('INPUT_TRIAL_CONDITIONS', CONDITIONS) })
  @ValidateNested({ each: true })
  @Type(() => TrialConditionInput)
  conditions: TrialConditionInput[];

  @Field({ description: 'The first day at home, YYYY-MM-DD' })
  @Matches(DAY, { message: invalid('INPUT_TRIAL_DAY') })
  startDay: string;

  @Field(() => Int, {
    description: `The longest the trial lasts, ${TRIAL_SHORTEST_DAYS} to ${TRIAL_LONGEST_DAYS} days`,
  })
  @IsInt({ message: invalid('INPUT_TRIAL_LENGTH', LENGTH) })
  @Min(TRIAL_SHORTEST_DAYS, { message: invalid('INPUT_TRIAL_LENGTH', LENGTH) })
  @Max(TRIAL_LONGEST_DAYS, { message: invalid('INPUT_TRIAL_LENGTH', LENGTH) })
  maxDays: number;

  @Field(() => [String], {
    description: 'Review dates (YYYY-MM-DD), at least one, within the length',
  })
  @ArrayMinSize(1, { message: invalid('INPUT_TRIAL_REVIEW_DAYS', REVIEWS) })
  @ArrayMaxSize(TRIAL_MAX_REVIEW_DAYS, { message: invalid('INPUT_TRIAL_REVIEW_DAYS', REVIEWS) })
  @Matches(DAY, { each: true, message: invalid('INPUT_TRIAL_DAY') })
  reviewDays: string[];
}

@InputType()
export class SignTrialConditionsInput extends SignVersionInput {}

@InputType()
export class SayHowHomeIsInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => Int, { description: 'How home is this week, 1 (hard) to 5 (good)' })
  @IsInt({ message: invalid('INPUT_HOME_RATING') })
  @Min(1, { message: invalid('INPUT_HOME_RATING') })
  @Max(5, { message: invalid('INPUT_HOME_RATING') })
  rating: number;

  @Field(() => String, { nullable: true, description: 'A few words, kept as written' })
  @IsOptional()
  @WrittenText('INPUT_HOME_WORDS', HOME_ANSWER_WORDS_MAX)
  words?: string;
}

@InputType()
export class ReviewTrialInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => TrialReviewOutcomeEnum)
  @IsIn(TRIAL_REVIEW_OUTCOMES, { message: invalid('INPUT_TRIAL_REVIEW_OUTCOME') })
  outcome: TrialReviewOutcome;

  @Field(() => String, {
    nullable: true,
    description: 'Kind words for the family (needed to step back)',
  })
  @IsOptional()
  @WrittenText('INPUT_TRIAL_REVIEW_REASON', 2000)
  reason?: string;

  @Field(() => String, { nullable: true, description: 'EXTEND: the new last day, YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, { message: invalid('INPUT_TRIAL_DAY') })
  newEndsOn?: string;

  @Field(() => String, { nullable: true, description: 'EXTEND: the next review date, YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY, { message: invalid('INPUT_TRIAL_DAY') })
  newReviewDay?: string;
}
