import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { RELATIONSHIPS } from '@homeward/domain';
import { graphqlEnum } from '../../../platform/graphql-enum';
import { MEMBER_KINDS, MEMBER_STATUSES } from '../plan-member.entity';

export const MemberKindEnum = graphqlEnum(MEMBER_KINDS, 'MemberKind');
export const MemberStatusEnum = graphqlEnum(MEMBER_STATUSES, 'MemberStatus');
export const RelationshipEnum = graphqlEnum(RELATIONSHIPS, 'Relationship');

/** A person on a plan as the patient and staff see them. */
@ObjectType('PlanMember')
export class PlanMemberModel {
  @Field(() => ID)
  id: string;

  @Field(() => MemberKindEnum)
  kind: keyof typeof MemberKindEnum;

  @Field(() => RelationshipEnum, { nullable: true })
  relationship: keyof typeof RelationshipEnum | null;

  @Field()
  displayName: string;

  @Field(() => MemberStatusEnum)
  status: keyof typeof MemberStatusEnum;

  @Field()
  contactRestricted: boolean;

  @Field(() => GraphQLISODateTime)
  addedAt: Date;
}

/** Staff also see the email and the note behind a contact restriction. */
@ObjectType('StaffPlanMember')
export class StaffPlanMemberModel extends PlanMemberModel {
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  restrictionNote: string | null;
}
