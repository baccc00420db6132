import { invalid } from '../../../platform/validation-error';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  CONTACT_TYPES,
  ContactType,
  MILESTONE_KINDS,
  MILESTONE_MEASURES,
  MILESTONE_PARTIES,
  MilestoneKind,
  MilestoneMeasure,
  MilestoneParty,
  PHASE_STAGES,
  PhaseStage,
} from '@homeward/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';

export const ContactTypeEnum = graphqlEnum(CONTACT_TYPES, 'ContactType');
export const MilestoneKindEnum = graphqlEnum(MILESTONE_KINDS, 'MilestoneKind');
export const MilestonePartyEnum = graphqlEnum(
  MILESTONE_PARTIES,
  'MilestoneParty',
  'Whose readiness a milestone shows',
);
export const PhaseStageEnum = graphqlEnum(
  PHASE_STAGES,
  'PhaseStage',
  'What reaching a phase starts: the trial homecoming, or aftercare',
);
export const MilestoneMeasureEnum = graphqlEnum(
  MILESTONE_MEASURES,
  'MilestoneMeasure',
  'What a COUNT milestone counts or an EVENT milestone waits for',
);

@ObjectType('TemplateMilestone')
@InputType('TemplateMilestoneInput')
export class TemplateMilestoneModel {
  @Field()
  @IsString()
  @MinLength(1, { message: invalid('INPUT_MILESTONE_TITLE') })
  @MaxLength(200)
  title: string;

  @Field(() => MilestoneKindEnum)
  @IsIn(MILESTONE_KINDS)
  kind: MilestoneKind;

  @Field(() => MilestonePartyEnum)
  @IsIn(MILESTONE_PARTIES)
  party: MilestoneParty;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  target?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  windowDays?: number;

  @Field(() => MilestoneMeasureEnum, {
    nullable: true,
    description: 'Required for COUNT and EVENT milestones',
  })
  @IsOptional()
  @IsIn(MILESTONE_MEASURES)
  measure?: MilestoneMeasure;

  @Field(() => ContactTypeEnum, {
    nullable: true,
    description: 'For an EVENT: the kind of visit that has to go well',
  })
  @IsOptional()
  @IsIn(CONTACT_TYPES)
  contactType?: ContactType;
}

@ObjectType('TemplatePhase')
@InputType('TemplatePhaseInput')
export class TemplatePhaseModel {
  @Field()
  @IsString()
  @MinLength(1, { message: invalid('INPUT_PHASE_NAME') })
  @MaxLength(80)
  name: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  description: string;

  @Field(() => [ContactTypeEnum])
  @IsIn(CONTACT_TYPES, { each: true })
  @ArrayMinSize(1, { message: invalid('INPUT_PHASE_CONTACT_TYPES') })
  contactTypes: ContactType[];

  @Field(() => [TemplateMilestoneModel])
  @ValidateNested({ each: true })
  @Type(() => TemplateMilestoneModel)
  @ArrayMaxSize(20)
  milestones: TemplateMilestoneModel[];

  @Field(() => PhaseStageEnum, {
    nullable: true,
    description: 'What reaching this phase starts; at most one phase of a ladder holds each stage',
  })
  @IsOptional()
  @IsIn(PHASE_STAGES)
  stage?: PhaseStage | null;
}

@ObjectType('PlanTemplate')
export class PlanTemplateModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, {
    description: 'Each edit makes a new version; plans keep the one they started from',
  })
  version: number;

  @Field(() => [TemplatePhaseModel])
  phases: TemplatePhaseModel[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@InputType()
export class UpdatePlanTemplateInput {
  @Field(() => [TemplatePhaseModel], {
    description: 'The whole ladder in order: add, remove, rename and reorder here',
  })
  @ValidateNested({ each: true })
  @Type(() => TemplatePhaseModel)
  @ArrayMinSize(1, { message: invalid('INPUT_LADDER_EMPTY') })
  @ArrayMaxSize(20, { message: invalid('INPUT_LADDER_TOO_LONG') })
  phases: TemplatePhaseModel[];
}
