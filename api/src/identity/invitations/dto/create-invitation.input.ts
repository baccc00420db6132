import { invalid } from '../../../platform/validation-error';
import { Field, InputType } from '@nestjs/graphql';
import { Role } from '@homeward/domain';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { RoleEnum } from '../../people/dto/account-enums';

@InputType()
export class CreateInvitationInput {
  @Field()
  @IsEmail({}, { message: invalid('INPUT_INVITE_EMAIL') })
  @MaxLength(254)
  email: string;

  @Field(() => RoleEnum)
  @IsIn(Object.values(RoleEnum))
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: 'How to greet them until they choose their own name',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120, { message: invalid('INPUT_NAME_TOO_LONG') })
  displayName?: string;
}
