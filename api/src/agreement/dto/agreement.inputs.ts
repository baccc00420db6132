import { invalid } from '../../platform/validation-error';
import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  BOUNDARY_VISIBILITIES,
  BoundaryVisibility,
  EXPECTATION_CATEGORIES,
  EXPECTATION_DECISIONS,
  ExpectationCategory,
  ExpectationDecision,
} from '@homeward/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { WrittenText } from '../../platform/written-text';
import {
  BoundaryVisibilityEnum,
  ExpectationCategoryEnum,
  ExpectationDecisionEnum,
} from './agreement.model';

/** An optional review date, as a day (a full timestamp is refused). */
const ReviewDate = () =>
  applyDecorators(
    IsOptional(),
    IsDateString({ strict: true }, { message: invalid('INPUT_REVIEW_DATE') }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: invalid('INPUT_REVIEW_DATE') }),
  );

const EXPECTATION_TEXT = 'INPUT_EXPECTATION_TEXT';

@InputType()
export class ProposeExpectationInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => ID, { description: 'Whose expectation it is (who asks)' })
  @IsUUID('all', { message: invalid('INPUT_EXPECTATION_FROM') })
  fromMemberId: string;

  @Field(() => ID, { description: 'Of whom it is expected' })
  @IsUUID('all', { message: invalid('INPUT_EXPECTATION_TO') })
  toMemberId: string;

  @Field(() => ExpectationCategoryEnum)
  @IsIn(EXPECTATION_CATEGORIES, { message: invalid('INPUT_CATEGORY') })
  category: ExpectationCategory;

  @Field()
  @WrittenText(EXPECTATION_TEXT)
  text: string;

  @Field(() => Int, { description: 'The phase (place on the ladder, from 1) it applies from' })
  @IsInt({ message: invalid('INPUT_APPLIES_FROM_PHASE') })
  @Min(1, { message: invalid('INPUT_APPLIES_FROM_PHASE') })
  @Max(20, { message: invalid('INPUT_PHASE_OF_PLAN') })
  appliesFromPhase: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when to look at it again' })
  @ReviewDate()
  reviewOn?: string;
}

@InputType()
export class ReviseExpectationInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_EXPECTATION') })
  expectationId: string;

  @Field(() => Int, {
    description:
      'The version being revised, so a revision never overrides one the writer has not seen',
  })
  @IsInt()
  @Min(1)
  version: number;

  @Field()
  @WrittenText(EXPECTATION_TEXT)
  text: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD; a new review date (the earlier one stays otherwise)',
  })
  @ReviewDate()
  reviewOn?: string;
}

@InputType()
export class AnswerExpectationInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_EXPECTATION') })
  expectationId: string;

  @Field(() => Int, { description: 'The version answered: it must be the current one' })
  @IsInt({ message: invalid('INPUT_VERSION_ANSWERED') })
  @Min(1, { message: invalid('INPUT_VERSION_ANSWERED') })
  version: number;

  @Field(() => ExpectationDecisionEnum)
  @IsIn(EXPECTATION_DECISIONS, { message: invalid('INPUT_EXPECTATION_DECISION') })
  decision: ExpectationDecision;

  @Field(() => String, { nullable: true, description: 'Required when asking for a change' })
  @IsOptional()
  @WrittenText('INPUT_CHANGE_ASKED')
  comment?: string;
}

@InputType()
export class CommentOnExpectationInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_EXPECTATION') })
  expectationId: string;

  @Field()
  @WrittenText('INPUT_COMMENT')
  comment: string;

  @Field(() => String, {
    nullable: true,
    description: 'Suggested wording the parties may take up in a revision',
  })
  @IsOptional()
  @WrittenText('INPUT_SUGGESTED_WORDING')
  suggestedText?: string;
}

const NEED = 'INPUT_BOUNDARY_NEED';
const IF_CROSSED = 'INPUT_BOUNDARY_IF_CROSSED';

/** What a boundary says and whom it concerns: stated first, restated later. */
@InputType({ isAbstract: true })
abstract class BoundaryWordsInput {
  @Field()
  @WrittenText(NEED)
  need: string;

  @Field()
  @WrittenText(IF_CROSSED)
  ifCrossed: string;

  @Field(() => [ID], { description: 'Plan members it applies to' })
  @IsUUID('all', { each: true, message: invalid('INPUT_APPLIES_TO') })
  @ArrayMinSize(1, { message: invalid('INPUT_APPLIES_TO') })
  @ArrayMaxSize(20)
  appliesToMemberIds: string[];

  @Field(() => BoundaryVisibilityEnum)
  @IsIn(BOUNDARY_VISIBILITIES, { message: invalid('INPUT_VISIBILITY') })
  visibility: BoundaryVisibility;
}

@InputType()
export class StateBoundaryInput extends BoundaryWordsInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => ExpectationCategoryEnum)
  @IsIn(EXPECTATION_CATEGORIES, { message: invalid('INPUT_CATEGORY') })
  category: ExpectationCategory;
}

@InputType()
export class ReviseBoundaryInput extends BoundaryWordsInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_BOUNDARY') })
  boundaryId: string;
}

@InputType()
export class AcknowledgeBoundaryInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_BOUNDARY') })
  boundaryId: string;

  @Field(() => Int, { description: 'The version acknowledged: it must be the current one' })
  @IsInt({ message: invalid('INPUT_VERSION_ACKNOWLEDGED') })
  @Min(1, { message: invalid('INPUT_VERSION_ACKNOWLEDGED') })
  version: number;
}

/**
 * Signing a version of something the household agrees to (the home contract, a trial
 * homecoming's conditions): the version read and the signer's typed name, checked the same way
 * for every signature. A name is at most 120 characters everywhere in Homeward.
 */
@InputType({ isAbstract: true })
export abstract class SignVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => Int, { description: 'The version read: it must be the current one' })
  @IsInt({ message: invalid('INPUT_VERSION_SIGNED') })
  @Min(1, { message: invalid('INPUT_VERSION_SIGNED') })
  version: number;

  @Field({ description: 'The signer types their full name, as on their account' })
  @WrittenText('INPUT_SIGNATURE', 120)
  typedName: string;
}

@InputType()
export class SignHomeContractInput extends SignVersionInput {}

@InputType()
export class ContractVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => Int)
  @IsInt({ message: invalid('INPUT_VERSION') })
  @Min(1, { message: invalid('INPUT_VERSION') })
  version: number;
}
