import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { FAMILY_TRACK_MARKS, FamilyTrackKind, FamilyTrackMark } from '@homeward/domain';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import {
  FamilyTrackItemModel,
  FamilyTrackKindEnum,
} from '../../../identity/family-track/dto/family-track-item.model';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { invalid } from '../../../platform/validation-error';

export const FamilyTrackMarkEnum = graphqlEnum(
  FAMILY_TRACK_MARKS,
  'FamilyTrackMarkKind',
  'ATTENDED (a session or group) or COMPLETED (a module)',
);

@ObjectType('FamilyTrackMark')
export class FamilyTrackMarkModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  memberId: string;

  @Field({ description: 'Who marked it (staff read every family member’s)' })
  memberName: string;

  @Field(() => ID)
  itemId: string;

  @Field(() => FamilyTrackKindEnum)
  kind: FamilyTrackKind;

  @Field({ description: "The item's title in the reader's language" })
  title: string;

  @Field(() => FamilyTrackMarkEnum)
  mark: FamilyTrackMark;

  @Field({ description: 'YYYY-MM-DD' })
  day: string;
}

/** A family member's own track (staff: every family member's on the plan). */
@ObjectType('FamilyTrack')
export class FamilyTrackModel {
  @Field(() => ID)
  planId: string;

  @Field(() => [FamilyTrackItemModel], { description: "The program's offers" })
  items: FamilyTrackItemModel[];

  @Field(() => [FamilyTrackMarkModel], { description: 'Newest first' })
  marks: FamilyTrackMarkModel[];
}

@InputType()
export class MarkFamilyTrackInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  itemId: string;

  @Field(() => FamilyTrackMarkEnum)
  @IsIn(FAMILY_TRACK_MARKS, { message: invalid('INPUT_FAMILY_TRACK_MARK') })
  mark: FamilyTrackMark;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today when left out' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: invalid('INPUT_FAMILY_TRACK_DAY') })
  day?: string | null;
}
