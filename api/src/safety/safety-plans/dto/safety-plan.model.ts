import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { MAX_SAFETY_PLAN_ITEM, MAX_SAFETY_PLAN_ITEMS } from '@homeward/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  Min,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { invalid } from '../../../platform/validation-error';

/** Each section: a short list of lines in the patient's own words. */
function Items() {
  return (target: object, key: string) => {
    Field(() => [String])(target, key);
    IsArray({ message: invalid('INPUT_SAFETY_PLAN_ITEMS') })(target, key);
    ArrayMaxSize(MAX_SAFETY_PLAN_ITEMS, { message: invalid('INPUT_SAFETY_PLAN_ITEMS') })(
      target,
      key,
    );
    IsString({ each: true, message: invalid('INPUT_SAFETY_PLAN_ITEMS') })(target, key);
    MaxLength(MAX_SAFETY_PLAN_ITEM, { each: true, message: invalid('INPUT_SAFETY_PLAN_ITEMS') })(
      target,
      key,
    );
  };
}

@ObjectType('SafetyPlanVersion', { description: 'One saved version, kept as written' })
export class SafetyPlanVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => [String], { description: 'Warning signs' })
  warningSigns: string[];

  @Field(() => [String], { description: 'My own ways to cope' })
  copingStrategies: string[];

  @Field(() => [String], { description: 'People and places that take my mind off things' })
  distractions: string[];

  @Field(() => [String], { description: 'People I can ask for help' })
  peopleToAsk: string[];

  @Field(() => [String], { description: 'Professionals and crisis lines' })
  professionals: string[];

  @Field(() => [String], { description: 'Making my surroundings safer' })
  saferSurroundings: string[];

  @Field(() => String, { nullable: true, description: 'The day to look at it again (YYYY-MM-DD)' })
  reviewOn: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('SafetyPlanReader', { description: 'Someone the patient lets read their safety plan' })
export class SafetyPlanReaderModel {
  @Field(() => ID)
  memberId: string;

  @Field()
  name: string;

  @Field()
  mayRead: boolean;
}

@ObjectType('SafetyPlan', { description: "A patient's safety plan as the reader may see it" })
export class SafetyPlanModel {
  @Field(() => ID)
  planId: string;

  @Field()
  patientName: string;

  @Field(() => SafetyPlanVersionModel, { nullable: true, description: 'Null until written' })
  current: SafetyPlanVersionModel | null;

  @Field(() => [SafetyPlanVersionModel], {
    description: 'Every version, newest first (a family member reads the current one only)',
  })
  versions: SafetyPlanVersionModel[];

  @Field(() => [String], {
    description:
      "Lines to start 'professionals and crisis lines' with: the counselor and the program's crisis lines (the patient and staff)",
  })
  suggestedProfessionals: string[];

  @Field(() => [SafetyPlanReaderModel], {
    description: 'The family on the plan and whether each may read it (the patient and staff)',
  })
  readers: SafetyPlanReaderModel[];

  @Field(() => String, {
    nullable: true,
    description: 'The §2.32 notice, when a family member reads it under consent',
  })
  notice: string | null;
}

@ArgsType()
export class SafetyPlanArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

@ArgsType()
export class SafetyPlanPdfArgs extends SafetyPlanArgs {
  @Field(() => Int, { nullable: true, description: 'The current version when left out' })
  @IsOptional()
  @IsInt({ message: invalid('INPUT_VERSION') })
  @Min(1, { message: invalid('INPUT_VERSION') })
  version?: number | null;
}

@InputType()
export class SaveSafetyPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Items()
  warningSigns: string[];

  @Items()
  copingStrategies: string[];

  @Items()
  distractions: string[];

  @Items()
  peopleToAsk: string[];

  @Items()
  professionals: string[];

  @Items()
  saferSurroundings: string[];

  @Field(() => String, { nullable: true, description: 'A day to look at it again (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: invalid('INPUT_REVIEW_DAY') })
  reviewOn?: string | null;
}
