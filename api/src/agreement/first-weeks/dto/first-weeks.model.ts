import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { FIRST_WEEKS_TOPICS, FirstWeeksTopic, MAX_FIRST_WEEKS_WORDS } from '@homeward/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { invalid } from '../../../platform/validation-error';

export const FirstWeeksTopicEnum = graphqlEnum(
  FIRST_WEEKS_TOPICS,
  'FirstWeeksTopic',
  'What a hope for the first weeks at home is about',
);

@ObjectType('FirstWeeksEarlier', { description: 'An earlier version of one of my hopes, kept' })
export class FirstWeeksEarlierModel {
  @Field(() => Int)
  version: number;

  @Field({ description: 'Empty when the topic was left empty' })
  words: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('FirstWeeksHope', {
  description: 'What one member hopes the first weeks at home will be like, on one topic',
})
export class FirstWeeksHopeModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  authorMemberId: string;

  @Field()
  authorName: string;

  @Field()
  isMine: boolean;

  @Field(() => Int)
  version: number;

  @Field()
  words: string;

  @Field(() => [ID], { description: 'The others on the plan it concerns (who may read it)' })
  partyMemberIds: string[];

  @Field(() => [String], { description: 'Their names, as the plan knows them' })
  partyNames: string[];

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => [FirstWeeksEarlierModel], {
    description: 'Its earlier versions, newest first (its author and staff)',
  })
  earlier: FirstWeeksEarlierModel[];
}

@ObjectType('FirstWeeksSuggestion', { description: "The counselor's suggestion on a topic" })
export class FirstWeeksSuggestionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  words: string;

  @Field()
  writtenBy: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('FirstWeeksTopicView', {
  description:
    "One topic: my hope beside those of the others who named me, and the counselor's suggestion",
})
export class FirstWeeksTopicModel {
  @Field(() => FirstWeeksTopicEnum)
  topic: FirstWeeksTopic;

  @Field({ description: "The topic's name, in the reader's language" })
  title: string;

  @Field({ description: "The question it asks, in the reader's language" })
  prompt: string;

  @Field(() => FirstWeeksHopeModel, {
    nullable: true,
    description: 'My current hope (null for staff, or while I leave it empty)',
  })
  mine: FirstWeeksHopeModel | null;

  @Field(() => [FirstWeeksHopeModel], {
    description: "The others' current hopes I am party to (staff: everyone's)",
  })
  others: FirstWeeksHopeModel[];

  @Field(() => FirstWeeksSuggestionModel, { nullable: true })
  suggestion: FirstWeeksSuggestionModel | null;
}

@ObjectType('FirstWeeksPerson', { description: 'Someone on the plan a hope can be for' })
export class FirstWeeksPersonModel {
  @Field(() => ID)
  memberId: string;

  @Field()
  name: string;

  @Field()
  isMe: boolean;
}

@ObjectType('FirstWeeks', {
  description: 'The first weeks at home, prepared: each person’s hopes, topic by topic',
})
export class FirstWeeksModel {
  @Field(() => ID)
  planId: string;

  @Field(() => [FirstWeeksTopicModel])
  topics: FirstWeeksTopicModel[];

  @Field(() => [FirstWeeksPersonModel], {
    description: 'The active members of the plan the reader may write to (and themselves)',
  })
  people: FirstWeeksPersonModel[];

  @Field({ description: 'The reader writes hopes here (the patient and family members)' })
  mayHope: boolean;

  @Field({ description: 'The reader writes suggestions here (staff)' })
  maySuggest: boolean;

  @Field({ description: 'Hopes and suggestions may still be written (the plan is open)' })
  open: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The §2.32 notice, when a family member reads words the patient wrote',
  })
  notice: string | null;
}

@ArgsType()
export class FirstWeeksArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

@InputType()
export class WriteFirstWeeksHopeInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => FirstWeeksTopicEnum)
  @IsIn(FIRST_WEEKS_TOPICS, { message: invalid('INPUT_FIRST_WEEKS_TOPIC') })
  topic: FirstWeeksTopic;

  @Field({ description: 'Empty to leave the topic empty again' })
  @IsString({ message: invalid('INPUT_FIRST_WEEKS_WORDS', { max: MAX_FIRST_WEEKS_WORDS }) })
  @MaxLength(MAX_FIRST_WEEKS_WORDS, {
    message: invalid('INPUT_FIRST_WEEKS_WORDS', { max: MAX_FIRST_WEEKS_WORDS }),
  })
  words: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Who on the plan it concerns; left out: everyone on the plan',
  })
  @IsOptional()
  @IsArray({ message: invalid('INPUT_FIRST_WEEKS_PARTIES') })
  @ArrayMaxSize(50, { message: invalid('INPUT_FIRST_WEEKS_PARTIES') })
  @IsUUID('all', { each: true, message: invalid('INPUT_FIRST_WEEKS_PARTIES') })
  partyMemberIds?: string[] | null;
}

@InputType()
export class SuggestFirstWeeksInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => FirstWeeksTopicEnum)
  @IsIn(FIRST_WEEKS_TOPICS, { message: invalid('INPUT_FIRST_WEEKS_TOPIC') })
  topic: FirstWeeksTopic;

  @Field()
  @IsString({ message: invalid('INPUT_FIRST_WEEKS_WORDS', { max: MAX_FIRST_WEEKS_WORDS }) })
  @MaxLength(MAX_FIRST_WEEKS_WORDS, {
    message: invalid('INPUT_FIRST_WEEKS_WORDS', { max: MAX_FIRST_WEEKS_WORDS }),
  })
  words: string;
}
