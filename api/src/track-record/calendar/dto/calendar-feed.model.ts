import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType('CalendarFeed')
export class CalendarFeedModel {
  @Field()
  enabled: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  since: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The private link; shown only when it is made, then never again',
  })
  url: string | null;
}
