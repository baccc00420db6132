import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, GraphQLContext, originOf } from '../../platform/actor';
import { Allow, GqlCtx, CurrentActor } from '../../identity/auth/decorators';
import { IdArgs } from '../../platform/id.args';
import { CaseloadArgs, CaseloadConnection } from './dto/caseload.model';
import { CreatePlanInput, SetPlanStatusInput, UpdatePlanInput } from './dto/plan.inputs';
import { PatientPlanModel, StaffPlanModel } from './dto/plan.model';
import { CaseloadService } from './caseload.service';
import { PlansService } from './plans.service';

@Resolver(() => StaffPlanModel)
export class PlansResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly caseloads: CaseloadService,
  ) {}

  @Allow('caseload.list')
  @Query(() => CaseloadConnection, {
    description: "Counselors: their plans; admins: the organization's. Newest first.",
  })
  caseload(@Args() args: CaseloadArgs, @CurrentActor() actor: Actor): Promise<CaseloadConnection> {
    return this.caseloads.list(actor, args);
  }

  @Allow('plan.manage')
  @Query(() => StaffPlanModel, { description: 'One plan as staff see it.' })
  plan(
    @Args() { id }: IdArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<StaffPlanModel> {
    return this.plans.staffPlan(actor, id, originOf(ctx.req));
  }

  @Allow('plan.patientView')
  @Query(() => PatientPlanModel, {
    nullable: true,
    description: "The patient's own plan; null until their counselor sets it up.",
  })
  myPlan(@CurrentActor() actor: Actor): Promise<PatientPlanModel | null> {
    return this.plans.myPlan(actor);
  }

  @Allow('plan.create')
  @Mutation(() => StaffPlanModel, {
    description: 'Starts a plan for a patient from the current template.',
  })
  createPlan(
    @Args('input') input: CreatePlanInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<StaffPlanModel> {
    return this.plans.create(actor, input, originOf(ctx.req));
  }

  @Allow('plan.manage')
  @Mutation(() => StaffPlanModel)
  updatePlan(
    @Args('input') input: UpdatePlanInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<StaffPlanModel> {
    return this.plans.update(actor, input, originOf(ctx.req));
  }

  @Allow('plan.manage')
  @Mutation(() => StaffPlanModel, {
    description: 'Pauses, resumes or closes a plan, with a reason.',
  })
  setPlanStatus(
    @Args('input') input: SetPlanStatusInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<StaffPlanModel> {
    return this.plans.setStatus(actor, input, originOf(ctx.req));
  }
}
