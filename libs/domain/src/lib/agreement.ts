import { allowsOvernight, ContactType } from './plan-ladder';

/** What an expectation or a boundary is about (DESIGN §3, Expectation). */
export const EXPECTATION_CATEGORIES = [
  'CONTACT',
  'HOUSEHOLD',
  'MONEY',
  'SOBRIETY_SUPPORT',
  'TIME_TOGETHER',
  'PRIVACY',
  'OTHER',
] as const;
export type ExpectationCategory = (typeof EXPECTATION_CATEGORIES)[number];

/** A party's answer to one version: accept it, ask for a change (with a comment), or agree to retire it. */
export const EXPECTATION_DECISIONS = ['ACCEPT', 'REQUEST_CHANGE', 'RETIRE'] as const;
export type ExpectationDecision = (typeof EXPECTATION_DECISIONS)[number];

export const EXPECTATION_STATUSES = ['PROPOSED', 'AGREED', 'RETIRED'] as const;
export type ExpectationStatus = (typeof EXPECTATION_STATUSES)[number];

/** Who sees a boundary: everyone it involves, or only its owner and staff while a counselor coaches them. */
export const BOUNDARY_VISIBILITIES = ['PLAN', 'STAFF_ONLY'] as const;
export type BoundaryVisibility = (typeof BOUNDARY_VISIBILITIES)[number];

export interface PartyAnswer {
  memberId: string;
  version: number;
  decision: ExpectationDecision;
}

/** Each party's latest answer to the current version, in the order given (oldest first). */
function latestAnswers(
  parties: readonly string[],
  currentVersion: number,
  answers: readonly PartyAnswer[],
  skip?: ExpectationDecision,
) {
  const latest = new Map<string, ExpectationDecision>();
  for (const answer of answers) {
    if (
      answer.version !== currentVersion ||
      !parties.includes(answer.memberId) ||
      answer.decision === skip
    )
      continue;
    latest.set(answer.memberId, answer.decision);
  }
  return latest;
}

/**
 * DESIGN rule 5: AGREED only when every party has accepted the same, current version; RETIRED
 * only when every party has agreed to retire it. Answers to earlier versions count for nothing.
 * A wish to retire does not undo an agreement: until everyone says so, it stays as it was.
 */
export function expectationStatus(
  parties: readonly string[],
  currentVersion: number,
  answers: readonly PartyAnswer[],
): ExpectationStatus {
  if (parties.length === 0) return 'PROPOSED';
  const latest = latestAnswers(parties, currentVersion, answers);
  if (parties.every((party) => latest.get(party) === 'RETIRE')) return 'RETIRED';
  const stance = latestAnswers(parties, currentVersion, answers, 'RETIRE');
  return parties.every((party) => stance.get(party) === 'ACCEPT') ? 'AGREED' : 'PROPOSED';
}

/** The parties who still owe an answer to the current version of a proposed expectation. */
export function partiesToAnswer(
  parties: readonly string[],
  currentVersion: number,
  answers: readonly PartyAnswer[],
): string[] {
  const stance = latestAnswers(parties, currentVersion, answers, 'RETIRE');
  return parties.filter((party) => stance.get(party) !== 'ACCEPT');
}

export interface GapExpectation {
  id: string;
  category: ExpectationCategory;
  /** Who holds the expectation (asks for it). */
  fromMemberId: string;
  /** Of whom it is expected. */
  toMemberId: string;
  status: ExpectationStatus;
  /** Parties whose latest answer to the current version asks for a change. */
  changeRequestedBy: readonly string[];
}

export type GapReason = 'CHANGE_REQUESTED' | 'BOTH_SIDES_DIFFER';

export interface CategoryGap {
  category: ExpectationCategory;
  reasons: GapReason[];
  /** The expectations that raised it. */
  expectationIds: string[];
}

/**
 * The expectation gap (DESIGN principle 8), per category: someone has asked for a change, or two
 * people each hold an expectation of the other about the same thing and have not both agreed
 * (the patient hopes for daily calls, the partner wants weekly ones). Retired ones never count.
 */
export function expectationGaps(expectations: readonly GapExpectation[]): CategoryGap[] {
  const gaps: CategoryGap[] = [];
  for (const category of EXPECTATION_CATEGORIES) {
    const open = expectations.filter((e) => e.category === category && e.status !== 'RETIRED');
    const reasons = new Set<GapReason>();
    const ids = new Set<string>();
    for (const e of open) {
      if (e.changeRequestedBy.length > 0) {
        reasons.add('CHANGE_REQUESTED');
        ids.add(e.id);
      }
      const other = open.filter(
        (o) => o.fromMemberId === e.toMemberId && o.toMemberId === e.fromMemberId,
      );
      if (other.length > 0 && [e, ...other].some((x) => x.status !== 'AGREED')) {
        reasons.add('BOTH_SIDES_DIFFER');
        ids.add(e.id);
        other.forEach((o) => ids.add(o.id));
      }
    }
    if (reasons.size > 0)
      gaps.push({ category, reasons: [...reasons], expectationIds: [...ids].sort() });
  }
  return gaps;
}

/** Whether a member may see a boundary: its owner and staff always; the people it applies to only when it is shared with the plan. */
export function boundaryVisibleTo(
  boundary: {
    ownerMemberId: string;
    appliesToMemberIds: readonly string[];
    visibility: BoundaryVisibility;
  },
  viewer: { memberId: string | null; isStaff: boolean },
): boolean {
  if (viewer.isStaff || viewer.memberId === boundary.ownerMemberId) return true;
  return (
    boundary.visibility === 'PLAN' &&
    viewer.memberId !== null &&
    boundary.appliesToMemberIds.includes(viewer.memberId)
  );
}

export type PhaseEntryBlocker = 'CONTRACT_NOT_SIGNED_BY_ALL';

/**
 * What keeps a plan from entering a phase, as far as the agreement goes: a phase that allows
 * overnight stays needs the current home contract signed by every active member (DESIGN §3,
 * Expectation). Phase moves (the track-record work) call this before advancing.
 */
export function phaseEntryBlockers(
  phase: { contactTypes: readonly ContactType[] },
  contract: { signedByAllActiveMembers: boolean },
): PhaseEntryBlocker[] {
  return allowsOvernight(phase.contactTypes) && !contract.signedByAllActiveMembers
    ? ['CONTRACT_NOT_SIGNED_BY_ALL']
    : [];
}
