import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, GraphQLContext, originOf } from '../../platform/actor';
import { Allow, GqlCtx, CurrentActor } from '../../identity/auth/decorators';
import { PlanTemplateModel, UpdatePlanTemplateInput } from './dto/plan-template.model';
import { TemplatesService } from './templates.service';

@Resolver(() => PlanTemplateModel)
export class TemplatesResolver {
  constructor(private readonly templates: TemplatesService) {}

  @Allow('template.read')
  @Query(() => PlanTemplateModel, { description: "The organization's current plan template." })
  planTemplate(@CurrentActor() actor: Actor): Promise<PlanTemplateModel> {
    return this.templates.currentFor(actor);
  }

  @Allow('template.edit')
  @Mutation(() => PlanTemplateModel, {
    description: 'Admins: saves the ladder as a new template version.',
  })
  updatePlanTemplate(
    @Args('input') input: UpdatePlanTemplateInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<PlanTemplateModel> {
    return this.templates.update(actor, input, originOf(ctx.req));
  }
}
