import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, Public } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { RequestPasswordResetInput, ResetPasswordInput } from './dto/password-reset.input';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly service: PasswordResetService) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Emails a one-time link (valid for an hour) to choose a new password, if the address has an account. The answer is the same either way.',
  })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await this.service.request(ctx, input.email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Sets a new password from a reset link's token, once; every session of the account ends.",
  })
  async resetPassword(
    @Args('input') input: ResetPasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    await this.service.reset(ctx, input.token, input.newPassword);
    return true;
  }
}
