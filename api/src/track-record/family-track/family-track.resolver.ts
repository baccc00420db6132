import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { invalid } from '../../platform/validation-error';
import {
  FamilyTrackMarkModel,
  FamilyTrackModel,
  MarkFamilyTrackInput,
} from './dto/family-track.model';
import { FamilyTrackService } from './family-track.service';

@ArgsType()
class PlanFamilyTrackArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

/** The family's own track on a plan: private to each family member and staff. */
@Resolver(() => FamilyTrackModel)
export class FamilyTrackResolver {
  constructor(private readonly service: FamilyTrackService) {}

  @Allow('familyTrack.read')
  @Query(() => FamilyTrackModel, {
    description:
      "The program's family track and the reader's own marks (staff: every family member's; at most 500)",
  })
  familyTrack(
    @Args() { planId }: PlanFamilyTrackArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<FamilyTrackModel> {
    return this.service.read(ctx, planId);
  }

  @Allow('familyTrack.mark')
  @Mutation(() => FamilyTrackMarkModel, {
    description: 'A family member marks a session or group attended, or a module completed',
  })
  markFamilyTrack(
    @Args('input') input: MarkFamilyTrackInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FamilyTrackMarkModel> {
    return this.service.mark(ctx, input);
  }
}
