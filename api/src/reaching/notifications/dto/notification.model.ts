import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { EMAIL_GROUPS, EmailGroup, NOTIFICATION_KINDS, NotificationKind } from '@homeward/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { invalid } from '../../../platform/validation-error';

export const NotificationKindEnum = graphqlEnum(NOTIFICATION_KINDS, 'NotificationKind');
export const EmailGroupEnum = graphqlEnum(EMAIL_GROUPS, 'EmailGroup');

/** HH:MM, 00:00 to 23:59. */
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@ObjectType('Notification', {
  description:
    'One thing a person is told. Its words come from its kind, in the reader’s language.',
})
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => ID, { nullable: true })
  planId: string | null;

  @Field({
    description: 'The page of the reader’s own experience it opens, e.g. /family/visits/<plan>',
  })
  path: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;
}

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number;
}

@ArgsType()
export class NotificationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  id: string;
}

@ObjectType('NotificationSettings')
export class NotificationSettingsModel {
  @Field(() => [EmailGroupEnum], { description: 'The kinds of updates that also come by email' })
  emailGroups: EmailGroup[];

  @Field(() => [EmailGroupEnum], {
    description: 'The kinds of updates that can reach this person at all',
  })
  availableGroups: EmailGroup[];

  @Field({ description: 'One mail a day at digestTime instead of one per update' })
  digest: boolean;

  @Field()
  digestTime: string;

  @Field(() => String, { nullable: true, description: 'HH:MM in the person’s own time zone' })
  quietFrom: string | null;

  @Field(() => String, { nullable: true })
  quietUntil: string | null;

  @Field(() => String, { nullable: true, description: 'The daily check-in reminder; null: none' })
  checkInReminderAt: string | null;

  @Field({ description: 'Staff: a daily mail about their caseload' })
  caseloadDigest: boolean;

  @Field({ description: 'No mail and no reminders at all' })
  allPaused: boolean;

  @Field({ description: 'The time zone these times are in' })
  timeZone: string;
}

@InputType()
export class NotificationSettingsInput {
  @Field(() => [EmailGroupEnum])
  @ArrayMaxSize(EMAIL_GROUPS.length, { message: invalid('INPUT_EMAIL_GROUPS') })
  @IsIn(EMAIL_GROUPS, { each: true, message: invalid('INPUT_EMAIL_GROUPS') })
  emailGroups: EmailGroup[];

  @Field()
  @IsBoolean()
  digest: boolean;

  @Field()
  @Matches(CLOCK_TIME, { message: invalid('INPUT_CLOCK_TIME') })
  digestTime: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: invalid('INPUT_CLOCK_TIME') })
  quietFrom: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: invalid('INPUT_CLOCK_TIME') })
  quietUntil: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CLOCK_TIME, { message: invalid('INPUT_CLOCK_TIME') })
  checkInReminderAt: string | null;

  @Field()
  @IsBoolean()
  caseloadDigest: boolean;

  @Field()
  @IsBoolean()
  allPaused: boolean;
}
