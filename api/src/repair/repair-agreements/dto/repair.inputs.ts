import { Field, ID, InputType } from '@nestjs/graphql';
import { COMMITMENT_OUTCOMES, CommitmentOutcome } from '@homeward/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { invalid } from '../../../platform/validation-error';
import { WrittenText } from '../../../platform/written-text';
import { CommitmentOutcomeEnum } from '../../concerns/dto/concern.model';

@InputType()
export class CommitmentInput {
  @Field(() => ID, { description: 'Whose commitment: someone on the plan in the conversation' })
  @IsUUID('all', { message: invalid('INPUT_ID') })
  memberId: string;

  @Field({ description: 'What they will do, in a few words' })
  @WrittenText('INPUT_COMMITMENT_WORDS', 500)
  words: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: invalid('INPUT_REVIEW_DAY') })
  reviewOn?: string;
}

@InputType()
export class ProposeRepairInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  concernId: string;

  @Field(() => [CommitmentInput])
  @ArrayMinSize(1, { message: invalid('INPUT_COMMITMENTS') })
  @ArrayMaxSize(20, { message: invalid('INPUT_COMMITMENTS') })
  @ValidateNested({ each: true })
  @Type(() => CommitmentInput)
  commitments: CommitmentInput[];
}

@InputType()
export class AcceptRepairInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  agreementId: string;
}

@InputType()
export class MarkCommitmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  commitmentId: string;

  @Field(() => CommitmentOutcomeEnum, { description: 'KEPT, or NOT_YET' })
  @IsIn(COMMITMENT_OUTCOMES, { message: invalid('INPUT_COMMITMENT_OUTCOME') })
  outcome: CommitmentOutcome;
}
