import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { invalid } from '../../../platform/validation-error';
import { WrittenText } from '../../../platform/written-text';
import { PARTICIPANT_KINDS, ParticipantKind } from '../message-participant.entity';

export const ParticipantKindEnum = graphqlEnum(
  PARTICIPANT_KINDS,
  'ParticipantKind',
  'PATIENT, FAMILY or STAFF',
);

/** Long enough for a letter, short enough to stay a message. */
const BODY_MAX = 4000;
const KEY = /^[A-Za-z0-9-]{8,100}$/;

@ObjectType('ThreadParticipant')
export class ThreadParticipantModel {
  @Field()
  name: string;

  @Field(() => ParticipantKindEnum)
  kind: ParticipantKind;

  @Field({ description: 'The reader themselves' })
  isMe: boolean;
}

@ObjectType('MessageSeen')
export class MessageSeenModel {
  @Field()
  name: string;

  @Field(() => GraphQLISODateTime, { description: 'The first time they saw it' })
  seenAt: Date;
}

/** One sent message: kept as sent, never edited or deleted. */
@ObjectType('Message')
export class MessageModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field(() => GraphQLISODateTime)
  sentAt: Date;

  @Field()
  authorName: string;

  @Field(() => ParticipantKindEnum)
  authorKind: ParticipantKind;

  @Field({ description: 'Written by the reader' })
  mine: boolean;

  @Field(() => [MessageSeenModel], { description: 'Who in the thread has seen it, and when first' })
  seenBy: MessageSeenModel[];
}

/** A thread in the list: who is in it, and its newest message the reader receives. */
@ObjectType('MessageThreadSummary')
export class MessageThreadSummaryModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field(() => [ThreadParticipantModel])
  participants: ThreadParticipantModel[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastMessageAt: Date | null;

  @Field(() => String, { nullable: true })
  lastMessage: string | null;

  @Field(() => Int, { description: 'Messages the reader has not seen yet' })
  unseenCount: number;

  @Field({ description: 'The reader is in the thread (staff may read a thread before joining)' })
  joined: boolean;
}

@ObjectType('MessageThread')
export class MessageThreadModel extends MessageThreadSummaryModel {
  @Field(() => [MessageModel], { description: 'The newest messages, oldest first' })
  messages: MessageModel[];

  @Field({ description: 'The reader may write here now' })
  canWrite: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why the reader may not write here now (a reason code), when they may not',
  })
  cannotWriteReason: string | null;
}

@ArgsType()
export class MessageThreadsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => Int, { defaultValue: 50, description: 'At most 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number;
}

@ArgsType()
export class MessageThreadArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  id: string;

  @Field(() => Int, { defaultValue: 100, description: 'The newest messages, at most 200' })
  @IsInt()
  @Min(1)
  @Max(200)
  last: number;
}

@InputType()
export class StartMessageThreadInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => [ID], {
    description:
      'The plan members to write to (patient or family); none from a member writes to the care team',
  })
  @IsArray({ message: invalid('INPUT_MESSAGE_TO') })
  @ArrayMaxSize(20, { message: invalid('INPUT_MESSAGE_TO') })
  @IsUUID('all', { each: true, message: invalid('INPUT_MESSAGE_TO') })
  memberIds: string[];

  @Field()
  @WrittenText('INPUT_MESSAGE', BODY_MAX)
  body: string;

  @Field({ description: 'A key the client makes once per message; resending never sends twice' })
  @Matches(KEY, { message: invalid('INPUT_REQUEST_KEY') })
  idempotencyKey: string;
}

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  threadId: string;

  @Field()
  @WrittenText('INPUT_MESSAGE', BODY_MAX)
  body: string;

  @Field({ description: 'A key the client makes once per message; resending never sends twice' })
  @Matches(KEY, { message: invalid('INPUT_REQUEST_KEY') })
  idempotencyKey: string;
}
