import { Field, ID, ObjectType } from '@nestjs/graphql';

/** Something the reader can see changed: which page to refresh, never what it now says. */
@ObjectType('LiveUpdate')
export class LiveUpdateModel {
  @Field({
    description:
      'What changed: notifications, agreement, visits, check-ins, progress or plan. Read it again over HTTP',
  })
  topic: string;

  @Field(() => ID, { nullable: true, description: 'The plan it changed on, if any' })
  planId: string | null;
}
