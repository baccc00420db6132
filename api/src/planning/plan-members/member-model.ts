import { PlanMemberModel, StaffPlanMemberModel } from './dto/plan-member.model';
import { PlanMember } from './plan-member.entity';

/** A plan member as staff see them: with the email and the note behind a contact restriction. */
export function toStaffMemberModel(m: PlanMember): StaffPlanMemberModel {
  return {
    id: m.id,
    kind: m.kind,
    relationship: m.relationship,
    displayName: m.displayName,
    status: m.status,
    contactRestricted: m.contactRestricted,
    addedAt: m.addedAt,
    email: m.email,
    restrictionNote: m.restrictionNote,
  };
}

/** The same member as the patient sees them: no email, no staff note. */
export function toMemberModel(m: PlanMember | StaffPlanMemberModel): PlanMemberModel {
  return {
    id: m.id,
    kind: m.kind,
    relationship: m.relationship,
    displayName: m.displayName,
    status: m.status,
    contactRestricted: m.contactRestricted,
    addedAt: m.addedAt,
  };
}
