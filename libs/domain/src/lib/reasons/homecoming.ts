import { reason } from './catalog';

/** What a form of the trial homecoming needs (issue 15): the API's input validation. */
export const HOMECOMING_INPUT_REASONS = {
  INPUT_TRIAL_CONDITIONS: reason<{ max: number }>(
    'BAD_USER_INPUT',
    ({ max }) => `Write one to ${max} conditions, each in a few sentences at most.`,
    ({ max }) => `Escribe de una a ${max} condiciones, cada una en pocas frases.`,
  ),
  INPUT_TRIAL_CONDITION_SOURCE: reason(
    'BAD_USER_INPUT',
    () => 'A condition comes from an agreed expectation, a boundary, or your own words.',
    () =>
      'Una condición viene de una expectativa acordada, de un límite o de tus propias palabras.',
  ),
  INPUT_TRIAL_DAY: reason(
    'BAD_USER_INPUT',
    () => 'Choose the day as a date (YYYY-MM-DD).',
    () => 'Elige el día como fecha (AAAA-MM-DD).',
  ),
  INPUT_TRIAL_START: reason<{ day: string }>(
    'BAD_USER_INPUT',
    ({ day }) => `The first day at home can be the day the trial began (${day}) or later.`,
    ({ day }) =>
      `El primer día en casa puede ser el día en que empezó la prueba (${day}) o después.`,
  ),
  INPUT_TRIAL_LENGTH: reason<{ min: number; max: number }>(
    'BAD_USER_INPUT',
    ({ min, max }) => `Choose a length from ${min} to ${max} days.`,
    ({ min, max }) => `Elige una duración de ${min} a ${max} días.`,
  ),
  INPUT_TRIAL_REVIEW_DAYS: reason<{ max: number }>(
    'BAD_USER_INPUT',
    ({ max }) => `Choose one to ${max} review dates.`,
    ({ max }) => `Elige de una a ${max} fechas de revisión.`,
  ),
  INPUT_TRIAL_REVIEW_OUTCOME: reason(
    'BAD_USER_INPUT',
    () => 'Choose to continue, to extend, or to step back a phase.',
    () => 'Elige continuar, extender o dar un paso atrás de fase.',
  ),
  INPUT_TRIAL_REVIEW_REASON: reason(
    'BAD_USER_INPUT',
    () => 'Write a few kind words, or leave them out.',
    () => 'Escribe unas palabras amables, o déjalas en blanco.',
  ),
  INPUT_HOME_RATING: reason(
    'BAD_USER_INPUT',
    () => 'Choose how home is, from 1 to 5.',
    () => 'Elige cómo va la casa, del 1 al 5.',
  ),
  INPUT_HOME_WORDS: reason<{ max: number }>(
    'BAD_USER_INPUT',
    ({ max }) => `Write a few words, at most ${max} characters, or leave them out.`,
    ({ max }) => `Escribe unas palabras, como máximo ${max} caracteres, o déjalas en blanco.`,
  ),
};

/** Refusals of the trial homecoming; each reads in every language, and none blames anyone. */
export const HOMECOMING_REASONS = {
  TRIAL_NONE: reason(
    'CONFLICT',
    () => 'There is no trial homecoming under way on this plan.',
    () => 'No hay una prueba de regreso a casa en curso en este plan.',
  ),
  TRIAL_SOURCE_GONE: reason(
    'CONFLICT',
    () => 'One of the agreed expectations or boundaries has changed: reload and choose again.',
    () => 'Una de las expectativas o límites acordados ha cambiado: recarga y vuelve a elegir.',
  ),
  TRIAL_REVIEW_DAYS_OUTSIDE: reason<{ from: string; to: string }>(
    'BAD_USER_INPUT',
    ({ from, to }) => `Choose review dates after ${from} and no later than ${to}.`,
    ({ from, to }) => `Elige fechas de revisión posteriores al ${from} y no más tarde del ${to}.`,
  ),
  TRIAL_NOT_PUBLISHED: reason(
    'CONFLICT',
    () => 'The conditions are not ready to sign yet: your counselor will share them.',
    () =>
      'Las condiciones aún no están listas para firmar: tu consejero o consejera las compartirá.',
  ),
  TRIAL_VERSION_STALE: reason<{ read: number; current: number }>(
    'CONFLICT',
    ({ read, current }) =>
      `The conditions have changed since version ${read}: please read version ${current} and sign that one.`,
    ({ read, current }) =>
      `Las condiciones cambiaron desde la versión ${read}: lee la versión ${current} y firma esa.`,
  ),
  TRIAL_ALREADY_SIGNED: reason<{ version: number }>(
    'CONFLICT',
    ({ version }) => `You have already signed version ${version} of the conditions. Thank you.`,
    ({ version }) => `Ya firmaste la versión ${version} de las condiciones. Gracias.`,
  ),
  TRIAL_HOME_ANSWERED: reason<{ weekOf: string }>(
    'CONFLICT',
    ({ weekOf }) =>
      `You have already said how home is this week (the week of ${weekOf}). Thank you.`,
    ({ weekOf }) => `Ya contaste cómo va la casa esta semana (la semana del ${weekOf}). Gracias.`,
  ),
  TRIAL_REVIEW_NOT_DUE: reason<{ day: string }>(
    'CONFLICT',
    ({ day }) => `The next review is on ${day}.`,
    ({ day }) => `La próxima revisión es el ${day}.`,
  ),
  TRIAL_EXTENSIONS_USED: reason<{ max: number }>(
    'CONFLICT',
    ({ max }) =>
      `This trial has been extended ${max} times: continue it, or step back a phase for now and talk it over together.`,
    ({ max }) =>
      `Esta prueba ya se extendió ${max} veces: continúala, o den un paso atrás de fase por ahora y háblenlo juntos.`,
  ),
  TRIAL_EXTEND_DAYS: reason<{ after: string; latest: string }>(
    'BAD_USER_INPUT',
    ({ after, latest }) =>
      `Choose a new end after ${after} and no later than ${latest}, with a review date on or before it.`,
    ({ after, latest }) =>
      `Elige un nuevo final después del ${after} y no más tarde del ${latest}, con una fecha de revisión no posterior.`,
  ),
  TRIAL_STEP_BACK_NEEDS_WORDS: reason(
    'BAD_USER_INPUT',
    () => 'Write a few kind words about why, for the family to read.',
    () => 'Escribe unas palabras amables sobre el porqué, para que la familia las lea.',
  ),
};
