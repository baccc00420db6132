import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Allow, Ctx, GqlCtx, Public } from '../../platform/decorators';
import { IdArgs } from '../../platform/id.args';
import { PageArgs } from '../../platform/pagination';
import { GraphQLContext, RequestContext } from '../../platform/request-context';
import { DeviceCookieService } from '../auth/device-cookie.service';
import { MeModel } from '../auth/dto/me.model';
import { SessionService } from '../auth/session.service';
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
    private readonly devices: DeviceCookieService,
  ) {}

  @Allow('invitation.list')
  @Query(() => InvitationConnection, {
    description: "The organization's invitations, newest first.",
  })
  invitations(@Args() page: PageArgs, @Ctx() ctx: RequestContext): Promise<InvitationConnection> {
    return this.service.list(ctx, page);
  }

  @Allow('invitation.create')
  @Mutation(() => CreatedInvitation, {
    description: 'Invites an email in a role; the link is valid for 7 days, once.',
  })
  createInvitation(
    @Args('input') input: CreateInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedInvitation> {
    return this.service.create(ctx, input);
  }

  @Allow('invitation.revoke')
  @Mutation(() => InvitationModel)
  revokeInvitation(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<InvitationModel> {
    return this.service.revoke(ctx, id);
  }

  @Public()
  @Query(() => InvitationPreview, {
    description: 'What an invitation link offers, before accepting.',
  })
  invitationPreview(
    @Args() { token }: TokenArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<InvitationPreview> {
    return this.service.preview(ctx, token);
  }

  @Public()
  @Mutation(() => MeModel, { description: 'Accepts an invitation, joins and signs in.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Ctx() ctx: RequestContext,
    @GqlCtx() { req, reply }: GraphQLContext,
  ): Promise<MeModel> {
    const { token, me, device } = await this.service.accept(ctx, input, req.cookies);
    this.sessions.setCookie(reply, token);
    this.devices.setCookie(reply, device);
    return me;
  }
}
