import { invalid } from '../../../platform/validation-error';
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

const KEY_MESSAGE = 'INPUT_REQUEST_KEY';

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
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field({
    description:
      'A key the client makes once per check-in; sending it again never makes a second one',
  })
  @Matches(/^[A-Za-z0-9-]{8,100}$/, { message: invalid(KEY_MESSAGE) })
  idempotencyKey: string;

  @Field(() => Int, { description: '1 (very low) to 5 (very good)' })
  @IsInt({ message: invalid('INPUT_MOOD') })
  @Min(1, { message: invalid('INPUT_MOOD') })
  @Max(5, { message: invalid('INPUT_MOOD') })
  mood: number;

  @Field(() => Int, { description: '0 (none) to 10 (very strong)' })
  @IsInt({ message: invalid('INPUT_CRAVING') })
  @Min(0, { message: invalid('INPUT_CRAVING') })
  @Max(10, { message: invalid('INPUT_CRAVING') })
  craving: number;

  @Field()
  @IsBoolean({ message: invalid('INPUT_ATTENDED_MEETING') })
  attendedMeeting: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @WrittenText('INPUT_NOTE_OPTIONAL', 1000)
  note?: string;

  @Field(() => NoteVisibilityEnum, {
    nullable: true,
    description: 'Who may read the note; PLAN when not given',
  })
  @IsOptional()
  @IsIn(NOTE_VISIBILITIES, { message: invalid('INPUT_NOTE_VISIBILITY') })
  noteVisibility?: NoteVisibility;
}

@InputType()
export class FamilyCheckInInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field()
  @Matches(/^[A-Za-z0-9-]{8,100}$/, { message: invalid(KEY_MESSAGE) })
  idempotencyKey: string;

  @Field(() => Int, { description: 'Your own stress, 1 (calm) to 5 (very stressed)' })
  @IsInt({ message: invalid('INPUT_STRESS') })
  @Min(1, { message: invalid('INPUT_STRESS') })
  @Max(5, { message: invalid('INPUT_STRESS') })
  stress: number;

  @Field()
  @IsBoolean({ message: invalid('INPUT_WANTS_SUPPORT') })
  wantsSupport: boolean;

  @Field({
    description: 'A support group meeting (Al-Anon, Nar-Anon, SMART Family & Friends) today',
  })
  @IsBoolean({ message: invalid('INPUT_ATTENDED_GROUP') })
  attendedMeeting: boolean;
}

@ArgsType()
export class MyCheckInsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => Int, { defaultValue: 30, description: 'How many days back, at most 120' })
  @IsInt()
  @Min(1)
  @Max(120, { message: invalid('INPUT_DAYS_AT_MOST_120') })
  days: number;
}
