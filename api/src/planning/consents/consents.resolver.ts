import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { IdArgs } from '../../platform/id.args';
import { PageArgs } from '../../platform/pagination';
import { RequestContext } from '../../platform/request-context';
import { PatientPlanModel } from '../plans/dto/plan.model';
import { ConsentsService } from './consents.service';
import {
  ConsentModel,
  ConsentPreviewInput,
  ConsentPreviewModel,
  DisclosureConnection,
  FamilyPlanModel,
  GrantConsentInput,
} from './dto/consent.model';

@Resolver(() => ConsentModel)
export class ConsentsResolver {
  constructor(private readonly consents: ConsentsService) {}

  @Allow('consent.manage')
  @Mutation(() => ConsentModel, {
    description: 'The patient consents to share named categories with one family member.',
  })
  grantConsent(
    @Args('input') input: GrantConsentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsentModel> {
    return this.consents.grant(ctx, input);
  }

  @Allow('consent.manage')
  @Mutation(() => ConsentModel, {
    description: 'Revokes a consent; it counts from the very next request.',
  })
  revokeConsent(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<ConsentModel> {
    return this.consents.revoke(ctx, id);
  }

  @Allow('consent.manage')
  @Query(() => ConsentPreviewModel, {
    description:
      'Exactly what that person would see with these categories, in every category; nothing is disclosed.',
  })
  consentPreview(
    @Args('input') input: ConsentPreviewInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsentPreviewModel> {
    return this.consents.preview(ctx, input);
  }

  @Allow('plan.familyView')
  @Query(() => [FamilyPlanModel], {
    description: 'The plans this family member is on, within what each patient shares.',
  })
  familyPlans(@Ctx() ctx: RequestContext): Promise<FamilyPlanModel[]> {
    return this.consents.familyPlans(ctx);
  }

  @Allow('consent.manage')
  @Query(() => DisclosureConnection, {
    description: "The patient's disclosures of the last three years, newest first.",
  })
  myDisclosures(@Args() page: PageArgs, @Ctx() ctx: RequestContext): Promise<DisclosureConnection> {
    return this.consents.disclosures(ctx, page);
  }
}

/** The patient's consent history on their own plan view. */
@Resolver(() => PatientPlanModel)
export class PatientPlanConsentsResolver {
  constructor(private readonly service: ConsentsService) {}

  @Allow('plan.patientView')
  @ResolveField(() => [ConsentModel], {
    description:
      'Every consent given on this plan, newest first, revoked and expired ones included',
  })
  consents(@Parent() plan: PatientPlanModel, @Ctx() ctx: RequestContext): Promise<ConsentModel[]> {
    return this.service.forPlanOf(ctx, plan.id);
  }
}
