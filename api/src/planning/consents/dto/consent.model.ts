import { invalid } from '../../../platform/validation-error';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  CONSENT_CATEGORIES,
  ConsentCategory,
  SHARED_RECORD_KINDS,
  SharedRecordKind,
} from '@homeward/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Connection } from '../../../platform/pagination';
import {
  MilestoneModel,
  PhaseModel,
  PhaseStatusEnum,
  PlanStatusEnum,
  RelationshipEnum,
} from '../../plans/dto/plan.model';
import { graphqlEnum } from '../../../platform/graphql-enum';

export const ConsentCategoryEnum = graphqlEnum(CONSENT_CATEGORIES, 'ConsentCategory');
export const CONSENT_STATUSES = ['ACTIVE', 'REVOKED', 'EXPIRED'] as const;
export const ConsentStatusEnum = graphqlEnum(CONSENT_STATUSES, 'ConsentStatus');
export const SharedRecordKindEnum = graphqlEnum(SHARED_RECORD_KINDS, 'SharedRecordKind');

/** A consent with every element of 42 CFR §2.31, as the patient sees it. */
@ObjectType('Consent')
export class ConsentModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  recipientMemberId: string;

  @Field()
  recipientName: string;

  @Field()
  patientName: string;

  @Field({ description: 'The program that discloses' })
  programName: string;

  @Field(() => [ConsentCategoryEnum])
  categories: ConsentCategory[];

  @Field()
  purpose: string;

  @Field({ description: 'The right to revoke, and how' })
  revocationTerms: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field({ description: "The patient's typed signature" })
  signature: string;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => ConsentStatusEnum)
  status: (typeof CONSENT_STATUSES)[number];
}

@InputType()
export class GrantConsentInput {
  @Field(() => ID, { description: 'The family member (plan member) who may see' })
  @IsUUID('all', { message: invalid('INPUT_CONSENT_RECIPIENT') })
  memberId: string;

  @Field(() => [ConsentCategoryEnum])
  @IsIn(CONSENT_CATEGORIES, { each: true })
  @ArrayMinSize(1, { message: invalid('INPUT_CONSENT_CATEGORIES') })
  @ArrayMaxSize(CONSENT_CATEGORIES.length)
  categories: ConsentCategory[];

  @Field({ description: "Why this is shared, in the patient's words or the suggested ones" })
  @IsString()
  @MinLength(3, { message: invalid('INPUT_CONSENT_PURPOSE') })
  @MaxLength(500)
  purpose: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When the consent ends by itself (at most two years ahead)',
  })
  @IsDate({ message: invalid('INPUT_CONSENT_ENDS') })
  expiresAt: Date;

  @Field({ description: 'The patient types their full name to sign' })
  @IsString()
  @MinLength(1, { message: invalid('INPUT_SIGNATURE') })
  @MaxLength(120)
  signature: string;
}

@InputType()
export class ConsentPreviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_SHARE_WITH') })
  memberId: string;

  @Field(() => [ConsentCategoryEnum])
  @IsIn(CONSENT_CATEGORIES, { each: true })
  @ArrayMaxSize(CONSENT_CATEGORIES.length)
  categories: ConsentCategory[];
}

@ObjectType('PhaseStep')
export class PhaseStepModel {
  @Field(() => Int)
  position: number;

  @Field()
  name: string;

  @Field(() => PhaseStatusEnum)
  status: keyof typeof PhaseStatusEnum;
}

/** Progress on the ladder, shown to family only under a PROGRESS consent. */
@ObjectType('FamilyProgress')
export class FamilyProgressModel {
  @Field(() => PlanStatusEnum)
  status: keyof typeof PlanStatusEnum;

  @Field(() => PhaseModel, { nullable: true })
  currentPhase: PhaseModel | null;

  @Field(() => [PhaseStepModel])
  ladder: PhaseStepModel[];
}

/** A plan as one family member may see it: always their own part, the patient's only as consented. */
@ObjectType('FamilyPlan')
export class FamilyPlanModel {
  @Field(() => ID)
  planId: string;

  @Field(() => ID, { description: "This family member's place on the plan" })
  memberId: string;

  @Field()
  patientName: string;

  @Field(() => RelationshipEnum, { nullable: true })
  relationship: keyof typeof RelationshipEnum | null;

  @Field(() => [ConsentCategoryEnum], {
    description: 'What the patient shares with this person right now',
  })
  sharedCategories: ConsentCategory[];

  @Field(() => String, {
    nullable: true,
    description: 'The §2.32 notice, whenever consented patient data is shown',
  })
  notice: string | null;

  @Field(() => FamilyProgressModel, { nullable: true })
  progress: FamilyProgressModel | null;

  @Field(() => String, {
    nullable: true,
    description: 'A kind word on what the patient chose, when progress is not shared',
  })
  explanation: string | null;

  @Field(() => [MilestoneModel], {
    description: "The family's own milestones in the current phase: always theirs to see",
  })
  ownMilestones: MilestoneModel[];
}

@ObjectType('Disclosure')
export class DisclosureModel {
  @Field(() => ID)
  id: string;

  @Field()
  recipientName: string;

  @Field(() => [ConsentCategoryEnum])
  categories: ConsentCategory[];

  @Field({ description: 'WEB for a page, PDF for an export' })
  channel: string;

  @Field(() => GraphQLISODateTime)
  disclosedAt: Date;

  @Field(() => [DisclosedRecordModel], {
    nullable: true,
    description: 'Which records were shown; null on disclosures made before they were named',
  })
  records: DisclosedRecordModel[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "What was shown, in the reader's words ('Maria saw 3 check-ins (Dec 1–3)'); null when the records were not named",
  })
  shown: string | null;
}

@ObjectType('DisclosedRecord')
export class DisclosedRecordModel {
  @Field(() => SharedRecordKindEnum)
  kind: SharedRecordKind;

  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'The day the record is about (YYYY-MM-DD)' })
  on: string | null;
}

@ObjectType('SharedField')
export class SharedFieldModel {
  @Field({ description: "The field's name as the family member's page shows it (mood, note…)" })
  name: string;

  @Field(() => [String], {
    description: 'Its value as shown: one line, several (a list), or none (not shown)',
  })
  values: string[];
}

@ObjectType('SharedRecord')
export class SharedRecordModel extends DisclosedRecordModel {
  @Field(() => [SharedFieldModel])
  fields: SharedFieldModel[];
}

@ObjectType('CategoryPreview')
export class CategoryPreviewModel {
  @Field(() => ConsentCategoryEnum)
  category: ConsentCategory;

  @Field({ description: 'Whether this preview shares the category' })
  shared: boolean;

  @Field(() => [SharedRecordModel], {
    description:
      'Exactly the records the family member would be shown in it (none when not shared)',
  })
  records: SharedRecordModel[];
}

@ObjectType('ConsentPreview')
export class ConsentPreviewModel {
  @Field(() => FamilyPlanModel, { description: 'Their plan page, as they would see it' })
  plan: FamilyPlanModel;

  @Field(() => [CategoryPreviewModel], {
    description: 'Every consent category, each as the page that serves it would show it',
  })
  categories: CategoryPreviewModel[];
}

@ObjectType()
export class DisclosureConnection extends Connection(DisclosureModel) {}
