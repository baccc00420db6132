import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import {
  FirstWeeksArgs,
  FirstWeeksModel,
  SuggestFirstWeeksInput,
  WriteFirstWeeksHopeInput,
} from './dto/first-weeks.model';
import { FirstWeeksService } from './first-weeks.service';

/** The first weeks at home, prepared: members' hopes and the counselor's suggestions. */
@Resolver(() => FirstWeeksModel)
export class FirstWeeksResolver {
  constructor(private readonly service: FirstWeeksService) {}

  @Allow('agreement.read')
  @Query(() => FirstWeeksModel, {
    description:
      "Each topic: the reader's hope beside those of the others who named them, and the counselor's suggestion (staff: everyone's)",
  })
  firstWeeks(
    @Args() { planId }: FirstWeeksArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<FirstWeeksModel> {
    return this.service.read(ctx, planId);
  }

  @Allow('agreement.takePart')
  @Mutation(() => FirstWeeksModel, {
    description: 'A member writes what they hope for on a topic: a new version, earlier ones kept',
  })
  writeFirstWeeksHope(
    @Args('input') input: WriteFirstWeeksHopeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FirstWeeksModel> {
    return this.service.writeHope(ctx, input);
  }

  @Allow('agreement.coach')
  @Mutation(() => FirstWeeksModel, {
    description: "The counselor's suggestion on a topic: a new version, earlier ones kept",
  })
  suggestFirstWeeks(
    @Args('input') input: SuggestFirstWeeksInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FirstWeeksModel> {
    return this.service.suggest(ctx, input);
  }
}
