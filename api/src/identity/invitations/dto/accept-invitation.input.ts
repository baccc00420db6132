import { Field, InputType } from '@nestjs/graphql';
import { Language } from '@homeward/domain';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
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
  @MinLength(1, { message: 'Tell us the name you would like to be called.' })
  @MaxLength(120, { message: 'Keep the name under 120 characters.' })
  displayName: string;

  /** A new password, or the existing account's password when the email already has one. */
  @Field()
  @IsString()
  @MaxLength(1024)
  password: string;

  @Field(() => LanguageEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(LanguageEnum))
  language?: Language;
}
