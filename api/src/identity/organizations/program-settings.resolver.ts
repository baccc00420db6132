import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import {
  CrisisResourceModel,
  ProgramSettingsModel,
  UpdateProgramSettingsInput,
} from './dto/program-settings.model';
import { OrganizationsService } from './organizations.service';

/** The program's settings (admins) and its crisis lines (everyone signed in to it). */
@Resolver(() => ProgramSettingsModel)
export class ProgramSettingsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @Allow('program.manage')
  @Query(() => ProgramSettingsModel, { description: "The program's settings, for its admins" })
  programSettings(@Ctx() ctx: RequestContext): Promise<ProgramSettingsModel> {
    return this.organizations.settings(ctx);
  }

  @Allow('program.manage')
  @Mutation(() => ProgramSettingsModel, {
    description: "An admin sets the program's name, time zone and crisis lines per language",
  })
  updateProgramSettings(
    @Args('input') input: UpdateProgramSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgramSettingsModel> {
    return this.organizations.updateSettings(ctx, input);
  }

  @Allow('crisisResources.read')
  @Query(() => [CrisisResourceModel], {
    description: "The program's crisis lines in the reader's language, in the program's order",
  })
  crisisResources(@Ctx() ctx: RequestContext): Promise<CrisisResourceModel[]> {
    return this.organizations.crisisResources(
      ctx.manager,
      ctx.signedIn.organizationId,
      ctx.language,
    );
  }
}
