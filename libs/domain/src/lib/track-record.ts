import { phaseEntryBlockers } from './agreement';
import type { Language } from './languages';
import { ContactType, MilestoneKind, MilestoneMeasure, MilestoneParty } from './plan-ladder';

/**
 * The track record (DESIGN principles 1, 4 and 6): check-ins, visits, milestones measured from
 * them, and moving between phases. Pure rules, shared by the API and the web.
 */

/** A milestone's measure, or what it measures when a template left it out (older templates did). */
export function measureOf(m: {
  kind: MilestoneKind;
  measure?: MilestoneMeasure | null;
}): MilestoneMeasure | null {
  if (m.kind === 'MANUAL') return null;
  return m.measure ?? (m.kind === 'COUNT' ? 'CHECK_IN_DAYS' : 'VISITS_WENT_WELL');
}

export const VISIT_STATUSES = [
  'REQUESTED',
  'APPROVED',
  'COMPLETED',
  'CANCELLED',
  'ENDED_EARLY',
] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Each participant's answer before a visit: opting out needs no reason and never counts against anyone. */
export const WILLINGNESS = ['PENDING', 'WILLING', 'OPTED_OUT'] as const;
export type Willingness = (typeof WILLINGNESS)[number];

/** Kinds of contact as a sentence names them ("… does not include phone calls yet"), in each language. */
export const CONTACT_TYPE_NAMES: Record<Language, Record<ContactType, string>> = {
  EN: {
    PHONE: 'phone calls',
    VIDEO: 'video calls',
    LETTER: 'letters',
    ON_SITE_SUPERVISED: 'supervised visits on site',
    FAMILY_SESSION: 'family sessions',
    DAY_PASS: 'day passes',
    OVERNIGHT: 'overnight stays',
    WEEKEND: 'weekend stays',
    OTHER: 'other contact',
  },
  ES: {
    PHONE: 'llamadas',
    VIDEO: 'videollamadas',
    LETTER: 'cartas',
    ON_SITE_SUPERVISED: 'visitas supervisadas en el centro',
    FAMILY_SESSION: 'sesiones familiares',
    DAY_PASS: 'salidas de día',
    OVERNIGHT: 'noches en casa',
    WEEKEND: 'fines de semana en casa',
    OTHER: 'otro contacto',
  },
};

/** A kind of contact in the reader's language; an unknown value reads as itself. */
export function contactTypeName(type: ContactType, language: Language): string {
  return CONTACT_TYPE_NAMES[language][type] ?? String(type);
}

/** Contact that needs a member of staff present. */
export const SUPERVISED_CONTACT_TYPES: readonly ContactType[] = [
  'ON_SITE_SUPERVISED',
  'FAMILY_SESSION',
];

