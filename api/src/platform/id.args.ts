import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** A record id argument; anything but a UUID is refused before it reaches the database. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'That id is not valid.' })
  id: string;
}
