import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConsentCategory, ContactType } from '@homeward/domain';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ConsentCategoryEnum } from '../../../planning/consents/dto/consent.model';
import { ContactTypeEnum } from '../../../planning/templates/dto/plan-template.model';
import { invalid } from '../../../platform/validation-error';

@ObjectType('ClosingVisit')
export class ClosingVisitModel {
  @Field(() => ContactTypeEnum)
  contactType: ContactType;

  @Field({ description: 'YYYY-MM-DD' })
  day: string;
}

/**
 * A completed plan's closing summary: what was built together, drawn from what actually
 * happened, as the reader may see it (a family member: within consent, and what concerns them).
 */
@ObjectType('ClosingSummary')
export class ClosingSummaryModel {
  @Field(() => ID)
  planId: string;

  @Field()
  patientName: string;

  @Field()
  counselorName: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  @Field({ description: "The counselor's closing words, as last written" })
  closingWords: string;

  @Field(() => Int)
  closingWordsVersion: number;

  @Field(() => [String], {
    nullable: true,
    description: "Phases walked, in the reader's language; null when not shared with the reader",
  })
  phases: string[] | null;

  @Field(() => [String], { description: 'Expectations agreed (those the reader may see)' })
  expectations: string[];

  @Field(() => [String], { description: 'Boundaries acknowledged (those the reader may see)' })
  boundaries: string[];

  @Field(() => [String], { description: "Milestones reached, in the reader's language" })
  milestones: string[];

  @Field(() => [ClosingVisitModel], {
    description: 'Visits that went well (the reader’s own, for family)',
  })
  visitsWentWell: ClosingVisitModel[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Family track sessions and modules marked (a family member: their own); null for the patient',
  })
  familyTrackMarks: number | null;

  @Field(() => [ConsentCategoryEnum], {
    description: 'For a family member: what is shared with them',
  })
  sharedCategories: ConsentCategory[];

  @Field(() => String, {
    nullable: true,
    description: 'The §2.32 notice, in the reader’s language, when consented data is shown',
  })
  redisclosureNotice: string | null;
}

@InputType()
export class CompletePlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field({ description: "The counselor's closing words to everyone on the plan" })
  @IsString({ message: invalid('INPUT_CLOSING_WORDS') })
  @MinLength(1, { message: invalid('INPUT_CLOSING_WORDS') })
  @MaxLength(4000, { message: invalid('INPUT_CLOSING_WORDS') })
  closingWords: string;
}

@InputType()
export class ReviseClosingWordsInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field({
    description: 'The closing words as they should now read (a new version; earlier ones are kept)',
  })
  @IsString({ message: invalid('INPUT_CLOSING_WORDS') })
  @MinLength(1, { message: invalid('INPUT_CLOSING_WORDS') })
  @MaxLength(4000, { message: invalid('INPUT_CLOSING_WORDS') })
  closingWords: string;
}
