import { invalid } from '../../../platform/validation-error';
import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MinLength(1, { message: invalid('INPUT_CURRENT_PASSWORD') })
  @MaxLength(1024)
  currentPassword: string;

  /** Length and common-password checks happen in PasswordService, with kinder messages. */
  @Field()
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}
