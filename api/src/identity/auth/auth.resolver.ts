import { invalid } from '../../platform/validation-error';
import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { Allow, AllowBeforeMfa, Ctx, GqlCtx, Public } from '../../platform/decorators';
import { IdArgs } from '../../platform/id.args';
import { GraphQLContext, RequestContext } from '../../platform/request-context';
import { AuthService } from './auth.service';
import { ChangePasswordInput } from './dto/change-password.input';
import {
  LanguageEnum,
  MeModel,
  TimeZoneArgs,
  TotpConfirmation,
  TotpEnrollment,
} from './dto/me.model';
import { LoginInput } from './dto/login.input';
import { DeviceCookieService } from './device-cookie.service';
import { SessionService } from './session.service';

@ArgsType()
class TotpCodeArgs {
  @Field()
  @Matches(/^\d{6}$/, { message: invalid('INPUT_TOTP_CODE') })
  code: string;
}

@Resolver(() => MeModel)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly devices: DeviceCookieService,
  ) {}

  @Public()
  @Mutation(() => MeModel, { description: 'Signs in and sets the session cookie.' })
  async login(
    @Args('input') input: LoginInput,
    @Ctx() ctx: RequestContext,
    @GqlCtx() { req, reply }: GraphQLContext,
  ): Promise<MeModel> {
    const { token, me, device } = await this.auth.login(ctx, input, req.cookies);
    this.sessions.setCookie(reply, token);
    this.devices.setCookie(reply, device);
    return me;
  }

  @Allow('session.self')
  @AllowBeforeMfa()
  @Mutation(() => Boolean, { description: 'Ends this session at once.' })
  async logout(@Ctx() ctx: RequestContext, @GqlCtx() { reply }: GraphQLContext): Promise<boolean> {
    await this.auth.logout(ctx);
    this.sessions.clearCookie(reply);
    return true;
  }

  @Allow('session.self')
  // Before two-step sign-in is set up: a person in a staff membership may still go to their family one.
  @AllowBeforeMfa()
  @Mutation(() => MeModel, {
    description:
      'Moves the person to another of their memberships: a new session in it, and this one ends.',
  })
  async chooseMembership(
    @Args() { id }: IdArgs,
    @Ctx() ctx: RequestContext,
    @GqlCtx() { reply }: GraphQLContext,
  ): Promise<MeModel> {
    const { token, me } = await this.auth.chooseMembership(ctx, id);
    this.sessions.setCookie(reply, token);
    return me;
  }

  @Allow('session.self')
  @AllowBeforeMfa()
  @Query(() => MeModel)
  me(@Ctx() ctx: RequestContext): Promise<MeModel> {
    return this.auth.me(ctx);
  }

  @Allow('session.self')
  @Mutation(() => Boolean, { description: 'Changes the password and ends the other sessions.' })
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await this.auth.changePassword(ctx, input.currentPassword, input.newPassword);
    return true;
  }

  @Allow('mfa.manage')
  @AllowBeforeMfa()
  @Mutation(() => TotpEnrollment, {
    description: 'Staff: starts two-step sign-in with an authenticator app.',
  })
  startTotpEnrollment(@Ctx() ctx: RequestContext): Promise<TotpEnrollment> {
    return this.auth.startTotpEnrollment(ctx);
  }

  @Allow('mfa.manage')
  @AllowBeforeMfa()
  @Mutation(() => TotpConfirmation, {
    description:
      'Staff: turns two-step sign-in on with a first code; answers the recovery codes, shown this once.',
  })
  confirmTotpEnrollment(
    @Args() { code }: TotpCodeArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<TotpConfirmation> {
    return this.auth.confirmTotpEnrollment(ctx, code);
  }

  @Allow('mfa.manage')
  @Mutation(() => [String], {
    description:
      'Staff: new recovery codes, confirmed by a current code from the app; the earlier ones stop working.',
  })
  regenerateRecoveryCodes(
    @Args() { code }: TotpCodeArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<string[]> {
    return this.auth.regenerateRecoveryCodes(ctx, code);
  }

  @Allow('session.self')
  @AllowBeforeMfa()
  @Mutation(() => MeModel, { description: "Keeps the person's language on their account." })
  setLanguage(
    @Args('language', { type: () => LanguageEnum }) language: keyof typeof LanguageEnum,
    @Ctx() ctx: RequestContext,
  ): Promise<MeModel> {
    return this.auth.setLanguage(ctx, language);
  }

  @Allow('session.self')
  @Mutation(() => MeModel, {
    description:
      "Keeps the person's own time zone (IANA name), so their days count where they live.",
  })
  setTimeZone(@Args() { timeZone }: TimeZoneArgs, @Ctx() ctx: RequestContext): Promise<MeModel> {
    return this.auth.setTimeZone(ctx, timeZone);
  }
}
