import type { PlanRelation } from '../access.service';

/** Who reads a plan's visits, as the rules below need them. */
export interface VisitReader {
  userId: string;
  membershipId: string;
  /** An admin, or the plan's counselor. */
  staff: boolean;
  isPatient: boolean;
  /** Their own place on the plan as its patient or a family member. */
  memberId: string | null;
  /** Their own place on the plan as a family member. */
  familyMemberId: string | null;
  /** The patient's live consent shares visit reflections with this family member. */
  reflectionsShared: boolean;
}

export function visitReader(
  actor: { userId: string; membershipId: string },
  relation: PlanRelation,
  reflectionsShared: boolean,
): VisitReader {
  return {
    userId: actor.userId,
    membershipId: actor.membershipId,
    staff: relation.isAdmin || relation.isCounselorOfPlan,
    isPatient: relation.isPatient,
    memberId: relation.memberId,
    familyMemberId: relation.familyMemberId,
    reflectionsShared: relation.familyMemberId !== null && reflectionsShared,
  };
}

/** Staff and the patient see every visit of the plan; a family member only those they take part in. */
export function seesVisit(reader: VisitReader, participantMemberIds: readonly string[]): boolean {
  return (
    reader.staff ||
    reader.isPatient ||
    (reader.memberId !== null && participantMemberIds.includes(reader.memberId))
  );
}

/** A reflection on a visit: who wrote it, and as whom (null: the supervising member of staff). */
export interface DebriefAuthor {
  authorUserId: string;
  kind: string | null;
}

/**
 * The reflections a reader may read: their own; staff all of them; a family member the
 * patient's too, within a VISIT_REFLECTIONS consent.
 */
export function shownDebriefs<D extends DebriefAuthor>(reader: VisitReader, debriefs: D[]): D[] {
  return debriefs.filter(
    (d) =>
      reader.staff ||
      d.authorUserId === reader.userId ||
      (reader.reflectionsShared && d.kind === 'PATIENT'),
  );
}

/**
 * Whether what is shown puts the patient's words before a family member: a disclosure to
 * record, shown with the §2.32 notice.
 */
export function disclosesPatientReflection(
  reader: VisitReader,
  shown: readonly DebriefAuthor[],
): boolean {
  return reader.familyMemberId !== null && shown.some((d) => d.kind === 'PATIENT');
}

/** Why a visit was cancelled or ended early stays with staff. */
export function closingNoteFor(reader: VisitReader, note: string | null): string | null {
  return reader.staff ? note : null;
}
