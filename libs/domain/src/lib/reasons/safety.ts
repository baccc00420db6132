import { reason } from './catalog';

/** Refusals of the safety plan and the program's settings (issue 13); each reads in every language. */
export const SAFETY_REASONS = {
  SAFETY_PLAN_EMPTY: reason(
    'BAD_USER_INPUT',
    () => 'Write at least one line in any part of the plan before saving it.',
    () => 'Escribe al menos una línea en cualquier parte del plan antes de guardarlo.',
  ),
};
