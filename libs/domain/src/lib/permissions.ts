import { Role } from './roles';

/**
 * Coarse permissions: what a role may ever do. The API checks these in its global guard
 * before any record-level check in the access service; the web reads them to show or hide
 * actions. A role that is not listed for a permission is denied.
 */
export const PERMISSIONS = {
  'session.self': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** Hearing, on an open page, that something of one's own changed (ids and a topic, never words). */
  'live.subscribe': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  'mfa.manage': ['ADMIN', 'COUNSELOR'],
  /** One's own notifications and how one is reached (email, quiet hours, reminders). */
  'notification.own': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  'people.list': ['ADMIN', 'COUNSELOR'],
  'person.disable': ['ADMIN'],
  'invitation.list': ['ADMIN', 'COUNSELOR'],
  'invitation.create': ['ADMIN', 'COUNSELOR'],
  'invitation.revoke': ['ADMIN', 'COUNSELOR'],
  'audit.list': ['ADMIN'],
  /** The trail of a range of days as CSV, with the chain's verification. */
  'audit.export': ['ADMIN'],
  'template.read': ['ADMIN', 'COUNSELOR'],
  'template.edit': ['ADMIN'],
  'caseload.list': ['ADMIN', 'COUNSELOR'],
  'plan.create': ['ADMIN', 'COUNSELOR'],
  /** Staff view and management of one plan: admins, and counselors on that plan. */
  'plan.manage': ['ADMIN', 'COUNSELOR'],
  'plan.patientView': ['PATIENT'],
  'plan.familyView': ['FAMILY'],
  /** The patient approves or declines family invitations to their plan. */
  'member.approve': ['PATIENT'],
  'consent.manage': ['PATIENT'],
  /** The agreement of a plan as the reader may see it: staff on the plan, the patient, active family members. */
  'agreement.read': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** Proposing and answering expectations, stating and acknowledging boundaries, signing the contract: the plan's members. */
  'agreement.takePart': ['PATIENT', 'FAMILY'],
  /** A counselor's comments and suggested wording, and the expectation gap. */
  'agreement.coach': ['ADMIN', 'COUNSELOR'],
  /** The patient's daily check-in; a family member's own, private to them and staff. */
  'checkIn.patient': ['PATIENT'],
  'checkIn.family': ['FAMILY'],
  /** Reading one's own check-ins back. */
  'checkIn.own': ['PATIENT', 'FAMILY'],
  /** The record of a plan (check-ins, commitments, the phase timeline): staff, the patient, family within consent. */
  'trackRecord.read': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  'visit.request': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** Staff approve visits and record how they ended. */
  'visit.manage': ['ADMIN', 'COUNSELOR'],
  /** A participant says whether they are willing, or opts out without a reason. */
  'visit.respond': ['PATIENT', 'FAMILY'],
  'visit.debrief': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** A member's private calendar link. */
  'calendar.manage': ['PATIENT', 'FAMILY'],
  /** Staff verify a manual milestone or waive one, with a reason. */
  'milestone.decide': ['ADMIN', 'COUNSELOR'],
  /** The counselor proposes the next phase or steps back a phase. */
  'phase.move': ['ADMIN', 'COUNSELOR'],
  /** The patient and each family member agree to a proposed phase, or ask to wait. */
  'phase.answer': ['PATIENT', 'FAMILY'],
  /** Anyone on the plan may ask to pause it. */
  'plan.askPause': ['PATIENT', 'FAMILY'],
  /** Threads between members: staff read every thread of their plans; members their own. */
  'message.read': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  'message.write': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** Staff join a thread before they write in it. */
  'message.join': ['ADMIN', 'COUNSELOR'],
  /** Amends: the patient prepares one, the counselor reviews it with them, the recipient chooses. */
  'amends.read': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  'amends.prepare': ['PATIENT'],
  'amends.review': ['ADMIN', 'COUNSELOR'],
  'amends.answer': ['FAMILY'],
  /** Anyone on the plan (staff too) may raise a concern. */
  'concern.raise': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** The concerns a reader may see: staff of the plan, the raiser, and (once reviewed) the people it involves. */
  'concern.read': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** Writing in a concern's conversation: staff, the raiser, the people brought in. */
  'concern.takePart': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** Staff review, frame, open the conversation, propose a repair, confirm commitments, close, pause visits. */
  'concern.manage': ['ADMIN', 'COUNSELOR'],
  /** The staff's queue of open concerns across their caseload. */
  'concern.queue': ['ADMIN', 'COUNSELOR'],
  /** A member accepts their part of a repair and marks their own commitments. */
  'repair.takePart': ['PATIENT', 'FAMILY'],
  /** The program's settings (name, time zone, crisis resources): its admins. */
  'program.manage': ['ADMIN'],
  /** The program's crisis resources in the reader's language: everyone signed in to it. */
  'crisisResources.read': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** The safety plan: the patient, staff on the plan, a family member the patient shares it with. */
  'safetyPlan.read': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** Only the patient writes their safety plan, in their own words. */
  'safetyPlan.write': ['PATIENT'],
  /** The lapse-response plan: every member reads it as a party; a lapse's details within PROGRESS consent. */
  'lapse.read': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** Staff draft the lapse plan, check off the steps back in and resume. */
  'lapse.manage': ['ADMIN', 'COUNSELOR'],
  /** Each member accepts the lapse plan's version. */
  'lapse.takePart': ['PATIENT', 'FAMILY'],
  /** "Something happened": the patient or their counselor records it. */
  'lapse.record': ['ADMIN', 'COUNSELOR', 'PATIENT'],
  /** The support network: staff and the patient; a family member only under the SUPPORT_NETWORK consent category. */
  'supportNetwork.read': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** Kept by the patient; staff may help. */
  'supportNetwork.keep': ['ADMIN', 'COUNSELOR', 'PATIENT'],
  /** The program's family track (sessions, groups, modules): read by staff and family members. */
  'familyTrack.catalogue': ['ADMIN', 'COUNSELOR', 'FAMILY'],
  'familyTrack.define': ['ADMIN'],
  /** A family member's own marks on the family track, private to them and staff. */
  'familyTrack.read': ['ADMIN', 'COUNSELOR', 'FAMILY'],
  'familyTrack.mark': ['FAMILY'],
  /** The trial homecoming: staff on the plan and its members read it (a "how is home?" only its author and staff). */
  'trial.read': ['ADMIN', 'COUNSELOR', 'PATIENT', 'FAMILY'],
  /** Staff write and publish the conditions, set the length and review dates, and review. */
  'trial.manage': ['ADMIN', 'COUNSELOR'],
  /** Each member signs the conditions and says how home is, once a week. */
  'trial.takePart': ['PATIENT', 'FAMILY'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
