import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { IdArgs } from '../../platform/id.args';
import { RequestContext } from '../../platform/request-context';
import { PeopleArgs } from './dto/people.args';
import { PersonConnection, PersonModel } from './dto/person.model';
import { PeopleService } from './people.service';

@Resolver(() => PersonModel)
export class PeopleResolver {
  constructor(private readonly service: PeopleService) {}

  @Allow('people.list')
  @Query(() => PersonConnection, { description: "The organization's people, oldest first." })
  people(@Args() page: PeopleArgs, @Ctx() ctx: RequestContext): Promise<PersonConnection> {
    return this.service.list(ctx, page);
  }

  @Allow('person.disable')
  @Mutation(() => PersonModel, {
    description: 'Disables a membership and ends its sessions at once.',
  })
  disablePerson(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<PersonModel> {
    return this.service.setStatus(ctx, id, 'DISABLED');
  }

  @Allow('person.disable')
  @Mutation(() => PersonModel)
  enablePerson(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<PersonModel> {
    return this.service.setStatus(ctx, id, 'ACTIVE');
  }
}
