import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { Actor, GraphQLContext, originOf } from '../../platform/actor';
import { AuthService } from './auth.service';
import { Allow, GqlCtx, CurrentActor, Public } from './decorators';
import { ChangePasswordInput } from './dto/change-password.input';
import { LanguageEnum, MeModel, TimeZoneArgs, TotpEnrollment } from './dto/me.model';
import { LoginInput } from './dto/login.input';
import { SessionService } from './session.service';

@ArgsType()
class TotpCodeArgs {
  @Field()
  @Matches(/^\d{6}$/, { message: 'Enter the 6-digit code from your authenticator app.' })
  code: string;
}

@Resolver(() => MeModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @Mutation(() => MeModel, { description: 'Signs in and sets the session cookie.' })
  async login(@Args('input') input: LoginInput, @GqlCtx() ctx: GraphQLContext): Promise<MeModel> {
    const { token, me } = await this.auth.login(input, originOf(ctx.req));
    this.sessions.setCookie(ctx.reply, token);
    return me;
  }

  @Allow('session.self')
  @Mutation(() => Boolean, { description: 'Ends this session at once.' })
  async logout(@CurrentActor() actor: Actor, @GqlCtx() ctx: GraphQLContext): Promise<boolean> {
    await this.auth.logout(actor, originOf(ctx.req));
    this.sessions.clearCookie(ctx.reply);
    return true;
  }

  @Allow('session.self')
  @Query(() => MeModel)
  me(@CurrentActor() actor: Actor): Promise<MeModel> {
    return this.auth.me(actor);
  }

  @Allow('session.self')
  @Mutation(() => Boolean, { description: 'Changes the password and ends the other sessions.' })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.auth.changePassword(
      actor,
      input.currentPassword,
      input.newPassword,
      originOf(ctx.req),
    );
    return true;
  }

  @Allow('mfa.manage')
  @Mutation(() => TotpEnrollment, {
    description: 'Staff: starts two-step sign-in with an authenticator app.',
  })
  startTotpEnrollment(
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<TotpEnrollment> {
    return this.auth.startTotpEnrollment(actor, originOf(ctx.req));
  }

  @Allow('mfa.manage')
  @Mutation(() => MeModel, { description: 'Staff: turns two-step sign-in on with a first code.' })
  confirmTotpEnrollment(
    @Args() { code }: TotpCodeArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MeModel> {
    return this.auth.confirmTotpEnrollment(actor, code, originOf(ctx.req));
  }

  @Allow('session.self')
  @Mutation(() => MeModel, { description: "Keeps the person's language on their account." })
  setLanguage(
    @Args('language', { type: () => LanguageEnum }) language: keyof typeof LanguageEnum,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MeModel> {
    return this.auth.setLanguage(actor, language, originOf(ctx.req));
  }

  @Allow('session.self')
  @Mutation(() => MeModel, {
    description:
      "Keeps the person's own time zone (IANA name), so their days count where they live.",
  })
  setTimeZone(
    @Args() { timeZone }: TimeZoneArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<MeModel> {
    return this.auth.setTimeZone(actor, timeZone, originOf(ctx.req));
  }
}
