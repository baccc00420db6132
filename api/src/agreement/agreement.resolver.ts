import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, GraphQLContext, originOf } from '../platform/actor';
import { Allow, GqlCtx, CurrentActor } from '../identity/auth/decorators';
import { IdArgs } from '../platform/id.args';
import { HomeContractService } from './home-contract/home-contract.service';
import { AgreementService } from './agreement.service';
import { ContractVersionInput, SignHomeContractInput } from './dto/agreement.inputs';
import {
  AgreementModel,
  ExpectationGapCategoryModel,
  HomeContractModel,
  WaitingItemModel,
} from './dto/agreement.model';

@Resolver(() => AgreementModel)
export class AgreementResolver {
  constructor(
    private readonly agreements: AgreementService,
    private readonly contracts: HomeContractService,
  ) {}

  @Allow('agreement.read')
  @Query(() => AgreementModel, {
    description:
      "A plan's expectations, boundaries and current home contract, as the reader may see them (id: the plan)",
  })
  agreement(
    @Args() { id }: IdArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<AgreementModel> {
    return this.agreements.read(actor, id, originOf(ctx.req));
  }

  @Allow('agreement.coach')
  @Query(() => [ExpectationGapCategoryModel], {
    description:
      'What each person expects, category by category, with mismatches flagged (id: the plan)',
  })
  expectationGap(
    @Args() { id }: IdArgs,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<ExpectationGapCategoryModel[]> {
    return this.agreements.gap(actor, id, originOf(ctx.req));
  }

  @Allow('agreement.read')
  @Query(() => [WaitingItemModel], {
    description:
      'What waits for the reader, oldest first (at most 50): expectations to answer, boundaries to acknowledge, a contract to sign; for staff, expectation gaps',
  })
  waitingOnMe(
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<WaitingItemModel[]> {
    return this.agreements.waitingOnMe(actor, originOf(ctx.req));
  }

  @Allow('agreement.read')
  @Query(() => HomeContractModel, { description: "Any version of a plan's home contract" })
  homeContract(
    @Args('input') input: ContractVersionInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<HomeContractModel> {
    return this.contracts.version(actor, input.planId, input.version, originOf(ctx.req));
  }

  @Allow('agreement.read')
  @Query(() => String, {
    description: 'A version of the home contract as a PDF, base64-encoded; the export is audited',
  })
  homeContractPdf(
    @Args('input') input: ContractVersionInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<string> {
    return this.contracts.pdf(actor, input.planId, input.version, originOf(ctx.req));
  }

  @Allow('agreement.takePart')
  @Mutation(() => HomeContractModel, {
    description:
      'Signs the current version with the full name typed; a superseded version cannot be signed',
  })
  signHomeContract(
    @Args('input') input: SignHomeContractInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<HomeContractModel> {
    return this.agreements.signContract(actor, input, originOf(ctx.req));
  }
}
