import { Field, GraphQLISODateTime, Int, ObjectType, Float, ID } from '@nestjs/graphql';
import { ConsentCategory } from '@homeward/domain';
import { ConsentCategoryEnum } from '../../planning/consents/dto/consent.model';

@ObjectType('CheckInDay')
export class CheckInDayModel {
  @Field()
  day: string;

  @Field(() => Int)
  mood: number;

  @Field(() => Int)
  craving: number;

  @Field()
  attendedMeeting: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Shown to the patient and staff; to family only when shared with the plan',
  })
  note: string | null;
}

@ObjectType('FamilyCheckInDay')
export class FamilyCheckInDayModel {
  @Field()
  memberName: string;

  @Field()
  day: string;

  @Field(() => Int)
  stress: number;

  @Field()
  wantsSupport: boolean;

  @Field()
  attendedMeeting: boolean;
}

/** A rolling share of commitments kept: never a streak that drops to zero. */
@ObjectType('CommitmentShare')
export class CommitmentShareModel {
  @Field(() => Int)
  windowDays: number;

  @Field(() => Int)
  kept: number;

  @Field(() => Int)
  total: number;

  @Field(() => Float, {
    nullable: true,
    description: '0 to 1; null before there is anything to count',
  })
  share: number | null;
}

@ObjectType('TimelineEntry')
export class TimelineEntryModel {
  @Field(() => ID)
  id: string;

  @Field({
    description: 'PLAN_CREATED, PHASE_ADVANCED, PHASE_STEPPED_BACK, PLAN_PAUSED or PLAN_RESUMED',
  })
  kind: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => String, { nullable: true })
  fromPhase: string | null;

  @Field(() => String, { nullable: true })
  toPhase: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => [String], { description: 'Who agreed to a move up' })
  agreedBy: string[];

  @Field(() => String, {
    nullable: true,
    description: 'After a step back: the first day of the next try',
  })
  waitUntil: string | null;
}

/** The record of a plan, for charts: staff and the patient see it all, a family member within consent. */
@ObjectType('TrackRecord')
export class TrackRecordModel {
  @Field(() => ID)
  planId: string;

  @Field()
  today: string;

  @Field(() => [CheckInDayModel], {
    description:
      "The patient's check-ins of the last 90 days (the latest each day); family: with CHECKINS consent",
  })
  checkInDays: CheckInDayModel[];

  @Field(() => [CommitmentShareModel], {
    description: 'Over 30 and 90 days; family: with ATTENDANCE consent',
  })
  commitments: CommitmentShareModel[];

  @Field(() => [TimelineEntryModel], {
    description: 'Every phase change with who agreed and why; family: with PROGRESS consent',
  })
  timeline: TimelineEntryModel[];

  @Field(() => [String], {
    description:
      'Days of the last 90 when something happened: each one marked day, never a reset; family: with PROGRESS consent',
  })
  hardDays: string[];

  @Field(() => [FamilyCheckInDayModel], {
    description: "Family members' own check-ins of the last 30 days: staff only",
  })
  familyCheckIns: FamilyCheckInDayModel[];

  @Field(() => [ConsentCategoryEnum], {
    description: 'For a family member: what the patient shares with them now',
  })
  sharedCategories: ConsentCategory[];

  @Field(() => String, {
    nullable: true,
    description: 'The 42 CFR §2.32 notice, when a family member is shown patient data',
  })
  notice: string | null;
}
