import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Actor, GraphQLContext, originOf } from '../../platform/actor';
import { Allow, GqlCtx, CurrentActor, Public } from '../auth/decorators';
import { MeModel } from '../auth/dto/me.model';
import { SessionService } from '../auth/session.service';
import { IdArgs } from '../../platform/id.args';
import { PageArgs } from '../../platform/pagination';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { CreateInvitationInput } from './dto/create-invitation.input';
import {
  CreatedInvitation,
  InvitationConnection,
  InvitationModel,
  InvitationPreview,
} from './dto/invitation.model';
import { InvitationsService } from './invitations.service';

@ArgsType()
class TokenArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  token: string;
}

@Resolver(() => InvitationModel)
export class InvitationsResolver {
  constructor(
    private readonly service: InvitationsService,
    private readonly sessions: SessionService,
  ) {}

  @Allow('invitation.list')
  @Query(() => InvitationConnection, {
    description: "The organization's invitations, newest first.",
  })
  invitations(@Args() page: PageArgs, @CurrentActor() actor: Actor): Promise<InvitationConnection> {
    return this.service.list(actor, page);
  }

  @Allow('invitation.create')
  @Mutation(() => CreatedInvitation, {
    description: 'Invites an email in a role; the link is valid for 7 days, once.',
  })
  createInvitation(
    @Args('input') input: CreateInvitationInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<CreatedInvitation> {
    return this.service.create(actor, input, originOf(ctx.req));
  }

  @Allow('invitation.revoke')
  @Mutation(() => InvitationModel)
  revokeInvitation(
    @Args() { id }: IdArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<InvitationModel> {
    return this.service.revoke(actor, id, originOf(ctx.req));
  }

  @Public()
  @Query(() => InvitationPreview, {
    description: 'What an invitation link offers, before accepting.',
  })
  invitationPreview(@Args() { token }: TokenArgs): Promise<InvitationPreview> {
    return this.service.preview(token);
  }

  @Public()
  @Mutation(() => MeModel, { description: 'Accepts an invitation, joins and signs in.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MeModel> {
    const { token, me } = await this.service.accept(input, originOf(ctx.req));
    this.sessions.setCookie(ctx.reply, token);
    return me;
  }
}
