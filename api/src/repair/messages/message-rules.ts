import type { ParticipantKind } from './message-participant.entity';

/** Someone on a plan as messages see them. */
export interface PlanPerson {
  membershipId: string;
  userId: string;
  /** Their place on the plan (patient or family); null for staff. */
  memberId: string | null;
  kind: ParticipantKind;
  name: string;
  /** A family member under a contact restriction toward the patient. */
  restricted: boolean;
}

/**
 * A contact restriction names the patient: the restricted family member and the patient can
 * neither write to nor receive from each other (DESIGN §4 rule 3, issue 12).
 */
export function keptApart(
  a: Pick<PlanPerson, 'kind' | 'restricted'>,
  b: Pick<PlanPerson, 'kind' | 'restricted'>,
): boolean {
  return (
    (a.kind === 'PATIENT' && b.kind === 'FAMILY' && b.restricted) ||
    (b.kind === 'PATIENT' && a.kind === 'FAMILY' && a.restricted)
  );
}

/** Whose messages the viewer does not receive: the people they are kept apart from. */
export function hiddenAuthors(viewer: PlanPerson | null, people: PlanPerson[]): string[] {
  if (!viewer) return [];
  return people.filter((p) => keptApart(viewer, p)).map((p) => p.membershipId);
}
