import { invalid } from '../../../platform/validation-error';
import { Field, InputType } from '@nestjs/graphql';
import { Language } from '@homeward/domain';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { LanguageEnum } from '../../people/dto/account-enums';

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MinLength(1, { message: invalid('INPUT_DISPLAY_NAME') })
  @MaxLength(120, { message: invalid('INPUT_NAME_TOO_LONG') })
  displayName: string;

  /** A new password, or the existing account's password when the email already has one. */
  @Field()
  @IsString()
  @MaxLength(1024)
  password: string;

  /** When the email's account already uses two-step sign-in: a code from its app. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: invalid('INPUT_TOTP_CODE') })
  totpCode?: string;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(LanguageEnum))
  language?: Language;
}
