import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { CheckInsService } from './check-ins.service';
import {
  CheckInModel,
  FamilyCheckInInput,
  MyCheckInsArgs,
  PatientCheckInInput,
} from './dto/check-in.model';

@Resolver(() => CheckInModel)
export class CheckInsResolver {
  constructor(private readonly checkIns: CheckInsService) {}

  @Allow('checkIn.patient')
  @Mutation(() => CheckInModel, {
    description:
      "The patient's check-in for today; a second one today counts instead of the first, which is kept",
  })
  submitCheckIn(
    @Args('input') input: PatientCheckInInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CheckInModel> {
    return this.checkIns.submitPatient(ctx, input);
  }

  @Allow('checkIn.family')
  @Mutation(() => CheckInModel, {
    description: "A family member's own check-in: private to them and staff",
  })
  submitFamilyCheckIn(
    @Args('input') input: FamilyCheckInInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CheckInModel> {
    return this.checkIns.submitFamily(ctx, input);
  }

  @Allow('checkIn.own')
  @Query(() => [CheckInModel], {
    description: 'Your own check-ins of the last days (at most 120), newest first',
  })
  myCheckIns(@Args() args: MyCheckInsArgs, @Ctx() ctx: RequestContext): Promise<CheckInModel[]> {
    return this.checkIns.mine(ctx, args);
  }
}
