import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx } from '../../platform/decorators';
import { RequestContext } from '../../platform/request-context';
import { PlanMemberModel, StaffPlanMemberModel } from './dto/plan-member.model';
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
    @Ctx() ctx: RequestContext,
  ): Promise<AddedFamilyMember> {
    return this.members.addFamily(ctx, input);
  }

  @Allow('member.approve')
  @Mutation(() => PlanMemberModel, {
    description: 'The patient welcomes or declines a proposed family member.',
  })
  respondToFamilyInvitation(
    @Args('input') input: RespondToFamilyInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PlanMemberModel> {
    return this.members.respond(ctx, input);
  }

  @Allow('plan.manage')
  @Mutation(() => StaffPlanMemberModel, {
    description: 'Sets or lifts a contact restriction, with a note.',
  })
  setContactRestriction(
    @Args('input') input: SetContactRestrictionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffPlanMemberModel> {
    return this.members.setRestriction(ctx, input);
  }

  @Allow('plan.manage')
  @Mutation(() => StaffPlanMemberModel, {
    description: 'Takes someone off the plan at once; their history stays.',
  })
  removePlanMember(
    @Args('input') input: RemovePlanMemberInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffPlanMemberModel> {
    return this.members.remove(ctx, input);
  }
}
