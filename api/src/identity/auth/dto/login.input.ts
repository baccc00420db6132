import { invalid } from '../../../platform/validation-error';
import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: invalid('INPUT_EMAIL') })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: invalid('INPUT_PASSWORD') })
  @MaxLength(1024)
  password: string;

  /** Staff with two-step sign-in turned on send the code from their authenticator app. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: invalid('INPUT_TOTP_CODE') })
  totpCode?: string;

  /** Instead of a code: one of the staff member's recovery codes (each works once). */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z0-9 -]{10,16}$/, { message: invalid('INPUT_RECOVERY_CODE') })
  recoveryCode?: string;
}
