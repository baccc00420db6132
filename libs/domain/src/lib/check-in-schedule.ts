import { daysBetween, shiftDay } from './track-record';
import type { PhaseStage } from './plan-ladder';

/**
 * A plan's check-in schedule (issue 15): from Homecoming on, check-ins are due on a schedule of
 * ordered steps ("daily for 2 weeks, then three times a week"), from a start day, counted in the
 * program's time zone. Before Homecoming there is none: a check-in is due every day, as always.
 * Pure rules, shared by the API and the web.
 */

/** How often a check-in is due within one step. */
export const CHECK_IN_CADENCES = [
  'DAILY',
  'THREE_A_WEEK',
  'WEEKLY',
  'EVERY_TWO_WEEKS',
  'MONTHLY',
] as const;
export type CheckInCadence = (typeof CHECK_IN_CADENCES)[number];

/** One step: a cadence for a number of weeks; the last step may run on (weeks null). */
export interface ScheduleStep {
  cadence: CheckInCadence;
  weeks: number | null;
}

export interface CheckInSchedule {
  /** YYYY-MM-DD, the first day of the first step. */
  startsOn: string;
  steps: readonly ScheduleStep[];
}

/** At most this many steps, and this many weeks in one step (a schedule is read at a glance). */
export const MAX_SCHEDULE_STEPS = 6;
export const MAX_STEP_WEEKS = 52;

/** What reaching a stage starts when the counselor has not set a schedule yet. */
export const DEFAULT_SCHEDULE_STEPS: Record<PhaseStage, ScheduleStep[]> = {
  // The transition home: every day for two weeks, then three times a week.
  HOMECOMING: [
    { cadence: 'DAILY', weeks: 2 },
    { cadence: 'THREE_A_WEEK', weeks: null },
  ],
  // Aftercare thins out: weekly for two months, every two weeks for two more, then monthly.
  AFTERCARE: [
    { cadence: 'WEEKLY', weeks: 8 },
    { cadence: 'EVERY_TWO_WEEKS', weeks: 8 },
    { cadence: 'MONTHLY', weeks: null },
  ],
};

/** Why steps cannot make a schedule (an INPUT_… reason), or null when they can. */
export function scheduleStepsProblem(steps: readonly ScheduleStep[]): string | null {
  if (steps.length === 0 || steps.length > MAX_SCHEDULE_STEPS) return 'INPUT_SCHEDULE_STEPS';
  for (const [i, step] of steps.entries()) {
    if (!CHECK_IN_CADENCES.includes(step.cadence)) return 'INPUT_SCHEDULE_STEPS';
    const last = i === steps.length - 1;
    // Only the last step may run on; every other one has its length.
    if (step.weeks === null ? !last : !Number.isInteger(step.weeks)) return 'INPUT_SCHEDULE_WEEKS';
    if (step.weeks !== null && (step.weeks < 1 || step.weeks > MAX_STEP_WEEKS))
      return 'INPUT_SCHEDULE_WEEKS';
  }
  return null;
}

/** The same day of the month `months` later, or that month's last day when it is shorter. */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Whether a step that began on `stepStart` asks for a check-in on `day` (on or after it). */
function stepDue(cadence: CheckInCadence, stepStart: string, day: string): boolean {
  const offset = daysBetween(stepStart, day);
  switch (cadence) {
    case 'DAILY':
      return true;
    case 'THREE_A_WEEK':
      // Every other day, resting on the seventh: the step's first, third and fifth day each week.
      return [0, 2, 4].includes(offset % 7);
    case 'WEEKLY':
      return offset % 7 === 0;
    case 'EVERY_TWO_WEEKS':
      return offset % 14 === 0;
    case 'MONTHLY': {
      for (let n = 0; ; n++) {
        const due = addMonths(stepStart, n);
        if (due >= day) return due === day;
      }
    }
  }
}

/**
 * Whether a check-in is due on a day (YYYY-MM-DD, in the program's time zone). Without a
 * schedule, and before it starts, every day is due: check-ins are daily until Homecoming.
 */
export function checkInDueOn(schedule: CheckInSchedule | null, day: string): boolean {
  if (!schedule || day < schedule.startsOn) return true;
  let stepStart = schedule.startsOn;
  for (const step of schedule.steps) {
    const stepEnd = step.weeks === null ? null : shiftDay(stepStart, -step.weeks * 7);
    if (stepEnd === null || day < stepEnd) return stepDue(step.cadence, stepStart, day);
    stepStart = stepEnd;
  }
  // Past the last step's length (it had one): the last cadence keeps going.
  const last = schedule.steps[schedule.steps.length - 1];
  return stepDue(last.cadence, stepStart, day);
}

/** The first day on or after `from` a check-in is due (within a year and a month; null past that). */
export function nextCheckInDue(schedule: CheckInSchedule | null, from: string): string | null {
  for (let i = 0; i <= 400; i++) {
    const day = shiftDay(from, -i);
    if (checkInDueOn(schedule, day)) return day;
  }
  return null;
}

/** The days from `from` to `to` (both included) a check-in is due, oldest first. */
export function dueDaysBetween(
  schedule: CheckInSchedule | null,
  from: string,
  to: string,
): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = shiftDay(day, -1)) {
    if (checkInDueOn(schedule, day)) days.push(day);
  }
  return days;
}

/**
 * The due days someone has missed, newest first, up to today (not included: today is not over).
 * The "gone quiet" nudge to staff counts these, so a thinned schedule really thins it.
 */
export function missedDueDays(
  schedule: CheckInSchedule | null,
  checkInDays: readonly string[],
  since: string,
  today: string,
): string[] {
  const kept = new Set(checkInDays);
  return dueDaysBetween(schedule, since, shiftDay(today, 1))
    .filter((day) => !kept.has(day))
    .reverse();
}
