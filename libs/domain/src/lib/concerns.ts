/**
 * Rupture and repair (DESIGN principle 7, issue 12): a concern any member raises, staff see first,
 * and the repair agreement it may close with. The values the API, the database and the web share.
 */
export const CONCERN_SUBJECTS = ['BOUNDARY', 'EXPECTATION', 'VISIT', 'SAFETY'] as const;
export type ConcernSubject = (typeof CONCERN_SUBJECTS)[number];

export const CONCERN_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'SAFETY'] as const;
export type ConcernSeverity = (typeof CONCERN_SEVERITIES)[number];

export const CONCERN_STATUSES = ['OPEN', 'IN_DISCUSSION', 'RESOLVED', 'CLOSED'] as const;
export type ConcernStatus = (typeof CONCERN_STATUSES)[number];

/** Kind reasons a counselor closes a concern with, when no repair agreement is needed. */
export const CONCERN_CLOSE_REASONS = [
  'TALKED_IT_THROUGH',
  'NO_LONGER_NEEDED',
  'HANDLED_ANOTHER_WAY',
] as const;
export type ConcernCloseReason = (typeof CONCERN_CLOSE_REASONS)[number];

/** What a concern keeps of people's words: each is a new row, never an edit. */
export const CONCERN_ENTRY_KINDS = ['RAISED', 'FRAMING', 'COMMENT'] as const;
export type ConcernEntryKind = (typeof CONCERN_ENTRY_KINDS)[number];

export const COMMITMENT_OUTCOMES = ['KEPT', 'NOT_YET'] as const;
export type CommitmentOutcome = (typeof COMMITMENT_OUTCOMES)[number];

export const REPAIR_STATUSES = ['PROPOSED', 'AGREED', 'KEPT', 'SUPERSEDED'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];

/** A concern that still needs staff: open or in discussion. */
export function concernIsOpen(status: ConcernStatus): boolean {
  return status === 'OPEN' || status === 'IN_DISCUSSION';
}

/** The staff queue's order: SAFETY first, then the oldest first (it has waited longest). */
export function concernQueueOrder(
  a: { severity: ConcernSeverity; createdAt: Date },
  b: { severity: ConcernSeverity; createdAt: Date },
): number {
  const safety = Number(b.severity === 'SAFETY') - Number(a.severity === 'SAFETY');
  return safety !== 0 ? safety : a.createdAt.getTime() - b.createdAt.getTime();
}

/** How a reader stands to one concern. */
export interface ConcernReader {
  staff: boolean;
  /** The reader's own place on the plan (patient or family), if any. */
  memberId: string | null;
  userId: string;
}

export interface ConcernSeen {
  raisedByUserId: string;
  raisedByMemberId: string | null;
  aboutMemberIds: readonly string[];
  partyMemberIds: readonly string[];
  reviewedAt: Date | null;
  shareOwnWords: boolean;
}

/**
 * Staff see it first (DESIGN §3 Concern): staff of the plan and the person who raised it see it
 * at once; the people it is about, and those brought into the conversation, only once staff have
 * reviewed it; nobody else on the plan ever.
 */
export function seesConcern(reader: ConcernReader, concern: ConcernSeen): boolean {
  if (reader.staff || raisedIt(reader, concern)) return true;
  if (!concern.reviewedAt || !reader.memberId) return false;
  return (
    concern.aboutMemberIds.includes(reader.memberId) ||
    concern.partyMemberIds.includes(reader.memberId)
  );
}

/** The raiser's own words reach the others only when the raiser agreed; otherwise the counselor's framing. */
export function seesRaisersWords(reader: ConcernReader, concern: ConcernSeen): boolean {
  return reader.staff || raisedIt(reader, concern) || concern.shareOwnWords;
}

export function raisedIt(reader: ConcernReader, concern: ConcernSeen): boolean {
  return (
    reader.userId === concern.raisedByUserId ||
    (reader.memberId !== null && reader.memberId === concern.raisedByMemberId)
  );
}
