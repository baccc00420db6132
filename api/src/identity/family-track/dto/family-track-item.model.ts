import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { FAMILY_TRACK_KINDS, FamilyTrackKind } from '@homeward/domain';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { invalid } from '../../../platform/validation-error';
import { WrittenText } from '../../../platform/written-text';

export const FamilyTrackKindEnum = graphqlEnum(
  FAMILY_TRACK_KINDS,
  'FamilyTrackKind',
  'EDUCATION_SESSION, PEER_GROUP or SKILL_MODULE',
);

/** An offer of the family track, in the reader's language. */
@ObjectType('FamilyTrackItem')
export class FamilyTrackItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => FamilyTrackKindEnum)
  kind: FamilyTrackKind;

  @Field({ description: "The title in the reader's language (the Spanish one when written)" })
  title: string;

  @Field()
  summary: string;

  @Field()
  link: string;

  @Field({ description: 'As written, for the admin' })
  titleEn: string;

  @Field(() => String, { nullable: true })
  titleEs: string | null;

  @Field()
  summaryEn: string;

  @Field(() => String, { nullable: true })
  summaryEs: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

const trimmedOrNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;

@InputType()
export class DefineFamilyTrackItemInput {
  @Field(() => FamilyTrackKindEnum)
  @IsIn(FAMILY_TRACK_KINDS, { message: invalid('INPUT_FAMILY_TRACK_KIND') })
  kind: FamilyTrackKind;

  @Field({ description: 'The title in English' })
  @WrittenText('INPUT_FAMILY_TRACK_TITLE', 120)
  title: string;

  @Field(() => String, { nullable: true, description: 'The title in Spanish, when written' })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString({ message: invalid('INPUT_FAMILY_TRACK_TITLE') })
  @MaxLength(120, { message: invalid('INPUT_TOO_LONG', { max: 120 }) })
  titleEs?: string | null;

  @Field()
  @WrittenText('INPUT_FAMILY_TRACK_SUMMARY', 500)
  summary: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trimmedOrNull)
  @IsString({ message: invalid('INPUT_FAMILY_TRACK_SUMMARY') })
  @MaxLength(500, { message: invalid('INPUT_TOO_LONG', { max: 500 }) })
  summaryEs?: string | null;

  @Field({ description: 'An https link' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsUrl(
    { protocols: ['https'], require_protocol: true, require_tld: true },
    { message: invalid('INPUT_FAMILY_TRACK_LINK') },
  )
  @MaxLength(500, { message: invalid('INPUT_FAMILY_TRACK_LINK') })
  link: string;
}
