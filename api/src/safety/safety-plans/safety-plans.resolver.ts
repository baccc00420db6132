import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import {
  SafetyPlanArgs,
  SafetyPlanModel,
  SafetyPlanPdfArgs,
  SaveSafetyPlanInput,
} from './dto/safety-plan.model';
import { SafetyPlansService } from './safety-plans.service';

/** The patient's safety plan: written by them, read by staff and the family they share it with. */
@Resolver(() => SafetyPlanModel)
export class SafetyPlansResolver {
  constructor(private readonly service: SafetyPlansService) {}

  @Allow('safetyPlan.read')
  @Query(() => SafetyPlanModel, {
    description: 'The safety plan as the reader may see it (a family member: once shared)',
  })
  safetyPlan(
    @Args() { planId }: SafetyPlanArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SafetyPlanModel> {
    return this.service.read(ctx, planId);
  }

  @Allow('safetyPlan.read')
  @Query(() => String, {
    description:
      'A version of the safety plan as a PDF, base64-encoded (the current one by default); audited',
  })
  safetyPlanPdf(
    @Args() { planId, version }: SafetyPlanPdfArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return this.service.pdf(ctx, planId, version ?? null);
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
