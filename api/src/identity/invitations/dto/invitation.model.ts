import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { RoleEnum } from '../../people/dto/account-enums';
import { Connection } from '../../../platform/pagination';
import { graphqlEnum } from '../../../platform/graphql-enum';

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const InvitationStatusEnum = graphqlEnum(INVITATION_STATUSES, 'InvitationStatus');

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  displayName: string | null;

  @Field(() => RoleEnum)
  role: keyof typeof RoleEnum;

  @Field(() => InvitationStatusEnum)
  status: InvitationStatus;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => String, { nullable: true })
  invitedByName: string | null;

  @Field({
    description:
      "To a family member's place on a plan: withdrawn from the plan (removing the member), not on its own",
  })
  forPlan: boolean;
}

@ObjectType()
export class InvitationConnection extends Connection(InvitationModel) {}

@ObjectType()
export class CreatedInvitation {
  @Field(() => InvitationModel)
  invitation: InvitationModel;

  @Field({
    description: 'The one-time link to give the invitee; shown once, never stored in clear',
  })
  acceptUrl: string;
}

/** What the invitee sees before accepting; public, reached only with the secret link. */
@ObjectType()
export class InvitationPreview {
  @Field()
  email: string;

  @Field(() => RoleEnum)
  role: keyof typeof RoleEnum;

  @Field()
  organizationName: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
