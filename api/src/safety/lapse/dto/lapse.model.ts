import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LAPSE_KEEPS, LAPSE_PLAN_STATUSES, LapseKeeps, LapsePlanStatus } from '@homeward/domain';
import { graphqlEnum } from '../../../platform/graphql-enum';

export const LapsePlanStatusEnum = graphqlEnum(LAPSE_PLAN_STATUSES, 'LapsePlanStatus');
export const LapseKeepsEnum = graphqlEnum(
  LAPSE_KEEPS,
  'LapseKeeps',
  'What never resets after something happened',
);

@ObjectType('LapsePerson')
export class LapsePersonModel {
  @Field(() => ID)
  memberId: string;

  @Field()
  displayName: string;
}

@ObjectType('LapsePlanAcceptance')
export class LapsePlanAcceptanceModel {
  @Field(() => ID)
  memberId: string;

  @Field()
  displayName: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null: not yet' })
  acceptedAt: Date | null;
}

@ObjectType('LapsePlanVersion')
export class LapsePlanVersionModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => LapsePlanStatusEnum)
  status: LapsePlanStatus;

  @Field()
  whatItMeans: string;

  @Field(() => [LapsePersonModel])
  told: LapsePersonModel[];

  @Field(() => String, { nullable: true })
  toldBy: string | null;

  @Field()
  pausesVisits: boolean;

  @Field(() => Int)
  maxPauseDays: number;

  @Field(() => [String])
  stepsBackIn: string[];

  @Field(() => [LapseKeepsEnum], { description: 'Stated on every version; the API keeps it' })
  keeps: LapseKeeps[];

  @Field()
  proposedByName: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  agreedAt: Date | null;

  @Field(() => [LapsePlanAcceptanceModel], {
    description: 'Everyone who accepts this version (patient and family), and when',
  })
  acceptances: LapsePlanAcceptanceModel[];

  @Field({ description: 'The reader is on the plan and has not accepted this version yet' })
  mayAccept: boolean;
}

@ObjectType('LapseStep')
export class LapseStepModel {
  @Field(() => Int)
  position: number;

  @Field()
  words: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  checkedAt: Date | null;
}

/** Something happened: its details reach staff, the patient, and family with PROGRESS consent only. */
@ObjectType('Lapse')
export class LapseModel {
  @Field(() => ID)
  id: string;

  @Field()
  happenedOn: string;

  @Field(() => String, { nullable: true })
  words: string | null;

  @Field()
  recordedByName: string;

  @Field(() => GraphQLISODateTime)
  recordedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The agreed version followed; null: none yet' })
  followedVersion: number | null;

  @Field()
  paused: boolean;

  @Field(() => String, { nullable: true })
  pauseEndsOn: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resumedAt: Date | null;

  @Field(() => [LapseStepModel])
  steps: LapseStepModel[];
}

@ObjectType('LapsePlan')
export class LapsePlanModel {
  @Field(() => ID)
  planId: string;

  @Field(() => LapsePlanVersionModel, {
    nullable: true,
    description: 'The version everyone agreed, in force',
  })
  agreed: LapsePlanVersionModel | null;

  @Field(() => [LapsePlanVersionModel], { description: 'Every version, newest first' })
  versions: LapsePlanVersionModel[];

  @Field({ description: 'The plan is paused, following the plan everyone agreed' })
  pausedFollowingPlan: boolean;

  @Field(() => [LapseModel], {
    description: 'Newest first; family: only with PROGRESS consent, otherwise empty',
  })
  lapses: LapseModel[];

  @Field({ description: 'The reader may record that something happened (patient, staff)' })
  mayRecord: boolean;

  @Field({
    description:
      "Today in the program's time zone (YYYY-MM-DD): the latest day something can have happened",
  })
  today: string;

  @Field(() => String, {
    nullable: true,
    description: 'The 42 CFR §2.32 notice, when a family member is shown what happened',
  })
  notice: string | null;
}
