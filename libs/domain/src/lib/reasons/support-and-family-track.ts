import { reason } from './catalog';

/** What the support network's and the family track's fields need (issue 13), in every language. */
export const SUPPORT_AND_FAMILY_TRACK_INPUT_REASONS = {
  INPUT_SUPPORT_PERSON_NAME: reason(
    'BAD_USER_INPUT',
    () => 'Write a name or a few words that tell you who it is.',
    () => 'Escribe un nombre o unas palabras que te digan quién es.',
  ),
  INPUT_SUPPORT_PERSON_KIND: reason(
    'BAD_USER_INPUT',
    () => 'Choose who they are: counselor, sponsor, peer, friend, relative or other.',
    () =>
      'Elige quién es: consejero, padrino o madrina, compañero, amistad, familiar u otra persona.',
  ),
  INPUT_SUPPORT_MARK: reason(
    'BAD_USER_INPUT',
    () => 'Choose safe, with a condition, or keep distance.',
    () => 'Elige seguro, con una condición, o mantener distancia.',
  ),
  INPUT_SUPPORT_CONDITION: reason(
    'BAD_USER_INPUT',
    () => 'Say in a few words what the condition is.',
    () => 'Di en pocas palabras cuál es la condición.',
  ),
  INPUT_SUPPORT_CONTACT: reason(
    'BAD_USER_INPUT',
    () => 'Contact details can be up to 200 characters, or left out.',
    () => 'Los datos de contacto pueden tener hasta 200 caracteres, o quedar en blanco.',
  ),
  INPUT_SUPPORT_PHASE: reason(
    'BAD_USER_INPUT',
    () => 'Choose a phase of this plan, or leave it out.',
    () => 'Elige una fase de este plan, o déjalo en blanco.',
  ),
  INPUT_FAMILY_TRACK_KIND: reason(
    'BAD_USER_INPUT',
    () => 'Choose an education session, a peer group or a skill module.',
    () => 'Elige una sesión educativa, un grupo de apoyo o un módulo de habilidades.',
  ),
  INPUT_FAMILY_TRACK_TITLE: reason(
    'BAD_USER_INPUT',
    () => 'Give it a short title.',
    () => 'Dale un título breve.',
  ),
  INPUT_FAMILY_TRACK_SUMMARY: reason(
    'BAD_USER_INPUT',
    () => 'Say in a sentence or two what it is about.',
    () => 'Di en una o dos frases de qué trata.',
  ),
  INPUT_FAMILY_TRACK_LINK: reason(
    'BAD_USER_INPUT',
    () => 'Give a link that starts with https://.',
    () => 'Pon un enlace que empiece por https://.',
  ),
  INPUT_FAMILY_TRACK_MARK: reason(
    'BAD_USER_INPUT',
    () => 'Choose attended or completed.',
    () => 'Elige asistí o completé.',
  ),
  INPUT_FAMILY_TRACK_DAY: reason(
    'BAD_USER_INPUT',
    () => 'Choose the day as a date (YYYY-MM-DD), today or earlier.',
    () => 'Elige el día como fecha (AAAA-MM-DD), hoy o antes.',
  ),
};

/** Refusals of the support network and the family track. */
export const SUPPORT_AND_FAMILY_TRACK_REASONS = {
  SUPPORT_PERSON_RETIRED: reason(
    'CONFLICT',
    () => 'This person was already taken off the network; it was kept in its history.',
    () => 'Esta persona ya se quitó de la red; se guardó en su historial.',
  ),
  FAMILY_TRACK_ITEM_RETIRED: reason(
    'CONFLICT',
    () => 'The program no longer offers this one.',
    () => 'El programa ya no ofrece esta opción.',
  ),
};