const DAY_MS = 86_400_000;

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function localDay(at: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** Whether a name is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The day `days` before (negative: after) a YYYY-MM-DD day. */
/** A day that exists on the calendar, written YYYY-MM-DD (2026-02-29 and 2026-02-30 do not). */
export function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (both YYYY-MM-DD), positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export interface Debrief {
  rating: number;
  boundariesRespected: boolean;
}

/**
 * A completed visit went well once everyone who took part has reflected on it and every
 * reflection (the supervisor's too) rated it 3 or more with boundaries kept. Until the last one
 * has reflected it is not decided, so one early word never settles it for the others.
 */
export function visitWentWell(
  status: VisitStatus,
  debriefs: readonly Debrief[],
  participantsYetToReflect: number,
): boolean {
  return (
    status === 'COMPLETED' &&
    participantsYetToReflect === 0 &&
    debriefs.length > 0 &&
    debriefs.every((d) => d.rating >= 3 && d.boundariesRespected)
  );
}

/** Milestones counted from family members' own check-ins: private to each of them and staff. */
export function measuredFromFamilyCheckIns(m: {
  party: MilestoneParty;
  measure: MilestoneMeasure | null;
}): boolean {
  return (
    m.party === 'FAMILY' &&
    (m.measure === 'CHECK_IN_DAYS' ||
      m.measure === 'SCHEDULED_CHECK_INS' ||
      m.measure === 'SUPPORT_MEETINGS' ||
      // Family track marks are private to each family member and staff, like their check-ins.
      m.measure === 'FAMILY_TRACK')
  );
}

/** The records a plan's milestones are measured from, each on the day it happened. */
export interface TrackRecord {
  checkInDays: readonly { party: MilestoneParty; day: string }[];
  supportMeetingDays: readonly string[];
  /** Completed family sessions, with which parties took part. */
  familySessions: readonly { day: string; parties: readonly MilestoneParty[] }[];
  /** Completed visits that went well. */
  visitsWentWell: readonly { day: string; contactType: ContactType }[];
  /** Each family track session attended or module completed, on the day it was marked for. */
  familyTrackDays?: readonly string[];
  /** Whether a check-in is due on a day (the plan's check-in schedule); every day when absent. */
  checkInDue?: (day: string) => boolean;
}

export interface MilestoneRule {
  kind: MilestoneKind;
  party: MilestoneParty;
  measure: MilestoneMeasure | null;
  /** For an EVENT milestone: the kind of visit that has to go well. */
  contactType: ContactType | null;
  target: number | null;
  windowDays: number | null;
}

/**
 * How far a milestone has come, counted from what happened (never typed in). COUNT milestones
 * count within their window ending today; EVENT milestones count since the phase began; MANUAL
 * ones wait for a named verifier (progress 0 of 1 until then).
 */
export function milestoneProgress(
  rule: MilestoneRule,
  record: TrackRecord,
  today: string,
  phaseStartedOn: string | null,
): { progress: number; target: number } {
  const target = Math.max(1, rule.target ?? 1);
  if (rule.kind === 'MANUAL' || !rule.measure) return { progress: 0, target };
  const since =
    rule.kind === 'COUNT' && rule.windowDays
      ? shiftDay(today, rule.windowDays - 1)
      : (phaseStartedOn ?? '0000-01-01');
  const inWindow = (day: string) => day >= since && day <= today;
  let progress = 0;
  switch (rule.measure) {
    case 'CHECK_IN_DAYS':
      progress = new Set(
        record.checkInDays
          .filter((c) => c.party === rule.party && inWindow(c.day))
          .map((c) => c.day),
      ).size;
      break;
    case 'SUPPORT_MEETINGS':
      progress = new Set(record.supportMeetingDays.filter(inWindow)).size;
      break;
    case 'FAMILY_SESSIONS':
      progress = record.familySessions.filter(
        (s) => inWindow(s.day) && s.parties.includes(rule.party),
      ).length;
      break;
    case 'VISITS_WENT_WELL':
      progress = record.visitsWentWell.filter(
        (v) => inWindow(v.day) && (!rule.contactType || v.contactType === rule.contactType),
      ).length;
      break;
    case 'FAMILY_TRACK':
      progress = (record.familyTrackDays ?? []).filter(inWindow).length;
      break;
    case 'SCHEDULED_CHECK_INS': {
      // A check-in on a day none was due is welcome, but only due ones count here.
      const due = record.checkInDue ?? (() => true);
      progress = new Set(
        record.checkInDays
          .filter((c) => c.party === rule.party && inWindow(c.day) && due(c.day))
          .map((c) => c.day),
      ).size;
      break;
    }
  }
  return { progress, target };
}

export type VisitRefusal =
  | 'PLAN_NOT_ACTIVE'
  | 'CONTACT_TYPE_NOT_ALLOWED'
  | 'PARTICIPANT_RESTRICTED'
  | 'OVERLAPS'
  | 'NEEDS_SUPERVISOR'
  | 'ENDS_BEFORE_START'
  | 'IN_THE_PAST';

export interface VisitRequest {
  contactType: ContactType;
  startsAt: Date;
  endsAt: Date;
  supervised: boolean;
}

/** Why a visit cannot be scheduled, in order of what to fix first (DESIGN rule 3). Empty: it can. */
export function visitRefusals(
  request: VisitRequest,
  context: {
    planStatus: string;
    phaseContactTypes: readonly ContactType[];
    restrictedParticipants: number;
    overlappingVisits: number;
    now: Date;
  },
): VisitRefusal[] {
  const refusals: VisitRefusal[] = [];
  if (context.planStatus !== 'ACTIVE') refusals.push('PLAN_NOT_ACTIVE');
  if (!context.phaseContactTypes.includes(request.contactType))
    refusals.push('CONTACT_TYPE_NOT_ALLOWED');
  if (context.restrictedParticipants > 0) refusals.push('PARTICIPANT_RESTRICTED');
  if (SUPERVISED_CONTACT_TYPES.includes(request.contactType) && !request.supervised)
    refusals.push('NEEDS_SUPERVISOR');
  if (request.endsAt.getTime() <= request.startsAt.getTime()) refusals.push('ENDS_BEFORE_START');
  if (request.startsAt.getTime() < context.now.getTime()) refusals.push('IN_THE_PAST');
  if (context.overlappingVisits > 0) refusals.push('OVERLAPS');
  return refusals;
}

/**
 * The share of commitments kept over a window: a check-in on each day, and each approved visit
 * the person said they were willing to go to. An opt-out is not a commitment; one hard day lowers
 * the share a little and never resets it (DESIGN: Consistency, never a streak).
 */
export function commitmentsKept(input: {
  checkInDays: readonly string[];
  visits: readonly { day: string; kept: boolean }[];
  today: string;
  windowDays: number;
  since?: string | null;
}): { kept: number; total: number; share: number | null } {
  const from = [shiftDay(input.today, input.windowDays - 1), input.since ?? '']
    .sort()
    .at(-1) as string;
  const checkIns = new Set(input.checkInDays.filter((d) => d >= from && d <= input.today)).size;
  // Today is not over: it counts once kept, and never lowers the share before evening.
  const todayKept = input.checkInDays.includes(input.today);
  const days = Math.max(0, daysBetween(from, input.today) + (todayKept ? 1 : 0));
  const visits = input.visits.filter((v) => v.day >= from && v.day <= input.today);
  const kept = checkIns + visits.filter((v) => v.kept).length;
  const total = days + visits.length;
  return { kept, total, share: total === 0 ? null : Math.round((kept / total) * 100) / 100 };
}

/** When staff should look: nobody has checked in for 3 days, a craving of 8 or more, a visit debrief rated 1 or 2. */
export const QUIET_DAYS = 3;
export const HIGH_CRAVING = 8;
export const HARD_VISIT_RATING = 2;

export type PhaseMoveBlocker =
  | 'MILESTONES_NOT_ACHIEVED'
  | 'WAITING_PERIOD'
  | 'CONTRACT_NOT_SIGNED_BY_ALL'
  | 'PLAN_NOT_ACTIVE'
  | 'NO_NEXT_PHASE';

/** What keeps a plan from moving up to the next phase (DESIGN rule 4). Agreement of everyone is asked after these. */
export function phaseAdvanceBlockers(input: {
  planStatus: string;
  nextPhase: { contactTypes: readonly ContactType[]; waitUntil: string | null } | null;
  milestonesAchieved: boolean;
  contractSignedByAllActiveMembers: boolean;
  today: string;
}): PhaseMoveBlocker[] {
  if (input.planStatus !== 'ACTIVE') return ['PLAN_NOT_ACTIVE'];
  if (!input.nextPhase) return ['NO_NEXT_PHASE'];
  const blockers: PhaseMoveBlocker[] = [];
  if (!input.milestonesAchieved) blockers.push('MILESTONES_NOT_ACHIEVED');
  if (input.nextPhase.waitUntil && input.nextPhase.waitUntil > input.today)
    blockers.push('WAITING_PERIOD');
  blockers.push(
    ...phaseEntryBlockers(input.nextPhase, {
      signedByAllActiveMembers: input.contractSignedByAllActiveMembers,
    }),
  );
  return blockers;
}

/**
 * The note kept on an upcoming visit the plan itself cancelled (a pause, a step back, a change in
 * who takes part). Stored in English, read in the reader's language.
 */
const VISIT_CANCELLED_BY_THE_PLAN: Record<Language, string> = {
  EN: 'Cancelled by the plan: it no longer allows this visit (a pause, a step back, or a change in who takes part).',
  ES: 'Cancelada por el plan: ya no permite esta visita (una pausa, un paso atrás o un cambio en quién participa).',
};

export const VISIT_CANCELLED_BY_THE_PLAN_NOTE = VISIT_CANCELLED_BY_THE_PLAN.EN;

/** A visit's closing note in the reader's language when the plan wrote it; a person's own words as written. */
export function visitClosingNoteIn(note: string | null, language: Language): string | null {
  return note === VISIT_CANCELLED_BY_THE_PLAN.EN ? VISIT_CANCELLED_BY_THE_PLAN[language] : note;
}
