import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from './account-enums';
import { Connection } from '../../../platform/pagination';
import { MEMBERSHIP_STATUSES, MembershipStatus } from '../membership.entity';
import { graphqlEnum } from '../../../platform/graphql-enum';

export const MembershipStatusEnum = graphqlEnum(MEMBERSHIP_STATUSES, 'MembershipStatus');

/** A person in the organization, seen by staff. */
@ObjectType('Person')
export class PersonModel {
  @Field(() => ID, { description: 'The membership id' })
  id: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: keyof typeof RoleEnum;

  @Field(() => MembershipStatusEnum)
  status: MembershipStatus;

  @Field(() => GraphQLISODateTime)
  joinedAt: Date;
}

@ObjectType()
export class PersonConnection extends Connection(PersonModel) {}
