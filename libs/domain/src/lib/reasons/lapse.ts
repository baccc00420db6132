import { reason } from './catalog';

/** Refusals of the lapse-response plan and "something happened" (issue 13); kind words in each language. */
export const LAPSE_REASONS = {
  LAPSE_PLAN_TELLS_OFF_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Choose people who are on this plan to be told.',
    () => 'Elige a personas que estén en este plan para que se les avise.',
  ),
  LAPSE_PLAN_REPLACED: reason(
    'CONFLICT',
    () => 'A newer version of this plan was proposed: read that one.',
    () => 'Se propuso una versión más nueva de este plan: lee esa.',
  ),
  LAPSE_PLAN_ALREADY_ACCEPTED: reason(
    'CONFLICT',
    () => 'You have already accepted this version.',
    () => 'Ya aceptaste esta versión.',
  ),
  LAPSE_PLAN_WHILE_PAUSED: reason(
    'CONFLICT',
    () =>
      'The plan is paused, following the plan you agreed. A new version can wait until it resumes.',
    () =>
      'El plan está en pausa, siguiendo el plan que acordaron. Una versión nueva puede esperar a que se reanude.',
  ),
  LAPSE_ALREADY_PAUSED: reason(
    'CONFLICT',
    () => 'This is already being followed: the plan is paused and the steps back in are under way.',
    () =>
      'Esto ya se está siguiendo: el plan está en pausa y los pasos de regreso están en marcha.',
  ),
  LAPSE_DAY_AHEAD: reason(
    'BAD_USER_INPUT',
    () => 'Choose today or a day before.',
    () => 'Elige hoy o un día anterior.',
  ),
  LAPSE_NOT_PAUSED: reason(
    'CONFLICT',
    () => 'The plan is not paused for this, so there is nothing to resume.',
    () => 'El plan no está en pausa por esto, así que no hay nada que reanudar.',
  ),
  LAPSE_STEPS_NOT_DONE: reason(
    'CONFLICT',
    () => 'Check off every step back in first; then the plan can resume.',
    () => 'Marca primero cada paso de regreso; después el plan se puede reanudar.',
  ),
  LAPSE_STEP_UNKNOWN: reason(
    'BAD_USER_INPUT',
    () => 'Choose one of the agreed steps back in.',
    () => 'Elige uno de los pasos de regreso acordados.',
  ),
  LAPSE_STEP_ALREADY_CHECKED: reason(
    'CONFLICT',
    () => 'This step is already checked off.',
    () => 'Este paso ya está marcado.',
  ),
};
