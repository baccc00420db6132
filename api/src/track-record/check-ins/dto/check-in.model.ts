import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { WrittenText } from '../../../platform/written-text';
import { NOTE_VISIBILITIES, NoteVisibility } from '../check-in.entity';

export const NoteVisibilityEnum = graphqlEnum(
  NOTE_VISIBILITIES,
  'NoteVisibility',
  'PLAN: the plan may read it (family within consent). STAFF_ONLY: only staff',
);

const KEY_MESSAGE =
  'Send a request key (8 to 100 letters, digits or dashes) so a resent check-in is never counted twice.';

/** One check-in as its writer (and staff) see it. */
@ObjectType('CheckIn')
export class CheckInModel {
  @Field(() => ID)
  id: string;

  @Field({ description: "The day it counts for, in the writer's time zone (YYYY-MM-DD)" })
  day: string;

  @Field(() => Int, { nullable: true })
  mood: number | null;

  @Field(() => Int, { nullable: true })
  craving: number | null;

  @Field({ description: 'A recovery meeting (patient) or a support group (family)' })
  attendedMeeting: boolean;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => NoteVisibilityEnum, { nullable: true })
  noteVisibility: NoteVisibility | null;

  @Field(() => Int, { nullable: true })
  stress: number | null;

  @Field(() => Boolean, { nullable: true })
  wantsSupport: boolean | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field({ description: 'A later check-in the same day counts instead; this one stays as history' })
  replaced: boolean;
}

@InputType()
export class PatientCheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the plan.' })
  planId: string;

  @Field({
    description:
      'A key the client makes once per check-in; sending it again never makes a second one',
  })
  @Matches(/^[A-Za-z0-9-]{8,100}$/, { message: KEY_MESSAGE })
  idempotencyKey: string;

  @Field(() => Int, { description: '1 (very low) to 5 (very good)' })
  @IsInt({ message: 'Choose how your mood is, from 1 to 5.' })
  @Min(1, { message: 'Choose how your mood is, from 1 to 5.' })
  @Max(5, { message: 'Choose how your mood is, from 1 to 5.' })
  mood: number;

  @Field(() => Int, { description: '0 (none) to 10 (very strong)' })
  @IsInt({ message: 'Choose how strong any craving is, from 0 to 10.' })
  @Min(0, { message: 'Choose how strong any craving is, from 0 to 10.' })
  @Max(10, { message: 'Choose how strong any craving is, from 0 to 10.' })
  craving: number;

  @Field()
  @IsBoolean({ message: 'Say whether you went to a meeting today.' })
  attendedMeeting: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WrittenText('Write a note, or leave it out.', 1000)
  note?: string;

  @Field(() => NoteVisibilityEnum, {
    nullable: true,
    description: 'Who may read the note; PLAN when not given',
  })
  @IsOptional()
  @IsIn(NOTE_VISIBILITIES, { message: 'Choose who may read the note.' })
  noteVisibility?: NoteVisibility;
}

@InputType()
export class FamilyCheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the plan.' })
  planId: string;

  @Field()
  @Matches(/^[A-Za-z0-9-]{8,100}$/, { message: KEY_MESSAGE })
  idempotencyKey: string;

  @Field(() => Int, { description: 'Your own stress, 1 (calm) to 5 (very stressed)' })
  @IsInt({ message: 'Choose how stressed you feel, from 1 to 5.' })
  @Min(1, { message: 'Choose how stressed you feel, from 1 to 5.' })
  @Max(5, { message: 'Choose how stressed you feel, from 1 to 5.' })
  stress: number;

  @Field()
  @IsBoolean({ message: 'Say whether you would like some support.' })
  wantsSupport: boolean;

  @Field({
    description: 'A support group meeting (Al-Anon, Nar-Anon, SMART Family & Friends) today',
  })
  @IsBoolean({ message: 'Say whether you went to a support group today.' })
  attendedMeeting: boolean;
}

@ArgsType()
export class MyCheckInsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose the plan.' })
  planId: string;

  @Field(() => Int, { defaultValue: 30, description: 'How many days back, at most 120' })
  @IsInt()
  @Min(1)
  @Max(120, { message: 'Ask for at most 120 days.' })
  days: number;
}
