import { invalid } from '../../../platform/validation-error';
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @IsEmail({}, { message: invalid('INPUT_EMAIL') })
  @MaxLength(254)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  /** The token from the link; a link that cannot be used gets one kind answer, whatever the reason. */
  @Field()
  @IsString()
  @MaxLength(200)
  token: string;

  /** Length and common-password checks happen in PasswordService, with kinder messages. */
  @Field()
  @IsString()
  @MaxLength(1024)
  newPassword: string;
}
