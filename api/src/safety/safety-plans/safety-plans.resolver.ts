import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { SafetyPlanArgs, SafetyPlanModel, SaveSafetyPlanInput } from './dto/safety-plan.model';
import { SafetyPlansService } from './safety-plans.service';

/** The patient's safety plan: written by them, read by staff and the family they share it with. */
@Resolver(() => SafetyPlanModel)
export class SafetyPlansResolver {
  constructor(private readonly service: SafetyPlansService) {}

  @Allow('safetyPlan.read')
  @Query(() => SafetyPlanModel, {
    description: 'The safety plan as the reader may see it (a family member: once shared)',
  })
  safetyPlan(@Args() { planId }: SafetyPlanArgs, @Ctx() ctx: RequestContext): Promise<SafetyPlanModel> {
    return this.service.read(ctx, planId);
  }

  @Allow('safetyPlan.write')
  @Mutation(() => SafetyPlanModel, {
    description: 'The patient saves their safety plan: a new version, the earlier ones kept',
  })
  saveSafetyPlan(
    @Args('input') input: SaveSafetyPlanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SafetyPlanModel> {
    return this.service.save(ctx, input);
  }
}
