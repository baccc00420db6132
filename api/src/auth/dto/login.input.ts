import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LoginInput {
  @Field()
  @IsEmail({}, { message: 'Enter your email address, like name@example.com.' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter your password.' })
  @MaxLength(1024)
  password: string;
}
