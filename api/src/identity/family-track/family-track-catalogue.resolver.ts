import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { IdArgs } from '../../platform/id.args';
import { RequestContext } from '../../platform/request-context';
import { DefineFamilyTrackItemInput, FamilyTrackItemModel } from './dto/family-track-item.model';
import { FamilyTrackCatalogueService } from './family-track-catalogue.service';

/** The program's family track offers: admins define them; staff and family members read them. */
@Resolver(() => FamilyTrackItemModel)
export class FamilyTrackCatalogueResolver {
  constructor(private readonly service: FamilyTrackCatalogueService) {}

  @Allow('familyTrack.catalogue')
  @Query(() => [FamilyTrackItemModel], {
    description: "The program's family track offers (at most 200), oldest first",
  })
  familyTrackCatalogue(@Ctx() ctx: RequestContext): Promise<FamilyTrackItemModel[]> {
    return this.service.list(ctx);
  }

  @Allow('familyTrack.define')
  @Mutation(() => FamilyTrackItemModel, {
    description: 'An admin adds a session, group or module to the family track',
  })
  defineFamilyTrackItem(
    @Args('input') input: DefineFamilyTrackItemInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FamilyTrackItemModel> {
    return this.service.define(ctx, input);
  }

  @Allow('familyTrack.define')
  @Mutation(() => FamilyTrackItemModel, {
    description: 'An admin stops offering one (marks made on it are kept)',
  })
  retireFamilyTrackItem(
    @Args() { id }: IdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<FamilyTrackItemModel> {
    return this.service.retire(ctx, id);
  }
}
