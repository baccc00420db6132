import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, GraphQLContext, originOf } from '../../platform/actor';
import { Allow, GqlCtx, CurrentActor } from '../../identity/auth/decorators';
import { PlanMemberModel, StaffPlanMemberModel } from '../plans/dto/plan.model';
import {
  AddedFamilyMember,
  AddFamilyMemberInput,
  RemovePlanMemberInput,
  RespondToFamilyInvitationInput,
  SetContactRestrictionInput,
} from './dto/plan-member.inputs';
import { PlanMembersService } from './plan-members.service';

@Resolver(() => StaffPlanMemberModel)
export class PlanMembersResolver {
  constructor(private readonly members: PlanMembersService) {}

  @Allow('plan.manage')
  @Mutation(() => AddedFamilyMember, {
    description: 'Proposes a family member; the patient approves before anything reaches them.',
  })
  addFamilyMember(
    @Args('input') input: AddFamilyMemberInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<AddedFamilyMember> {
    return this.members.addFamily(actor, input, originOf(ctx.req));
  }

  @Allow('member.approve')
  @Mutation(() => PlanMemberModel, {
    description: 'The patient welcomes or declines a proposed family member.',
  })
  respondToFamilyInvitation(
    @Args('input') input: RespondToFamilyInvitationInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<PlanMemberModel> {
    return this.members.respond(actor, input, originOf(ctx.req));
  }

  @Allow('plan.manage')
  @Mutation(() => StaffPlanMemberModel, {
    description: 'Sets or lifts a contact restriction, with a note.',
  })
  setContactRestriction(
    @Args('input') input: SetContactRestrictionInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<StaffPlanMemberModel> {
    return this.members.setRestriction(actor, input, originOf(ctx.req));
  }

  @Allow('plan.manage')
  @Mutation(() => StaffPlanMemberModel, {
    description: 'Takes someone off the plan at once; their history stays.',
  })
  removePlanMember(
    @Args('input') input: RemovePlanMemberInput,
    @CurrentActor() actor: Actor,
    @GqlCtx() ctx: GraphQLContext,
  ): Promise<StaffPlanMemberModel> {
    return this.members.remove(actor, input, originOf(ctx.req));
  }
}
