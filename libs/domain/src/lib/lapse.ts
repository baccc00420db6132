/**
 * The lapse-response plan (DESIGN §3, issue 13 item 2): agreed in advance by everyone on the plan,
 * so a hard day has a known path. The words here never name a status "relapse", "failed" or
 * "violation": it is "something happened", and the plan is "paused, following our plan".
 */

/** A new version replaces the one before (kept as SUPERSEDED); AGREED once every member accepted it. */
export const LAPSE_PLAN_STATUSES = ['PROPOSED', 'AGREED', 'SUPERSEDED'] as const;
export type LapsePlanStatus = (typeof LAPSE_PLAN_STATUSES)[number];

/** The longest pause a family may agree to: bounded, so a pause always comes back to a conversation. */
export const MAX_LAPSE_PAUSE_DAYS = 90;
export const MAX_STEPS_BACK_IN = 10;

/**
 * What never resets after something happened, as every lapse plan states it (the code keeps it:
 * milestones earned stay achieved, the history stays, commitments kept stay counted).
 */
export const LAPSE_KEEPS = ['HISTORY', 'MILESTONES_EARNED', 'COMMITMENTS_KEPT'] as const;
export type LapseKeeps = (typeof LAPSE_KEEPS)[number];

/** The plan's status reason while paused after something happened (read in the reader's words). */
export const LAPSE_PAUSE_REASON = 'Paused, following our plan.';

/** The plan's status reason once it resumed through the agreed steps back in. */
export const LAPSE_RESUME_REASON = 'Resumed through the steps back in.';

/** The i18n key a lapse plan's kept reason reads as in the reader's language, or null for any other. */
export function lapseReasonKey(reason: string | null | undefined): string | null {
  if (reason === LAPSE_PAUSE_REASON) return 'lapse.pausedTitle';
  if (reason === LAPSE_RESUME_REASON) return 'lapse.resumedReason';
  return null;
}
