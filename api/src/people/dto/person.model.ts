import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RoleEnum } from '../../auth/dto/me.model';
import { Connection } from '../../common/pagination';
import { MEMBERSHIP_STATUSES, MembershipStatus } from '../membership.entity';

export const MembershipStatusEnum = Object.fromEntries(MEMBERSHIP_STATUSES.map((s) => [s, s])) as { [K in MembershipStatus]: K };
registerEnumType(MembershipStatusEnum, { name: 'MembershipStatus' });

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
