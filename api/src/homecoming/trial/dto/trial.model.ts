import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  TRIAL_CONDITION_SOURCES,
  TRIAL_OUTCOMES,
  TRIAL_REVIEW_OUTCOMES,
  TRIAL_STATUSES,
  TrialConditionSource,
  TrialOutcome,
  TrialReviewOutcome,
  TrialStatus,
} from '@homeward/domain';
import { graphqlEnum } from '../../../platform/graphql-enum';

export const TrialStatusEnum = graphqlEnum(TRIAL_STATUSES, 'TrialStatus');
export const TrialOutcomeEnum = graphqlEnum(
  TRIAL_OUTCOMES,
  'TrialOutcome',
  'How a trial homecoming ended: home, stepped back a phase for now, or with the plan when it closed',
);
export const TrialReviewOutcomeEnum = graphqlEnum(TRIAL_REVIEW_OUTCOMES, 'TrialReviewOutcome');
export const TrialConditionSourceEnum = graphqlEnum(
  TRIAL_CONDITION_SOURCES,
  'TrialConditionSource',
);

@ObjectType('TrialCondition')
export class TrialConditionModel {
  @Field()
  text: string;

  @Field(() => String, { nullable: true, description: "A boundary's 'if it is crossed'" })
  note: string | null;

  @Field(() => TrialConditionSourceEnum)
  source: TrialConditionSource;

  @Field(() => ID, { nullable: true })
  sourceId: string | null;

  @Field(() => Int, { nullable: true })
  sourceVersion: number | null;

  @Field(() => String, { nullable: true, description: 'Who asked it, or whose boundary it is' })
  byName: string | null;
}

@ObjectType('TrialSignature')
export class TrialSignatureModel {
  @Field(() => ID)
  memberId: string;

  @Field()
  displayName: string;

  @Field()
  typedName: string;

  @Field(() => GraphQLISODateTime)
  signedAt: Date;
}

@ObjectType('TrialConditionsVersion')
export class TrialConditionsVersionModel {
  @Field(() => Int)
  version: number;

  @Field(() => [TrialConditionModel])
  conditions: TrialConditionModel[];

  @Field()
  startDay: string;

  @Field(() => Int)
  maxDays: number;

  @Field()
  endsOn: string;

  @Field(() => [String])
  reviewDays: string[];

  @Field()
  contentHash: string;

  @Field(() => GraphQLISODateTime)
  publishedAt: Date;

  @Field(() => [TrialSignatureModel])
  signatures: TrialSignatureModel[];

  @Field(() => [String], { description: 'Active members who have not signed this version yet' })
  awaitingSignatureFrom: string[];

  @Field()
  signedByAll: boolean;
}

@ObjectType('HomeAnswer', { description: 'A weekly "how is home?": read by its author and staff' })
export class HomeAnswerModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  memberId: string;

  @Field()
  displayName: string;

  @Field({ description: 'The Monday of the week, YYYY-MM-DD' })
  weekOf: string;

  @Field(() => Int)
  rating: number;

  @Field(() => String, { nullable: true })
  words: string | null;

  @Field(() => GraphQLISODateTime)
  answeredAt: Date;

  @Field()
  mine: boolean;
}

@ObjectType('TrialReview')
export class TrialReviewModel {
  @Field()
  reviewDay: string;

  @Field(() => TrialReviewOutcomeEnum)
  outcome: TrialReviewOutcome;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true })
  newEndsOn: string | null;

  @Field(() => String, { nullable: true })
  newReviewDay: string | null;

  @Field()
  reviewedByName: string;

  @Field(() => GraphQLISODateTime)
  reviewedAt: Date;
}

@ObjectType('HomecomingTrial')
export class HomecomingTrialModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  planId: string;

  @Field(() => TrialStatusEnum)
  status: TrialStatus;

  @Field(() => TrialOutcomeEnum, { nullable: true })
  outcome: TrialOutcome | null;

  @Field(() => String, { nullable: true, description: "The outcome in the reader's kind words" })
  outcomeWords: string | null;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field()
  startDay: string;

  @Field(() => Int)
  maxDays: number;

  @Field()
  endsOn: string;

  @Field(() => [String])
  reviewDays: string[];

  @Field(() => String, { nullable: true })
  nextReviewDay: string | null;

  @Field({ description: 'The next review day has come (program time zone)' })
  reviewDue: boolean;

  @Field(() => Int)
  extensions: number;

  @Field(() => Int)
  extensionsLeft: number;

  @Field({ description: "Today in the program's time zone" })
  today: string;

  @Field({ description: 'The Monday of this week' })
  weekOf: string;

  @Field(() => [TrialConditionModel], {
    description:
      'Staff: the agreed expectations and acknowledged boundaries, as conditions to keep or drop',
  })
  drafted: TrialConditionModel[];

  @Field(() => TrialConditionsVersionModel, { nullable: true })
  current: TrialConditionsVersionModel | null;

  @Field()
  awaitingMySignature: boolean;

  @Field({ description: 'The reader (a member) said how home is this week' })
  answeredThisWeek: boolean;

  @Field(() => [HomeAnswerModel], {
    description: "The reader's own answers; staff read every member's",
  })
  homeAnswers: HomeAnswerModel[];

  @Field(() => [TrialReviewModel])
  reviews: TrialReviewModel[];
}
