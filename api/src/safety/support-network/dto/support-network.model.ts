import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  SUPPORT_MARKS,
  SUPPORT_PERSON_KINDS,
  SupportMark,
  SupportPersonKind,
} from '@homeward/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { invalid } from '../../../platform/validation-error';
import { WrittenText } from '../../../platform/written-text';

export const SupportPersonKindEnum = graphqlEnum(
  SUPPORT_PERSON_KINDS,
  'SupportPersonKind',
  'Who a person in the support network is to the patient',
);
export const SupportMarkEnum = graphqlEnum(
  SUPPORT_MARKS,
  'SupportMark',
  'SAFE, CONDITIONAL (with a condition in words) or KEEP_DISTANCE',
);

/** A person in the support network as the reader may see them: a family member never reads contact details. */
@ObjectType('SupportPerson')
export class SupportPersonModel {
  @Field(() => ID)
  id: string;

  @Field(() => SupportPersonKindEnum)
  kind: SupportPersonKind;

  @Field()
  name: string;

  @Field(() => SupportMarkEnum)
  mark: SupportMark;

  @Field(() => String, { nullable: true })
  condition: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The position of the phase from which contact is fine',
  })
  fromPhase: number | null;

  @Field(() => String, { nullable: true, description: "That phase's name" })
  fromPhaseName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For the patient and staff only; always null for a family member',
  })
  contact: string | null;

  @Field(() => GraphQLISODateTime)
  changedAt: Date;
}

@ObjectType('SupportPhase')
export class SupportPhaseModel {
  @Field(() => Int)
  position: number;

  @Field()
  name: string;
}

@ObjectType('SupportNetwork')
export class SupportNetworkModel {
  @Field(() => ID)
  planId: string;

  @Field(() => [SupportPersonModel])
  people: SupportPersonModel[];

  @Field(() => [SupportPhaseModel], { description: "The plan's phases, to say from which one" })
  phases: SupportPhaseModel[];

  @Field({ description: 'The reader may change it (the patient and staff)' })
  mayEdit: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The §2.32 notice, when a family member is shown it under consent',
  })
  notice: string | null;
}

const trimmedOrNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;

@InputType({ isAbstract: true })
class SupportPersonFields {
  @Field(() => SupportPersonKindEnum)
  @IsIn(SUPPORT_PERSON_KINDS, { message: invalid('INPUT_SUPPORT_PERSON_KIND') })
  kind: SupportPersonKind;

  @Field()
  @WrittenText('INPUT_SUPPORT_PERSON_NAME', 120)
  name: string;

  @Field(() => SupportMarkEnum)
  @IsIn(SUPPORT_MARKS, { message: invalid('INPUT_SUPPORT_MARK') })
  mark: SupportMark;

  @Field(() => String, { nullable: true, description: 'Needed for a CONDITIONAL mark' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString({ message: invalid('INPUT_SUPPORT_CONDITION') })
  @MaxLength(500, { message: invalid('INPUT_TOO_LONG', { max: 500 }) })
  condition?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: invalid('INPUT_SUPPORT_PHASE') })
  @Min(1, { message: invalid('INPUT_SUPPORT_PHASE') })
  @Max(50, { message: invalid('INPUT_SUPPORT_PHASE') })
  fromPhase?: number | null;

  @Field(() => String, { nullable: true, description: 'For the patient’s own use' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString({ message: invalid('INPUT_SUPPORT_CONTACT') })
  @MaxLength(200, { message: invalid('INPUT_SUPPORT_CONTACT') })
  contact?: string | null;
}

@InputType()
export class AddSupportPersonInput extends SupportPersonFields {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

@InputType()
export class ChangeSupportPersonInput extends SupportPersonFields {
  @Field(() => ID, { description: 'The current version of the person' })
  @IsUUID('all', { message: invalid('INPUT_ID') })
  id: string;
}
