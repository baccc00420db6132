import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, GraphQLContext, originOf } from '../../platform/actor';
import { Allow, GqlCtx, CurrentActor } from '../auth/decorators';
import { IdArgs } from '../../platform/id.args';
import { PeopleArgs } from './dto/people.args';
import { PersonConnection, PersonModel } from './dto/person.model';
import { PeopleService } from './people.service';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Allow('people.list')
  @Query(() => PersonConnection, { description: "The organization's people, oldest first." })
  people(@Args() page: PeopleArgs, @CurrentActor() actor: Actor): Promise<PersonConnection> {
    return this.service.list(actor, page);
  }

  @Allow('person.disable')
  @Mutation(() => PersonModel, {
    description: 'Disables a membership and ends its sessions at once.',
  })
  disablePerson(
    @Args() { id }: IdArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<PersonModel> {
    return this.service.setStatus(actor, id, 'DISABLED', originOf(ctx.req));
  }

  @Allow('person.disable')
  @Mutation(() => PersonModel)
  enablePerson(
    @Args() { id }: IdArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<PersonModel> {
    return this.service.setStatus(actor, id, 'ACTIVE', originOf(ctx.req));
  }
}
