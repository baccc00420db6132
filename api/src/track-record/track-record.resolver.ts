import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../platform/decorators';
import { RequestContext } from '../platform/request-context';
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
    @Ctx() ctx: RequestContext,
  ): Promise<TrackRecordModel> {
    return this.service.read(ctx, planId);
  }
}
