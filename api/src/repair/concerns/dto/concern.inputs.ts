import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  CONCERN_CLOSE_REASONS,
  CONCERN_SEVERITIES,
  CONCERN_SUBJECTS,
  ConcernCloseReason,
  ConcernSeverity,
  ConcernSubject,
} from '@homeward/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { invalid } from '../../../platform/validation-error';
import { WrittenText } from '../../../platform/written-text';
import { ConcernCloseReasonEnum, ConcernSeverityEnum, ConcernSubjectEnum } from './concern.model';

@InputType()
export class RaiseConcernInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;

  @Field(() => ConcernSubjectEnum)
  @IsIn(CONCERN_SUBJECTS, { message: invalid('INPUT_CONCERN_SUBJECT') })
  subject: ConcernSubject;

  @Field(() => ID, { nullable: true, description: 'With subject BOUNDARY' })
  @IsOptional()
  @IsUUID('all', { message: invalid('INPUT_CONCERN_SUBJECT') })
  boundaryId?: string;

  @Field(() => ID, { nullable: true, description: 'With subject EXPECTATION' })
  @IsOptional()
  @IsUUID('all', { message: invalid('INPUT_CONCERN_SUBJECT') })
  expectationId?: string;

  @Field(() => ID, { nullable: true, description: 'With subject VISIT' })
  @IsOptional()
  @IsUUID('all', { message: invalid('INPUT_CONCERN_SUBJECT') })
  visitId?: string;

  @Field(() => ConcernSeverityEnum, { description: 'A SAFETY subject is always SAFETY' })
  @IsIn(CONCERN_SEVERITIES, { message: invalid('INPUT_CONCERN_SEVERITY') })
  severity: ConcernSeverity;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'The people on the plan it is about; they see it only after staff review it',
  })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: invalid('INPUT_ID') })
  aboutMemberIds: string[];

  @Field({ description: 'In the raiser’s own words' })
  @WrittenText('INPUT_CONCERN_WORDS', 2000)
  words: string;

  @Field({
    defaultValue: false,
    description:
      'The others may read these words once reviewed; otherwise they read the counselor’s framing',
  })
  @IsBoolean()
  shareOwnWords: boolean;
}

@InputType()
export class ReviewConcernInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  concernId: string;

  @Field({ description: 'How the counselor puts it to the people it involves' })
  @WrittenText('INPUT_CONCERN_FRAMING', 2000)
  framing: string;
}

@InputType()
export class OpenConcernDiscussionInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  concernId: string;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'Who else joins; the raiser and the people it is about always do',
  })
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: invalid('INPUT_ID') })
  partyMemberIds: string[];
}

@InputType()
export class CommentOnConcernInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  concernId: string;

  @Field()
  @WrittenText('INPUT_CONCERN_COMMENT', 2000)
  words: string;
}

@InputType()
export class CloseConcernInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  concernId: string;

  @Field(() => ConcernCloseReasonEnum)
  @IsIn(CONCERN_CLOSE_REASONS, { message: invalid('INPUT_CONCERN_CLOSE_REASON') })
  reason: ConcernCloseReason;
}

@InputType()
export class PauseVisitsForConcernInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  concernId: string;
}

@ArgsType()
export class ConcernsArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

@ArgsType()
export class ConcernArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  id: string;
}

@ArgsType()
export class ConcernQueueArgs {
  @Field(() => Int, { defaultValue: 50, description: 'At most 100' })
  @IsInt()
  @Min(1)
  @Max(100)
  first: number;
}
