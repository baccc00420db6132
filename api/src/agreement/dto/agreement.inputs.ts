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
    IsDateString({ strict: true }, { message: 'Give the review date as a day, like 2027-01-15.' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Give the review date as a day, like 2027-01-15.' }),
  );

const EXPECTATION_TEXT = 'Say what is expected, for example "a phone call every evening at 8".';

@InputType()
export class ProposeExpectationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the plan.' })
  planId: string;

  @Field(() => ID, { description: 'Whose expectation it is (who asks)' })
  @IsUUID('all', { message: 'Choose whose expectation this is.' })
  fromMemberId: string;

  @Field(() => ID, { description: 'Of whom it is expected' })
  @IsUUID('all', { message: 'Choose who it is asked of.' })
  toMemberId: string;

  @Field(() => ExpectationCategoryEnum)
  @IsIn(EXPECTATION_CATEGORIES, { message: 'Choose what it is about.' })
  category: ExpectationCategory;

  @Field()
  @WrittenText(EXPECTATION_TEXT)
  text: string;

  @Field(() => Int, { description: 'The phase (place on the ladder, from 1) it applies from' })
  @IsInt({ message: 'Choose the phase it applies from.' })
  @Min(1, { message: 'Choose the phase it applies from.' })
  @Max(20, { message: 'Choose a phase of this plan.' })
  appliesFromPhase: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when to look at it again' })
  @ReviewDate()
  reviewOn?: string;
}

@InputType()
export class ReviseExpectationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the expectation.' })
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
  @IsUUID('all', { message: 'Choose the expectation.' })
  expectationId: string;

  @Field(() => Int, { description: 'The version answered: it must be the current one' })
  @IsInt({ message: 'Say which version you are answering.' })
  @Min(1, { message: 'Say which version you are answering.' })
  version: number;

  @Field(() => ExpectationDecisionEnum)
  @IsIn(EXPECTATION_DECISIONS, { message: 'Choose accept, ask for a change, or retire.' })
  decision: ExpectationDecision;

  @Field(() => String, { nullable: true, description: 'Required when asking for a change' })
  @IsOptional()
  @WrittenText('Say what you would like changed.')
  comment?: string;
}

@InputType()
export class CommentOnExpectationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the expectation.' })
  expectationId: string;

  @Field()
  @WrittenText('Write a comment for the people it involves.')
  comment: string;

  @Field(() => String, {
    nullable: true,
    description: 'Suggested wording the parties may take up in a revision',
  })
  @IsOptional()
  @WrittenText('Write the wording you suggest, or leave it out.')
  suggestedText?: string;
}

const NEED = 'Say what you need, for example "no alcohol in the house".';
const IF_CROSSED = 'Say what you will do if it is crossed, for example "I will end the visit".';

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
  @IsUUID('all', { each: true, message: 'Choose whom it applies to.' })
  @ArrayMinSize(1, { message: 'Choose whom it applies to.' })
  @ArrayMaxSize(20)
  appliesToMemberIds: string[];

  @Field(() => BoundaryVisibilityEnum)
  @IsIn(BOUNDARY_VISIBILITIES, { message: 'Choose who may see it.' })
  visibility: BoundaryVisibility;
}

@InputType()
export class StateBoundaryInput extends BoundaryWordsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the plan.' })
  planId: string;

  @Field(() => ExpectationCategoryEnum)
  @IsIn(EXPECTATION_CATEGORIES, { message: 'Choose what it is about.' })
  category: ExpectationCategory;
}

@InputType()
export class ReviseBoundaryInput extends BoundaryWordsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the boundary.' })
  boundaryId: string;
}

@InputType()
export class AcknowledgeBoundaryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the boundary.' })
  boundaryId: string;

  @Field(() => Int, { description: 'The version acknowledged: it must be the current one' })
  @IsInt({ message: 'Say which version you are acknowledging.' })
  @Min(1, { message: 'Say which version you are acknowledging.' })
  version: number;
}

@InputType()
export class SignHomeContractInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the plan.' })
  planId: string;

  @Field(() => Int, { description: 'The version read: it must be the current one' })
  @IsInt({ message: 'Say which version you are signing.' })
  @Min(1, { message: 'Say which version you are signing.' })
  version: number;

  @Field({ description: 'The signer types their full name' })
  @WrittenText('Type your full name to sign.', 120)
  typedName: string;
}

@InputType()
export class ContractVersionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the plan.' })
  planId: string;

  @Field(() => Int)
  @IsInt({ message: 'Choose a version.' })
  @Min(1, { message: 'Choose a version.' })
  version: number;
}
