import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import {
  AddFamilyMemberDocument,
  type AddFamilyMemberInput,
  type AddFamilyMemberMutation,
  CaseloadDocument,
  type CaseloadQuery,
  type CaseloadQueryVariables,
  CreatePlanDocument,
  type CreatePlanInput,
  PlanTemplateDocument,
  type PlanTemplateQuery,
  RemovePlanMemberDocument,
  type RemovePlanMemberInput,
  SetContactRestrictionDocument,
  type SetContactRestrictionInput,
  SetPlanStatusDocument,
  type SetPlanStatusInput,
  StaffPlanDocument,
  type StaffMemberFieldsFragment,
  type StaffPlanFieldsFragment,
  UpdatePlanDocument,
  type UpdatePlanInput,
  UpdatePlanTemplateDocument,
  type UpdatePlanTemplateInput,
} from '../../generated/graphql';
import { HomewardApollo } from '../apollo';

export type CaseloadEntry = CaseloadQuery['caseload']['nodes'][number];
export type PlanTemplate = PlanTemplateQuery['planTemplate'];

/** Staff: the caseload, one plan, its people and its template. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly apollo = inject(HomewardApollo);

  async caseload(variables: CaseloadQueryVariables): Promise<CaseloadQuery['caseload'] | null> {
    const result = await firstValueFrom(this.apollo.query({ query: CaseloadDocument, variables }));
    return result.data?.caseload ?? null;
  }

  async plan(id: string): Promise<StaffPlanFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.query({ query: StaffPlanDocument, variables: { id } }),
    );
    return result.data?.plan ?? null;
  }

  /** Answers the new plan's id. */
  async create(input: CreatePlanInput): Promise<string | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CreatePlanDocument, variables: { input } }),
    );
    return result.data?.createPlan.id ?? null;
  }

  async update(input: UpdatePlanInput): Promise<StaffPlanFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: UpdatePlanDocument, variables: { input } }),
    );
    return result.data?.updatePlan ?? null;
  }

  /** Pause, resume or close, with the reason kept in the plan's history. */
  async setStatus(input: SetPlanStatusInput): Promise<StaffPlanFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SetPlanStatusDocument, variables: { input } }),
    );
    return result.data?.setPlanStatus ?? null;
  }

  /** `acceptUrl` comes back only for someone without an account; it works once the patient approves. */
  async addFamilyMember(
    input: AddFamilyMemberInput,
  ): Promise<AddFamilyMemberMutation['addFamilyMember'] | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: AddFamilyMemberDocument, variables: { input } }),
    );
    return result.data?.addFamilyMember ?? null;
  }

  async setContactRestriction(
    input: SetContactRestrictionInput,
  ): Promise<StaffMemberFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SetContactRestrictionDocument, variables: { input } }),
    );
    return result.data?.setContactRestriction ?? null;
  }

  async removeMember(input: RemovePlanMemberInput): Promise<StaffMemberFieldsFragment | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: RemovePlanMemberDocument, variables: { input } }),
    );
    return result.data?.removePlanMember ?? null;
  }

  async template(): Promise<PlanTemplate | null> {
    const result = await firstValueFrom(this.apollo.query({ query: PlanTemplateDocument }));
    return result.data?.planTemplate ?? null;
  }

  /** Admins: saves the ladder as a new version; existing plans keep theirs. */
  async updateTemplate(input: UpdatePlanTemplateInput): Promise<PlanTemplate | null> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: UpdatePlanTemplateDocument, variables: { input } }),
    );
    return result.data?.updatePlanTemplate ?? null;
  }
}
