import { invalid } from '../../../platform/validation-error';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { RELATIONSHIPS, Relationship } from '@homeward/domain';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { RelationshipEnum, StaffPlanMemberModel } from './plan-member.model';

@InputType()
export class AddFamilyMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN_ID') })
  planId: string;

  @Field()
  @IsEmail({}, { message: invalid('INPUT_FAMILY_EMAIL') })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: invalid('INPUT_FAMILY_NAME') })
  @MaxLength(120)
  displayName: string;

  @Field(() => RelationshipEnum)
  @IsIn(RELATIONSHIPS)
  relationship: Relationship;
}

@ObjectType()
export class AddedFamilyMember {
  @Field(() => StaffPlanMemberModel)
  member: StaffPlanMemberModel;

  @Field(() => String, {
    nullable: true,
    description:
      'For someone without an account: their one-time link, which works once the patient approves',
  })
  acceptUrl: string | null;
}

@InputType()
export class RespondToFamilyInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  memberId: string;

  @Field({
    description: 'true to welcome them onto the plan; false to decline, with no reason needed',
  })
  @IsBoolean()
  approve: boolean;
}

@InputType()
export class SetContactRestrictionInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  memberId: string;

  @Field()
  @IsBoolean()
  restricted: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Required when restricting, e.g. "no-contact order until 2026-12-01"',
  })
  @ValidateIf((input: SetContactRestrictionInput) => input.restricted)
  @IsString()
  @MinLength(3, { message: invalid('INPUT_RESTRICTION_NOTE') })
  @MaxLength(1000)
  note?: string;
}

@InputType()
export class RemovePlanMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  memberId: string;

  @Field()
  @IsString()
  @MinLength(3, { message: invalid('INPUT_STATUS_REASON') })
  @MaxLength(1000)
  reason: string;
}
