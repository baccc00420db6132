/**
 * What the people on a plan (not its staff) may read of the plan itself: its history and its
 * milestones. Pure rules, beside the access service that decides who reaches the plan at all.
 */

/** Kinds of history entry whose reason stays with staff: why someone's contact was restricted or eased. */
export const STAFF_ONLY_REASONS: ReadonlySet<string> = new Set([
  'MEMBER_RESTRICTED',
  'MEMBER_UNRESTRICTED',
]);

/** The plan's history as a member reads it: every entry, without the reasons kept for staff. */
export function historyForMembers<T extends { kind: string; reason: string | null }>(
  entries: T[],
): T[] {
  return entries.map((entry) =>
    STAFF_ONLY_REASONS.has(entry.kind) ? { ...entry, reason: null } : entry,
  );
}

/** The milestones' own rule for members (the track record's): which counts a reader may see. */
export type MilestonesForMembers<M> = (milestones: M[], seesPatientCheckIns: boolean) => M[];

/** Each phase's milestones as a member reads them, by the milestones' own rule. */
export function phasesForMembers<M, P extends { milestones: M[] }>(
  phases: P[],
  seesPatientCheckIns: boolean,
  forMembers: MilestonesForMembers<M>,
): P[] {
  return phases.map((phase) => ({
    ...phase,
    milestones: forMembers(phase.milestones, seesPatientCheckIns),
  }));
}

/** The patient reads their own check-in counts, never family members' private ones. */
export function phasesForPatient<M, P extends { milestones: M[] }>(
  phases: P[],
  forMembers: MilestonesForMembers<M>,
): P[] {
  return phasesForMembers(phases, true, forMembers);
}
