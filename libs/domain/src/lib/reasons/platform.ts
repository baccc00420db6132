import { reason } from './catalog';

/** Refusals every part of the API can give. */
export const PLATFORM_REASONS = {
  NOT_SIGNED_IN: reason(
    'UNAUTHENTICATED',
    () => 'Please sign in to continue.',
    () => 'Inicia sesión para continuar.',
  ),
  ROLE_NOT_ALLOWED: reason(
    'FORBIDDEN',
    () => 'Your role does not include this. Ask your program administrator if you need it.',
    () =>
      'Tu rol no incluye esto. Si lo necesitas, pídeselo al administrador o administradora de tu programa.',
  ),
  /** The same answer for "does not exist" and "not yours", so nothing leaks across organizations. */
  NOT_FOUND: reason<{ what: RecordKind }>(
    'NOT_FOUND',
    ({ what }) => `We could not find that ${RECORD_NAMES.EN[what]}.`,
    ({ what }) => `No encontramos ${RECORD_NAMES.ES[what]}.`,
  ),
  /** A value the API could not take, where the field's own words are not known. */
  INVALID_INPUT: reason<{ field?: string }>(
    'BAD_USER_INPUT',
    () => 'Please check what you entered.',
    () => 'Revisa lo que escribiste.',
  ),
  SOMETHING_WENT_WRONG: reason(
    'CONFLICT',
    () => 'Something went wrong on our side. Please try again in a moment.',
    () => 'Algo salió mal de nuestro lado. Inténtalo de nuevo en un momento.',
  ),
  /** The database is away for a moment (restarting, failing over): the same request will work soon. */
  BACK_IN_A_MOMENT: reason(
    'SERVICE_UNAVAILABLE',
    () => 'Homeward is unavailable for a moment. Please try again in a few seconds.',
    () => 'Homeward no está disponible por un momento. Inténtalo de nuevo en unos segundos.',
  ),
  SAME_CHANGE_RACED: reason(
    'CONFLICT',
    () => 'Someone else just made the same change. Refresh the page to see it.',
    () => 'Otra persona acaba de hacer el mismo cambio. Actualiza la página para verlo.',
  ),
  PLAN_CLOSED: reason(
    'CONFLICT',
    () => 'This plan is closed: it can still be read, but not changed.',
    () => 'Este plan está cerrado: se puede leer, pero no cambiar.',
  ),
  /** A live-updates subscription sent as a plain request (it belongs on the live connection). */
  SUBSCRIPTION_NEEDS_LIVE_CONNECTION: reason(
    'BAD_USER_INPUT',
    () => 'Live updates come over the live connection, not over a plain request.',
    () => 'Las novedades en vivo llegan por la conexión en vivo, no por una petición normal.',
  ),
  /** A query or change sent over the live connection (it carries live updates only). */
  LIVE_CONNECTION_UPDATES_ONLY: reason(
    'BAD_USER_INPUT',
    () => 'This connection carries live updates only. Send other requests as plain requests.',
    () =>
      'Esta conexión solo lleva novedades en vivo. Envía las demás peticiones como peticiones normales.',
  ),
  PAGE_CURSOR_INVALID: reason(
    'BAD_USER_INPUT',
    () => 'That page link is not valid any more. Start again from the first page.',
    () => 'Ese enlace de página ya no es válido. Vuelve a empezar desde la primera página.',
  ),
};

/** The records a NOT_FOUND can name. */
export type RecordKind =
  | 'record'
  | 'plan'
  | 'person'
  | 'person on this plan'
  | 'invitation'
  | 'template'
  | 'expectation'
  | 'boundary'
  | 'home contract version'
  | 'visit'
  | 'milestone'
  | 'proposal'
  | 'counselor'
  | 'patient'
  | 'family member on your plan'
  | 'consent'
  | 'check-in'
  | 'notification'
  | 'concern'
  | 'repair agreement'
  | 'commitment';

const RECORD_NAMES: Record<'EN' | 'ES', Record<RecordKind, string>> = {
  EN: {
    record: 'record',
    plan: 'plan',
    person: 'person',
    'person on this plan': 'person on this plan',
    invitation: 'invitation',
    template: 'template',
    expectation: 'expectation',
    boundary: 'boundary',
    'home contract version': 'home contract version',
    visit: 'visit',
    milestone: 'milestone',
    proposal: 'proposal',
    counselor: 'counselor',
    patient: 'patient',
    'family member on your plan': 'family member on your plan',
    consent: 'consent',
    'check-in': 'check-in',
    notification: 'notification',
    concern: 'concern',
    'repair agreement': 'repair agreement',
    commitment: 'commitment',
  },
  ES: {
    record: 'esa información',
    plan: 'ese plan',
    person: 'esa persona',
    'person on this plan': 'a esa persona en este plan',
    invitation: 'esa invitación',
    template: 'esa plantilla',
    expectation: 'esa expectativa',
    boundary: 'ese límite',
    'home contract version': 'esa versión del contrato del hogar',
    visit: 'esa visita',
    milestone: 'ese logro',
    proposal: 'esa propuesta',
    counselor: 'a ese consejero o consejera',
    patient: 'a esa persona en recuperación',
    'family member on your plan': 'a ese familiar en tu plan',
    consent: 'ese consentimiento',
    'check-in': 'ese registro diario',
    notification: 'ese aviso',
    concern: 'esa inquietud',
    'repair agreement': 'ese acuerdo de reparación',
    commitment: 'ese compromiso',
  },
};
