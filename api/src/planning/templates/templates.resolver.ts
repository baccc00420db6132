import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { PlanTemplateModel, UpdatePlanTemplateInput } from './dto/plan-template.model';
import { TemplatesService } from './templates.service';

@Resolver(() => PlanTemplateModel)
export class TemplatesResolver {
  constructor(private readonly templates: TemplatesService) {}

  @Allow('template.read')
  @Query(() => PlanTemplateModel, { description: "The organization's current plan template." })
  planTemplate(@Ctx() ctx: RequestContext): Promise<PlanTemplateModel> {
    return this.templates.currentFor(ctx);
  }

  @Allow('template.edit')
  @Mutation(() => PlanTemplateModel, {
    description: 'Admins: saves the ladder as a new template version.',
  })
  updatePlanTemplate(
    @Args('input') input: UpdatePlanTemplateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanTemplateModel> {
    return this.templates.update(ctx, input);
  }
}
