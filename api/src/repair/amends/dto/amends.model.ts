import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { invalid } from '../../../platform/validation-error';
import { WrittenText } from '../../../platform/written-text';
import {
  AMENDS_STATUSES,
  AmendsStatus,
  REPLY_VISIBILITIES,
  ReplyVisibility,
} from '../amends.entity';

export const AmendsStatusEnum = graphqlEnum(
  AMENDS_STATUSES,
  'AmendsStatus',
  'PREPARED (with the counselor), OFFERED (waiting for the recipient), NOT_NOW (the recipient chose not now; the patient sees OFFERED), RECEIVED',
);
export const ReplyVisibilityEnum = graphqlEnum(
  REPLY_VISIBILITIES,
  'AmendsReplyVisibility',
  'PATIENT: the patient may read the reply. STAFF_ONLY: kept for staff',
);
const AMENDS_CHOICES = ['RECEIVE', 'NOT_NOW'] as const;
export type AmendsChoice = (typeof AMENDS_CHOICES)[number];
export const AmendsChoiceEnum = graphqlEnum(AMENDS_CHOICES, 'AmendsChoice');

/** An amends as its reader may see it: the recipient reads the words only once they chose to receive them. */
@ObjectType('Amends')
export class AmendsModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field()
  patientName: string;

  @Field(() => ID)
  recipientMemberId: string;

  @Field()
  recipientName: string;

  @Field(() => AmendsStatusEnum)
  status: AmendsStatus;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  offeredAt: Date | null;

  @Field(() => String, { nullable: true })
  whatHappened: string | null;

  @Field(() => String, { nullable: true })
  responsibility: string | null;

  @Field(() => String, { nullable: true })
  willDoDifferently: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The recipient's reply, where the reader may read it",
  })
  reply: string | null;

  @Field(() => ReplyVisibilityEnum, { nullable: true })
  replyVisibility: ReplyVisibility | null;

  @Field({ description: 'The reader is the one it is offered to' })
  forMe: boolean;
}

@InputType()
export class PrepareAmendsInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => ID, { description: 'The family member it is for' })
  @IsUUID('all', { message: invalid('INPUT_AMENDS_RECIPIENT') })
  recipientMemberId: string;

  @Field({ description: 'What happened, in the patient’s own words' })
  @WrittenText('INPUT_AMENDS_TEXT', 4000)
  whatHappened: string;

  @Field({ description: 'What they take responsibility for' })
  @WrittenText('INPUT_AMENDS_TEXT', 4000)
  responsibility: string;

  @Field({ description: 'What they will do differently' })
  @WrittenText('INPUT_AMENDS_TEXT', 4000)
  willDoDifferently: string;
}

@InputType()
export class ChooseAmendsInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  id: string;

  @Field(() => AmendsChoiceEnum)
  @IsIn(AMENDS_CHOICES)
  choice: AmendsChoice;
}

@InputType()
export class ReplyToAmendsInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  id: string;

  @Field()
  @WrittenText('INPUT_AMENDS_REPLY', 4000)
  reply: string;

  @Field(() => ReplyVisibilityEnum)
  @IsIn(REPLY_VISIBILITIES, { message: invalid('INPUT_VISIBILITY') })
  visibility: ReplyVisibility;
}
