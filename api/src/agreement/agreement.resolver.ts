import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../platform/decorators';
import { IdArgs } from '../platform/id.args';
import { RequestContext } from '../platform/request-context';
import { HomeContractService } from './home-contract/home-contract.service';
import { AgreementService } from './agreement.service';
import { ContractVersionInput, SignHomeContractInput } from './dto/agreement.inputs';
import {
  AgreementModel,
  ExpectationGapCategoryModel,
  HomeContractModel,
  WaitingItemModel,
} from './dto/agreement.model';
import { WaitingOnYouReader } from './waiting-on-you.reader';

@Resolver(() => AgreementModel)
export class AgreementResolver {
  constructor(
    private readonly agreements: AgreementService,
    private readonly contracts: HomeContractService,
    private readonly waiting: WaitingOnYouReader,
  ) {}

  @Allow('agreement.read')
  @Query(() => AgreementModel, {
    description:
      "A plan's expectations, boundaries and current home contract, as the reader may see them (id: the plan)",
  })
  agreement(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<AgreementModel> {
    return this.agreements.read(ctx, id);
  }

  @Allow('agreement.coach')
  @Query(() => [ExpectationGapCategoryModel], {
    description:
      'What each person expects, category by category, with mismatches flagged (id: the plan)',
  })
  expectationGap(
    @Args() { id }: IdArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ExpectationGapCategoryModel[]> {
    return this.agreements.gap(ctx, id);
  }

  @Allow('agreement.read')
  @Query(() => [WaitingItemModel], {
    description:
      'What waits for the reader, oldest first (at most 50): expectations to answer, boundaries to acknowledge, a contract to sign; for staff, expectation gaps',
  })
  waitingOnMe(@Ctx() ctx: RequestContext): Promise<WaitingItemModel[]> {
    return this.waiting.waitingOnMe(ctx);
  }

  @Allow('agreement.read')
  @Query(() => HomeContractModel, { description: "Any version of a plan's home contract" })
  homeContract(
    @Args('input') input: ContractVersionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HomeContractModel> {
    return this.contracts.version(ctx, input.planId, input.version);
  }

  @Allow('agreement.read')
  @Query(() => String, {
    description: 'A version of the home contract as a PDF, base64-encoded; the export is audited',
  })
  homeContractPdf(
    @Args('input') input: ContractVersionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return this.contracts.pdf(ctx, input.planId, input.version);
  }

  @Allow('agreement.takePart')
  @Mutation(() => HomeContractModel, {
    description:
      'Signs the current version with the full name typed; a superseded version cannot be signed',
  })
  signHomeContract(
    @Args('input') input: SignHomeContractInput,
    @Ctx() ctx: RequestContext,
  ): Promise<HomeContractModel> {
    return this.contracts.sign(ctx, input);
  }
}
