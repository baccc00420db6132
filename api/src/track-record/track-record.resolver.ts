import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, GraphQLContext, originOf } from '../platform/actor';
import { Allow, GqlCtx, CurrentActor } from '../identity/auth/decorators';
import { PlanIdArgs } from './visits/dto/visit.model';
import { TrackRecordModel } from './dto/track-record.model';
import { TrackRecordService } from './track-record.service';

@Resolver(() => TrackRecordModel)
export class TrackRecordResolver {
  constructor(private readonly service: TrackRecordService) {}

  @Allow('trackRecord.read')
  @Query(() => TrackRecordModel, {
    description:
      'Check-ins, commitments kept and the phase timeline, for charts; family within consent',
  })
  trackRecord(
    @Args() { planId }: PlanIdArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<TrackRecordModel> {
    return this.service.read(actor, planId, originOf(ctx.req));
  }
}
