import { Language } from './languages';
import { shiftDay } from './track-record';

/** The trial homecoming (issue 15, item 1): written conditions, a length, review dates, a review. */
export const TRIAL_STATUSES = ['OPEN', 'ENDED'] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

/**
 * How a trial ended: the plan moved on to aftercare, it stepped back a phase for now, or the
 * plan itself was closed while the trial was under way.
 */
export const TRIAL_OUTCOMES = ['HOME', 'STEPPED_BACK', 'PLAN_CLOSED'] as const;
export type TrialOutcome = (typeof TRIAL_OUTCOMES)[number];

export const TRIAL_REVIEW_OUTCOMES = ['CONTINUE', 'EXTEND', 'STEP_BACK'] as const;
export type TrialReviewOutcome = (typeof TRIAL_REVIEW_OUTCOMES)[number];

/** Where a condition's words came from: copied from the agreement, or written by the counselor. */
export const TRIAL_CONDITION_SOURCES = ['EXPECTATION', 'BOUNDARY', 'COUNSELOR'] as const;
export type TrialConditionSource = (typeof TRIAL_CONDITION_SOURCES)[number];

/** A trial's length is set by the counselor; child-welfare practice keeps a trial visit within months. */
export const TRIAL_DEFAULT_DAYS = 90;
export const TRIAL_SHORTEST_DAYS = 7;
export const TRIAL_LONGEST_DAYS = 180;
/** A trial may be extended twice: a third "not yet" is a conversation, not another date. */
export const TRIAL_MAX_EXTENSIONS = 2;
export const TRIAL_MAX_CONDITIONS = 30;
export const TRIAL_MAX_REVIEW_DAYS = 12;
export const HOME_ANSWER_WORDS_MAX = 280;

/** The Monday (YYYY-MM-DD) of the week a day falls in: one "how is home?" per member per week. */
export function weekOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return shiftDay(day, (weekday + 6) % 7);
}

/** The day a trial of `days` days that starts on `startDay` ends on. */
export function trialEndsOn(startDay: string, days: number): string {
  return shiftDay(startDay, -days);
}

/** The next review day nobody has reviewed yet, if any. */
export function nextReviewDay(
  reviewDays: readonly string[],
  reviewed: readonly string[],
): string | null {
  return [...reviewDays].sort().find((d) => !reviewed.includes(d)) ?? null;
}

/** How a trial's end reads for the people on the plan: kind, never blame. */
export function trialOutcomeWords(outcome: TrialOutcome, language: Language): string {
  const words: Record<TrialOutcome, Record<Language, string>> = {
    HOME: { EN: 'Home', ES: 'En casa' },
    STEPPED_BACK: { EN: 'Stepped back, for now', ES: 'Un paso atrás, por ahora' },
    PLAN_CLOSED: { EN: 'Ended with the plan', ES: 'Terminó con el plan' },
  };
  return words[outcome][language];
}
