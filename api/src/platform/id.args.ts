import { invalid } from './validation-error';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** A record id argument; anything but a UUID is refused before it reaches the database. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_ID') })
  id: string;
}
