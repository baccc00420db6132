import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { ConcernModel } from '../concerns/dto/concern.model';
import { AcceptRepairInput, MarkCommitmentInput, ProposeRepairInput } from './dto/repair.inputs';
import { RepairAgreementsService } from './repair-agreements.service';

@Resolver()
export class RepairAgreementsResolver {
  constructor(private readonly repairs: RepairAgreementsService) {}

  @Allow('concern.manage')
  @Mutation(() => ConcernModel, {
    description: 'What each person will do; a new proposal replaces the last and is accepted again',
  })
  proposeRepair(
    @Args('input') input: ProposeRepairInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernModel> {
    return this.repairs.propose(ctx, input);
  }

  @Allow('repair.takePart')
  @Mutation(() => ConcernModel, { description: 'Accepts your own part of a repair agreement' })
  acceptRepair(
    @Args('input') input: AcceptRepairInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernModel> {
    return this.repairs.accept(ctx, input);
  }

  @Allow('repair.takePart')
  @Mutation(() => ConcernModel, { description: 'Marks your own commitment kept, or not yet' })
  markCommitment(
    @Args('input') input: MarkCommitmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernModel> {
    return this.repairs.mark(ctx, input);
  }

  @Allow('concern.manage')
  @Mutation(() => ConcernModel, {
    description: "Staff confirm how a commitment went, after its owner's mark",
  })
  confirmCommitment(
    @Args('input') input: MarkCommitmentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConcernModel> {
    return this.repairs.confirm(ctx, input);
  }
}
