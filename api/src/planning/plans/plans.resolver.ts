import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { IdArgs } from '../../platform/id.args';
import { RequestContext } from '../../platform/request-context';
import { CaseloadReadModel } from './caseload.read-model';
import { CaseloadArgs, CaseloadConnection } from './dto/caseload.model';
import { CreatePlanInput, SetPlanStatusInput, UpdatePlanInput } from './dto/plan.inputs';
import { PatientPlanModel, StaffPlanModel } from './dto/plan.model';
import { PlansService } from './plans.service';

@Resolver(() => StaffPlanModel)
export class PlansResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly caseloads: CaseloadReadModel,
  ) {}

  @Allow('caseload.list')
  @Query(() => CaseloadConnection, {
    description: "Counselors: their plans; admins: the organization's. Newest first.",
  })
  caseload(@Args() args: CaseloadArgs, @Ctx() ctx: RequestContext): Promise<CaseloadConnection> {
    return this.caseloads.list(ctx, args);
  }

  @Allow('plan.manage')
  @Query(() => StaffPlanModel, { description: 'One plan as staff see it.' })
  plan(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<StaffPlanModel> {
    return this.plans.staffPlan(ctx, id);
  }

  @Allow('plan.patientView')
  @Query(() => PatientPlanModel, {
    nullable: true,
    description: "The patient's own plan; null until their counselor sets it up.",
  })
  myPlan(@Ctx() ctx: RequestContext): Promise<PatientPlanModel | null> {
    return this.plans.myPlan(ctx);
  }

  @Allow('plan.create')
  @Mutation(() => StaffPlanModel, {
    description: 'Starts a plan for a patient from the current template.',
  })
  createPlan(
    @Args('input') input: CreatePlanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffPlanModel> {
    return this.plans.create(ctx, input);
  }

  @Allow('plan.manage')
  @Mutation(() => StaffPlanModel)
  updatePlan(
    @Args('input') input: UpdatePlanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffPlanModel> {
    return this.plans.update(ctx, input);
  }

  @Allow('plan.manage')
  @Mutation(() => StaffPlanModel, {
    description: 'Pauses, resumes or closes a plan, with a reason.',
  })
  setPlanStatus(
    @Args('input') input: SetPlanStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffPlanModel> {
    return this.plans.setStatus(ctx, input);
  }
}
