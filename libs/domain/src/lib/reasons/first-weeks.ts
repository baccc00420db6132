import { reason } from './catalog';

/** What the first weeks' hopes and suggestions need from their fields (issue 15), in every language. */
export const FIRST_WEEKS_INPUT_REASONS = {
  INPUT_FIRST_WEEKS_TOPIC: reason(
    'BAD_USER_INPUT',
    () => 'Choose a topic: routines, money, time together, privacy or celebrations.',
    () => 'Elige un tema: rutinas, dinero, tiempo juntos, privacidad o celebraciones.',
  ),
  INPUT_FIRST_WEEKS_WORDS: reason<{ max: number }>(
    'BAD_USER_INPUT',
    ({ max }) => `Write up to ${max} characters.`,
    ({ max }) => `Escribe hasta ${max} caracteres.`,
  ),
  INPUT_FIRST_WEEKS_PARTIES: reason(
    'BAD_USER_INPUT',
    () => 'Choose who on the plan this is for, or leave it for everyone.',
    () => 'Elige para quién del plan es, o déjalo para todos.',
  ),
};

/** Refusals of the first weeks' hopes and suggestions (issue 15). */
export const FIRST_WEEKS_REASONS = {
  FIRST_WEEKS_PARTY_NOT_ON_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Choose people who are on this plan with you.',
    () => 'Elige a personas que estén en este plan contigo.',
  ),
  FIRST_WEEKS_SUGGESTION_EMPTY: reason(
    'BAD_USER_INPUT',
    () => 'Write a few words for the suggestion.',
    () => 'Escribe unas palabras para la sugerencia.',
  ),
  FIRST_WEEKS_LIVED: reason(
    'CONFLICT',
    () => 'The first weeks at home have come: these hopes stay as you wrote them, to look back on.',
    () =>
      'Las primeras semanas en casa ya llegaron: estas esperanzas quedan como las escribiste, para recordarlas.',
  ),
};
