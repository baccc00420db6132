import { reason } from './catalog';

/** What the check-in schedule's and the closing words' fields need (issue 15), in every language. */
export const AFTERCARE_INPUT_REASONS = {
  INPUT_SCHEDULE_STEPS: reason(
    'BAD_USER_INPUT',
    () =>
      'Choose one to six steps, each with how often: daily, three times a week, weekly, every two weeks or monthly.',
    () =>
      'Elige de uno a seis pasos, cada uno con su frecuencia: diaria, tres veces por semana, semanal, cada dos semanas o mensual.',
  ),
  INPUT_SCHEDULE_WEEKS: reason(
    'BAD_USER_INPUT',
    () => 'Give each step from 1 to 52 weeks; only the last one may go on with no end.',
    () => 'Dale a cada paso de 1 a 52 semanas; solo el último puede seguir sin final.',
  ),
  INPUT_SCHEDULE_START: reason(
    'BAD_USER_INPUT',
    () => 'Choose the first day as a date (YYYY-MM-DD), from the day this phase began.',
    () => 'Elige el primer día como fecha (AAAA-MM-DD), desde el día en que empezó esta fase.',
  ),
  INPUT_CLOSING_WORDS: reason(
    'BAD_USER_INPUT',
    () => 'Write a few closing words, up to 4000 characters.',
    () => 'Escribe unas palabras de cierre, hasta 4000 caracteres.',
  ),
};

/** Refusals of the check-in schedule and of completing a plan. */
export const AFTERCARE_REASONS = {
  CHECK_IN_SCHEDULE_NOT_YET: reason(
    'CONFLICT',
    () => 'A check-in schedule starts with Homecoming; until then a check-in is welcome every day.',
    () =>
      'El calendario de registros empieza con el regreso a casa; hasta entonces, cada día es bueno para registrarse.',
  ),
  PLAN_COMPLETE_NEEDS_AFTERCARE: reason(
    'CONFLICT',
    () => 'A plan is completed from its aftercare phase; this plan is not there yet.',
    () => 'Un plan se completa desde su fase de cuidado continuo; este plan aún no está ahí.',
  ),
  PLAN_COMPLETE_NEEDS_ACTIVE: reason(
    'CONFLICT',
    () => 'A paused plan is resumed before it is completed.',
    () => 'Un plan en pausa se retoma antes de completarlo.',
  ),
  PLAN_COMPLETED: reason(
    'CONFLICT',
    () => 'This plan is complete: everything built together can still be read, but not changed.',
    () => 'Este plan está completo: todo lo construido juntos se puede leer, pero ya no cambiar.',
  ),
  CLOSING_SUMMARY_NOT_YET: reason(
    'NOT_FOUND',
    () => 'There is no closing summary yet: it is written when the plan is completed.',
    () => 'Todavía no hay un resumen de cierre: se escribe cuando se completa el plan.',
  ),
};
