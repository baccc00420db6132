import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { invalid } from '../../platform/validation-error';
import { CheckInScheduleService } from './check-in-schedule.service';
import { CheckInScheduleModel, SetCheckInScheduleInput } from './dto/check-in-schedule.model';

@ArgsType()
class PlanScheduleArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

/** When check-ins are due on a plan: everyone on it reads it; its counselor sets it. */
@Resolver(() => CheckInScheduleModel)
export class CheckInScheduleResolver {
  constructor(private readonly service: CheckInScheduleService) {}

  @Allow('trackRecord.read')
  @Query(() => CheckInScheduleModel, {
    description: 'The check-in schedule in force on a plan, and when the next check-in is due',
  })
  checkInSchedule(
    @Args() { planId }: PlanScheduleArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<CheckInScheduleModel> {
    return this.service.read(ctx, planId);
  }

  @Allow('plan.manage')
  @Mutation(() => CheckInScheduleModel, {
    description:
      'The counselor sets the check-in schedule of the current Homecoming or Aftercare phase (a new version)',
  })
  setCheckInSchedule(
    @Args('input') input: SetCheckInScheduleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CheckInScheduleModel> {
    return this.service.set(ctx, input);
  }
}
