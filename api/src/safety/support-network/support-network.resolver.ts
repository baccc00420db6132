import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { IdArgs } from '../../platform/id.args';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { invalid } from '../../platform/validation-error';
import {
  AddSupportPersonInput,
  ChangeSupportPersonInput,
  SupportNetworkModel,
  SupportPersonModel,
} from './dto/support-network.model';
import { SupportNetworkService } from './support-network.service';

@ArgsType()
class PlanSupportNetworkArgs {
  @Field(() => ID)
  @IsUUID('all', { message: invalid('INPUT_PLAN') })
  planId: string;
}

/** The patient's support network: kept by the patient (staff may help), shared only by consent. */
@Resolver(() => SupportNetworkModel)
export class SupportNetworkResolver {
  constructor(private readonly service: SupportNetworkService) {}

  @Allow('supportNetwork.read')
  @Query(() => SupportNetworkModel, {
    description:
      "The patient's support network (a handful of people): staff and the patient; a family member under the SUPPORT_NETWORK category, without contact details",
  })
  supportNetwork(
    @Args() { planId }: PlanSupportNetworkArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportNetworkModel> {
    return this.service.read(ctx, planId);
  }

  @Allow('supportNetwork.keep')
  @Mutation(() => SupportPersonModel, { description: 'Adds a person to the support network' })
  addSupportPerson(
    @Args('input') input: AddSupportPersonInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportPersonModel> {
    return this.service.add(ctx, input);
  }

  @Allow('supportNetwork.keep')
  @Mutation(() => SupportPersonModel, {
    description: 'Changes a person: a new version, the old one kept',
  })
  changeSupportPerson(
    @Args('input') input: ChangeSupportPersonInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportPersonModel> {
    return this.service.change(ctx, input);
  }

  @Allow('supportNetwork.keep')
  @Mutation(() => SupportPersonModel, {
    description: 'Takes a person off the network (kept in its history)',
  })
  retireSupportPerson(
    @Args() { id }: IdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportPersonModel> {
    return this.service.retire(ctx, id);
  }
}
