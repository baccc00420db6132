import { SUPPORT_AND_FAMILY_TRACK_INPUT_REASONS } from './support-and-family-track';
import { FIRST_WEEKS_INPUT_REASONS } from './first-weeks';
import { AFTERCARE_INPUT_REASONS } from './aftercare';
import { reason } from './catalog';
import { HOMECOMING_INPUT_REASONS } from './homecoming';

/**
 * What a form field needs, when what was sent does not fit (the API's input validation). The
 * web checks most of these before sending; these words are for what still reaches the API.
 */
export const INPUT_REASONS = {
  INPUT_FAMILY_EMAIL: reason(
    'BAD_USER_INPUT',
    () => "Enter the family member's email address, like name@example.com.",
    () => 'Escribe el correo electrónico del familiar, como nombre@ejemplo.com.',
  ),
  INPUT_PLAN_STATUS: reason(
    'BAD_USER_INPUT',
    () => 'A plan can be resumed, paused or closed.',
    () => 'Un plan se puede retomar, pausar o cerrar.',
  ),
  INPUT_LADDER_EMPTY: reason(
    'BAD_USER_INPUT',
    () => 'A plan needs at least one phase.',
    () => 'Un plan necesita al menos una fase.',
  ),
  INPUT_RESTRICTION_NOTE: reason(
    'BAD_USER_INPUT',
    () => 'Add a short note saying what the restriction is.',
    () => 'Añade una nota breve que diga en qué consiste la restricción.',
  ),
  INPUT_DAYS_AT_MOST_120: reason(
    'BAD_USER_INPUT',
    () => 'Ask for at most 120 days.',
    () => 'Pide como máximo 120 días.',
  ),
  INPUT_STAFF_MEMBER: reason(
    'BAD_USER_INPUT',
    () => 'Choose a member of staff.',
    () => 'Elige a una persona del equipo.',
  ),
  INPUT_PHASE_OF_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Choose a phase of this plan.',
    () => 'Elige una fase de este plan.',
  ),
  INPUT_TIME_ZONE: reason(
    'BAD_USER_INPUT',
    () => 'Choose a time zone from the list, like America/Chicago.',
    () => 'Elige una zona horaria de la lista, como America/Chicago.',
  ),
  INPUT_VERSION: reason(
    'BAD_USER_INPUT',
    () => 'Choose a version.',
    () => 'Elige una versión.',
  ),
  INPUT_EXPECTATION_DECISION: reason(
    'BAD_USER_INPUT',
    () => 'Choose accept, ask for a change, or retire.',
    () => 'Elige aceptar, pedir un cambio o dejarla de lado.',
  ),
  INPUT_CONSENT_CATEGORIES: reason(
    'BAD_USER_INPUT',
    () => 'Choose at least one kind of information to share.',
    () => 'Elige al menos un tipo de información para compartir.',
  ),
  INPUT_VISIT_RATING: reason(
    'BAD_USER_INPUT',
    () => 'Choose how it went, from 1 to 5.',
    () => 'Elige cómo fue, del 1 al 5.',
  ),
  INPUT_WAIT_DAYS: reason(
    'BAD_USER_INPUT',
    () => 'Choose how many days to wait, from 0 to 90.',
    () => 'Elige cuántos días esperar, del 0 al 90.',
  ),
  INPUT_STRESS: reason(
    'BAD_USER_INPUT',
    () => 'Choose how stressed you feel, from 1 to 5.',
    () => 'Elige cuánto estrés sientes, del 1 al 5.',
  ),
  INPUT_CRAVING: reason(
    'BAD_USER_INPUT',
    () => 'Choose how strong any craving is, from 0 to 10.',
    () => 'Elige qué tan fuertes son las ganas de consumir, del 0 al 10.',
  ),
  INPUT_VISIT_OUTCOME: reason(
    'BAD_USER_INPUT',
    () => 'Choose how the visit ended.',
    () => 'Elige cómo terminó la visita.',
  ),
  INPUT_MOOD: reason(
    'BAD_USER_INPUT',
    () => 'Choose how your mood is, from 1 to 5.',
    () => 'Elige cómo está tu ánimo, del 1 al 5.',
  ),
  INPUT_BOUNDARY: reason(
    'BAD_USER_INPUT',
    () => 'Choose the boundary.',
    () => 'Elige el límite.',
  ),
  INPUT_CONSENT_ENDS: reason(
    'BAD_USER_INPUT',
    () => 'Choose the date the consent ends.',
    () => 'Elige la fecha en que termina el consentimiento.',
  ),
  INPUT_EXPECTATION: reason(
    'BAD_USER_INPUT',
    () => 'Choose the expectation.',
    () => 'Elige la expectativa.',
  ),
  INPUT_CONTACT_TYPE: reason(
    'BAD_USER_INPUT',
    () => 'Choose the kind of contact.',
    () => 'Elige el tipo de contacto.',
  ),
  INPUT_MILESTONE: reason(
    'BAD_USER_INPUT',
    () => 'Choose the milestone.',
    () => 'Elige el logro.',
  ),
  INPUT_PLAN_PATIENT: reason(
    'BAD_USER_INPUT',
    () => 'Choose the patient this plan is for.',
    () => 'Elige a la persona en recuperación para quien es este plan.',
  ),
  INPUT_APPLIES_FROM_PHASE: reason(
    'BAD_USER_INPUT',
    () => 'Choose the phase it applies from.',
    () => 'Elige la fase desde la que se aplica.',
  ),
  INPUT_PLAN: reason(
    'BAD_USER_INPUT',
    () => 'Choose the plan.',
    () => 'Elige el plan.',
  ),
  INPUT_PRIMARY_COUNSELOR: reason(
    'BAD_USER_INPUT',
    () => 'Choose the primary counselor.',
    () => 'Elige al consejero o consejera principal.',
  ),
  INPUT_PROPOSAL: reason(
    'BAD_USER_INPUT',
    () => 'Choose the proposal.',
    () => 'Elige la propuesta.',
  ),
  INPUT_VISIT: reason(
    'BAD_USER_INPUT',
    () => 'Choose the visit.',
    () => 'Elige la visita.',
  ),
  INPUT_MILESTONE_DECISION: reason(
    'BAD_USER_INPUT',
    () => 'Choose to verify or to waive.',
    () => 'Elige confirmarlo o dispensarlo.',
  ),
  INPUT_CATEGORY: reason(
    'BAD_USER_INPUT',
    () => 'Choose what it is about.',
    () => 'Elige de qué se trata.',
  ),
  INPUT_ENDS_AT: reason(
    'BAD_USER_INPUT',
    () => 'Choose when it ends.',
    () => 'Elige cuándo termina.',
  ),
  INPUT_STARTS_AT: reason(
    'BAD_USER_INPUT',
    () => 'Choose when it starts.',
    () => 'Elige cuándo empieza.',
  ),
  INPUT_EXPECTATION_TO: reason(
    'BAD_USER_INPUT',
    () => 'Choose who it is asked of.',
    () => 'Elige a quién se le pide.',
  ),
  INPUT_NOTE_VISIBILITY: reason(
    'BAD_USER_INPUT',
    () => 'Choose who may read the note.',
    () => 'Elige quién puede leer la nota.',
  ),
  INPUT_VISIBILITY: reason(
    'BAD_USER_INPUT',
    () => 'Choose who may see it.',
    () => 'Elige quién puede verlo.',
  ),
  INPUT_PARTICIPANTS: reason(
    'BAD_USER_INPUT',
    () => 'Choose who takes part.',
    () => 'Elige quién participa.',
  ),
  INPUT_VISIT_PARTICIPANTS: reason(
    'BAD_USER_INPUT',
    () => 'Choose who takes part: the patient and at least one family member.',
    () => 'Elige quién participa: la persona en recuperación y al menos un familiar.',
  ),
  INPUT_CONSENT_RECIPIENT: reason(
    'BAD_USER_INPUT',
    () => 'Choose who this consent is for.',
    () => 'Elige para quién es este consentimiento.',
  ),
  INPUT_SHARE_WITH: reason(
    'BAD_USER_INPUT',
    () => 'Choose who you would share with.',
    () => 'Elige con quién compartirías.',
  ),
  INPUT_APPLIES_TO: reason(
    'BAD_USER_INPUT',
    () => 'Choose whom it applies to.',
    () => 'Elige a quién se aplica.',
  ),
  INPUT_EXPECTATION_FROM: reason(
    'BAD_USER_INPUT',
    () => 'Choose whose expectation this is.',
    () => 'Elige de quién es esta expectativa.',
  ),
  INPUT_TOTP_CODE: reason(
    'BAD_USER_INPUT',
    () => 'Enter the 6-digit code from your authenticator app.',
    () => 'Escribe el código de 6 dígitos de tu aplicación de autenticación.',
  ),
  INPUT_RECOVERY_CODE: reason(
    'BAD_USER_INPUT',
    () => 'Enter one of your recovery codes as it was given to you, like K7QX2-M9TRW.',
    () => 'Escribe uno de tus códigos de recuperación tal como se te dio, como K7QX2-M9TRW.',
  ),
  INPUT_INVITE_EMAIL: reason(
    'BAD_USER_INPUT',
    () => 'Enter the email address of the person to invite, like name@example.com.',
    () =>
      'Escribe el correo electrónico de la persona que quieres invitar, como nombre@ejemplo.com.',
  ),
  INPUT_ORGANIZATION_NAME: reason(
    'BAD_USER_INPUT',
    () => 'Give the program a name of up to 120 characters, like "Harbor House".',
    () => 'Dale al programa un nombre de hasta 120 caracteres, como «Casa Puerto».',
  ),
  INPUT_LANGUAGE: reason(
    'BAD_USER_INPUT',
    () => 'Choose English (EN) or Spanish (ES).',
    () => 'Elige inglés (EN) o español (ES).',
  ),
  INPUT_AUDIT_DAY: reason(
    'BAD_USER_INPUT',
    () => 'Choose a day from the calendar, like 2026-03-31.',
    () => 'Elige un día del calendario, como 2026-03-31.',
  ),
  INPUT_CURRENT_PASSWORD: reason(
    'BAD_USER_INPUT',
    () => 'Enter your current password.',
    () => 'Escribe tu contraseña actual.',
  ),
  INPUT_EMAIL: reason(
    'BAD_USER_INPUT',
    () => 'Enter your email address, like name@example.com.',
    () => 'Escribe tu correo electrónico, como nombre@ejemplo.com.',
  ),
  INPUT_PASSWORD: reason(
    'BAD_USER_INPUT',
    () => 'Enter your password.',
    () => 'Escribe tu contraseña.',
  ),
  INPUT_PHASE_CONTACT_TYPES: reason(
    'BAD_USER_INPUT',
    () => 'Every phase allows at least one kind of contact.',
    () => 'Cada fase permite al menos un tipo de contacto.',
  ),
  INPUT_MILESTONE_TITLE: reason(
    'BAD_USER_INPUT',
    () => 'Give every milestone a title.',
    () => 'Ponle un título a cada logro.',
  ),
  INPUT_PHASE_NAME: reason(
    'BAD_USER_INPUT',
    () => 'Give every phase a name.',
    () => 'Ponle un nombre a cada fase.',
  ),
  INPUT_PHASE_STAGE_TWICE: reason(
    'BAD_USER_INPUT',
    () => 'Only one phase can start the trial homecoming, and only one can start aftercare.',
    () =>
      'Solo una fase puede iniciar la prueba de regreso a casa, y solo una puede iniciar el cuidado continuo.',
  ),
  INPUT_FAMILY_NAME: reason(
    'BAD_USER_INPUT',
    () => 'Give the name the family member goes by.',
    () => 'Escribe el nombre con el que se conoce al familiar.',
  ),
  INPUT_REVIEW_DATE: reason(
    'BAD_USER_INPUT',
    () => 'Give the review date as a day, like 2027-01-15.',
    () => 'Escribe la fecha de revisión como un día, por ejemplo 2027-01-15.',
  ),
  INPUT_TARGET_DATE: reason(
    'BAD_USER_INPUT',
    () => 'Give the target date as a day, like 2026-09-01.',
    () => 'Escribe la fecha deseada como un día, por ejemplo 2026-09-01.',
  ),
  INPUT_LADDER_TOO_LONG: reason(
    'BAD_USER_INPUT',
    () => 'Keep the ladder to 20 phases or fewer.',
    () => 'Deja la escalera en 20 fases o menos.',
  ),
  INPUT_NAME_TOO_LONG: reason(
    'BAD_USER_INPUT',
    () => 'Keep the name under 120 characters.',
    () => 'Deja el nombre en menos de 120 caracteres.',
  ),
  INPUT_STATUS_REASON: reason(
    'BAD_USER_INPUT',
    () => 'Say briefly why; it is kept in the plan history.',
    () => 'Di brevemente por qué; queda guardado en la historia del plan.',
  ),
  INPUT_CONSENT_PURPOSE: reason(
    'BAD_USER_INPUT',
    () => 'Say what sharing is for, for example "to support my return home".',
    () => 'Di para qué es compartir, por ejemplo "para apoyar mi regreso a casa".',
  ),
  INPUT_PHASE_ANSWER: reason(
    'BAD_USER_INPUT',
    () => 'Say whether you agree or would like to wait.',
    () => 'Di si estás de acuerdo o prefieres esperar.',
  ),
  INPUT_WILLING: reason(
    'BAD_USER_INPUT',
    () => 'Say whether you are willing to take part.',
    () => 'Di si estás dispuesto o dispuesta a participar.',
  ),
  INPUT_ATTENDED_MEETING: reason(
    'BAD_USER_INPUT',
    () => 'Say whether you went to a meeting today.',
    () => 'Di si fuiste hoy a una reunión.',
  ),
  INPUT_ATTENDED_GROUP: reason(
    'BAD_USER_INPUT',
    () => 'Say whether you went to a support group today.',
    () => 'Di si fuiste hoy a un grupo de apoyo.',
  ),
  INPUT_WANTS_SUPPORT: reason(
    'BAD_USER_INPUT',
    () => 'Say whether you would like some support.',
    () => 'Di si te gustaría recibir apoyo.',
  ),
  INPUT_VERSION_ACKNOWLEDGED: reason(
    'BAD_USER_INPUT',
    () => 'Say which version you are acknowledging.',
    () => 'Di qué versión estás confirmando que leíste.',
  ),
  INPUT_VERSION_ANSWERED: reason(
    'BAD_USER_INPUT',
    () => 'Say which version you are answering.',
    () => 'Di a qué versión estás respondiendo.',
  ),
  INPUT_VERSION_SIGNED: reason(
    'BAD_USER_INPUT',
    () => 'Say which version you are signing.',
    () => 'Di qué versión estás firmando.',
  ),
  INPUT_DISPLAY_NAME: reason(
    'BAD_USER_INPUT',
    () => 'Tell us the name you would like to be called.',
    () => 'Dinos el nombre con el que te gustaría que te llamen.',
  ),
  INPUT_ID: reason(
    'BAD_USER_INPUT',
    () => 'That id is not valid.',
    () => 'Ese identificador no es válido.',
  ),
  INPUT_PLAN_ID: reason(
    'BAD_USER_INPUT',
    () => 'That plan id is not valid.',
    () => 'Ese identificador de plan no es válido.',
  ),
  INPUT_SIGNATURE: reason(
    'BAD_USER_INPUT',
    () => 'Type your full name to sign.',
    () => 'Escribe tu nombre completo para firmar.',
  ),
  INPUT_STEP_BACK_REASON: reason(
    'BAD_USER_INPUT',
    () => 'Give the reason for stepping back a phase; the family will read it.',
    () => 'Escribe el motivo para volver a la fase anterior; la familia lo leerá.',
  ),
  INPUT_MILESTONE_REASON: reason(
    'BAD_USER_INPUT',
    () => 'Give the reason, or leave it out when verifying.',
    () => 'Escribe el motivo, o déjalo en blanco al confirmar.',
  ),
  INPUT_WHY_OPTIONAL: reason(
    'BAD_USER_INPUT',
    () => 'Say a few words about why, or leave it out.',
    () => 'Di unas palabras sobre por qué, o déjalo en blanco.',
  ),
  INPUT_CHANGE_ASKED: reason(
    'BAD_USER_INPUT',
    () => 'Say what you would like changed.',
    () => 'Di qué te gustaría cambiar.',
  ),
  INPUT_PLACE: reason(
    'BAD_USER_INPUT',
    () => 'Say where it will be, for example "the family room" or "by phone".',
    () => 'Di dónde será, por ejemplo "la sala familiar" o "por teléfono".',
  ),
  INPUT_PROPOSE_REASON: reason(
    'BAD_USER_INPUT',
    () => 'Say why now is a good time, in a sentence the family will read.',
    () => 'Di por qué ahora es un buen momento, en una frase que la familia leerá.',
  ),
  INPUT_COMMENT: reason(
    'BAD_USER_INPUT',
    () => 'Write a comment for the people it involves.',
    () => 'Escribe un comentario para las personas a quienes incluye.',
  ),
  INPUT_FEW_WORDS_OPTIONAL: reason(
    'BAD_USER_INPUT',
    () => 'Write a few words, or leave it out.',
    () => 'Escribe unas palabras, o déjalo en blanco.',
  ),
  INPUT_NOTE_OPTIONAL: reason(
    'BAD_USER_INPUT',
    () => 'Write a note, or leave it out.',
    () => 'Escribe una nota, o déjala en blanco.',
  ),
  INPUT_SHORT_NOTE_OPTIONAL: reason(
    'BAD_USER_INPUT',
    () => 'Write a short note, or leave it out.',
    () => 'Escribe una nota breve, o déjala en blanco.',
  ),
  INPUT_SUGGESTED_WORDING: reason(
    'BAD_USER_INPUT',
    () => 'Write the wording you suggest, or leave it out.',
    () => 'Escribe la redacción que sugieres, o déjala en blanco.',
  ),
  INPUT_WHAT_HELPED: reason(
    'BAD_USER_INPUT',
    () => 'Write what helped, or leave it out.',
    () => 'Escribe qué ayudó, o déjalo en blanco.',
  ),
  INPUT_WHAT_WAS_HARD: reason(
    'BAD_USER_INPUT',
    () => 'Write what was hard, or leave it out.',
    () => 'Escribe qué fue difícil, o déjalo en blanco.',
  ),
  INPUT_EXPECTATION_TEXT: reason(
    'BAD_USER_INPUT',
    () => 'Say what is expected, for example "a phone call every evening at 8".',
    () => 'Di qué se espera, por ejemplo "una llamada cada noche a las 8".',
  ),
  INPUT_BOUNDARY_NEED: reason(
    'BAD_USER_INPUT',
    () => 'Say what you need, for example "no alcohol in the house".',
    () => 'Di qué necesitas, por ejemplo "nada de alcohol en la casa".',
  ),
  INPUT_BOUNDARY_IF_CROSSED: reason(
    'BAD_USER_INPUT',
    () => 'Say what you will do if it is crossed, for example "I will end the visit".',
    () => 'Di qué harás si se cruza, por ejemplo "terminaré la visita".',
  ),
  INPUT_REQUEST_KEY: reason(
    'BAD_USER_INPUT',
    () =>
      'Send a request key (8 to 100 letters, digits or dashes) so a resent check-in is never counted twice.',
    () =>
      'Envía una clave de solicitud (de 8 a 100 letras, dígitos o guiones) para que un registro reenviado nunca cuente dos veces.',
  ),
  INPUT_BOUNDARIES_RESPECTED: reason(
    'BAD_USER_INPUT',
    () => 'Say whether boundaries were respected.',
    () => 'Di si se respetaron los límites.',
  ),
  INPUT_CLOCK_TIME: reason(
    'BAD_USER_INPUT',
    () => 'Choose a time of day, like 07:30.',
    () => 'Elige una hora del día, como 07:30.',
  ),
  INPUT_EMAIL_GROUPS: reason(
    'BAD_USER_INPUT',
    () => 'Choose from the kinds of updates listed.',
    () => 'Elige entre los tipos de novedades de la lista.',
  ),
  INPUT_QUIET_HOURS: reason(
    'BAD_USER_INPUT',
    () => 'Choose both when your quiet hours start and when they end, or neither.',
    () => 'Elige cuándo empiezan y cuándo terminan tus horas de silencio, o ninguna de las dos.',
  ),
  /** A NUL or half a character: something pasted or sent that no keyboard types. */
  INPUT_UNREADABLE_CHARACTERS: reason(
    'BAD_USER_INPUT',
    () => 'Some characters in this could not be read. Please type it again.',
    () => 'Algunos caracteres no se pudieron leer. Escríbelo de nuevo.',
  ),
  INPUT_TOO_LONG: reason<{ max: number }>(
    'BAD_USER_INPUT',
    ({ max }) => `Please keep it to ${max} characters.`,
    ({ max }) => `Escríbelo en ${max} caracteres como máximo.`,
  ),
  // Messages and amends (issue 12).
  INPUT_MESSAGE: reason(
    'BAD_USER_INPUT',
    () => 'Write your message before sending it.',
    () => 'Escribe tu mensaje antes de enviarlo.',
  ),
  INPUT_MESSAGE_TO: reason(
    'BAD_USER_INPUT',
    () => 'Choose people on this plan to write to.',
    () => 'Elige a personas de este plan para escribirles.',
  ),
  INPUT_AMENDS_TEXT: reason(
    'BAD_USER_INPUT',
    () =>
      'Say it in your own words: what happened, what you take responsibility for, and what you will do differently.',
    () => 'Dilo con tus palabras: qué pasó, de qué te haces responsable y qué harás diferente.',
  ),
  INPUT_AMENDS_RECIPIENT: reason(
    'BAD_USER_INPUT',
    () => 'Choose a family member on this plan.',
    () => 'Elige a un familiar de este plan.',
  ),
  INPUT_AMENDS_REPLY: reason(
    'BAD_USER_INPUT',
    () => 'Write your reply, or leave it for now: replying is up to you.',
    () => 'Escribe tu respuesta, o déjala por ahora: responder es decisión tuya.',
  ),
  INPUT_CONCERN_WORDS: reason(
    'BAD_USER_INPUT',
    () => 'Say in a few words what happened and how it felt.',
    () => 'Cuenta en pocas palabras qué pasó y cómo te sentiste.',
  ),
  INPUT_CONCERN_FRAMING: reason(
    'BAD_USER_INPUT',
    () => 'Write how you will put the concern to the people it involves.',
    () => 'Escribe cómo vas a presentar la inquietud a las personas a las que afecta.',
  ),
  INPUT_CONCERN_COMMENT: reason(
    'BAD_USER_INPUT',
    () => 'Write something to add to the conversation.',
    () => 'Escribe algo para añadir a la conversación.',
  ),
  INPUT_CONCERN_SEVERITY: reason(
    'BAD_USER_INPUT',
    () => 'Choose how much it weighs: low, medium, high, or about your safety.',
    () => 'Elige cuánto pesa: poco, algo, mucho, o si es sobre tu seguridad.',
  ),
  INPUT_CONCERN_SUBJECT: reason(
    'BAD_USER_INPUT',
    () => 'Choose what it is about: a boundary, an expectation, a visit, or your safety.',
    () => 'Elige de qué se trata: un límite, una expectativa, una visita o tu seguridad.',
  ),
  INPUT_CONCERN_CLOSE_REASON: reason(
    'BAD_USER_INPUT',
    () => 'Choose why the concern can be closed.',
    () => 'Elige por qué se puede cerrar la inquietud.',
  ),
  INPUT_COMMITMENT_WORDS: reason(
    'BAD_USER_INPUT',
    () => 'Write what the person will do, in a few words.',
    () => 'Escribe en pocas palabras lo que hará la persona.',
  ),
  INPUT_COMMITMENTS: reason(
    'BAD_USER_INPUT',
    () => 'A repair needs one to twenty commitments.',
    () => 'Una reparación necesita de uno a veinte compromisos.',
  ),
  INPUT_COMMITMENT_OUTCOME: reason(
    'BAD_USER_INPUT',
    () => 'Choose kept or not yet.',
    () => 'Elige cumplido o todavía no.',
  ),
  INPUT_REVIEW_DAY: reason(
    'BAD_USER_INPUT',
    () => 'Choose a review day as a date (YYYY-MM-DD), or leave it out.',
    () => 'Elige un día de revisión como fecha (AAAA-MM-DD), o déjalo en blanco.',
  ),
  INPUT_CRISIS_RESOURCES: reason(
    'BAD_USER_INPUT',
    () => 'Give up to 8 lines for each language, each with a name, a kind and a number or link.',
    () =>
      'Da hasta 8 líneas para cada idioma, cada una con un nombre, un tipo y un número o enlace.',
  ),
  INPUT_CRISIS_LABEL: reason(
    'BAD_USER_INPUT',
    () => 'Give each line a name of up to 80 characters, like "Call 988".',
    () => 'Dale a cada línea un nombre de hasta 80 caracteres, como «Llamar al 988».',
  ),
  INPUT_CRISIS_KIND: reason(
    'BAD_USER_INPUT',
    () => 'Choose call, text, chat or web link.',
    () => 'Elige llamada, texto, chat o enlace web.',
  ),
  INPUT_CRISIS_PHONE: reason(
    'BAD_USER_INPUT',
    () => 'Write a phone number with digits, like 988 or 1-800-662-4357.',
    () => 'Escribe un número de teléfono con dígitos, como 988 o 1-800-662-4357.',
  ),
  INPUT_CRISIS_LINK: reason(
    'BAD_USER_INPUT',
    () => 'Write a full link that starts with https://, like https://988lifeline.org/chat/.',
    () =>
      'Escribe un enlace completo que empiece con https://, como https://988lifeline.org/es/chat/.',
  ),
  INPUT_SAFETY_PLAN_ITEMS: reason(
    'BAD_USER_INPUT',
    () => 'Each part of the plan holds up to 12 lines of up to 300 characters.',
    () => 'Cada parte del plan tiene hasta 12 líneas de hasta 300 caracteres.',
  ),
  INPUT_LAPSE_MEANING: reason(
    'BAD_USER_INPUT',
    () => 'Write, in your own words, what a hard day means for your family.',
    () => 'Escribe, con tus propias palabras, qué significa un día difícil para tu familia.',
  ),
  INPUT_LAPSE_TOLD: reason(
    'BAD_USER_INPUT',
    () => 'Choose up to twenty people to be told.',
    () => 'Elige hasta veinte personas a quienes avisar.',
  ),
  INPUT_LAPSE_TOLD_BY: reason(
    'BAD_USER_INPUT',
    () => 'Write who tells them, or leave it out.',
    () => 'Escribe quién les avisa, o déjalo en blanco.',
  ),
  INPUT_LAPSE_PAUSE_DAYS: reason<{ max: number }>(
    'BAD_USER_INPUT',
    ({ max }) => `Choose a longest pause from 1 to ${max} days.`,
    ({ max }) => `Elige una pausa máxima de 1 a ${max} días.`,
  ),
  INPUT_LAPSE_STEPS: reason<{ max: number }>(
    'BAD_USER_INPUT',
    ({ max }) => `Write one to ${max} steps back in, each in a few words.`,
    ({ max }) => `Escribe de uno a ${max} pasos de regreso, cada uno en pocas palabras.`,
  ),
  INPUT_LAPSE_DAY: reason(
    'BAD_USER_INPUT',
    () => 'Choose the day as a date (YYYY-MM-DD).',
    () => 'Elige el día como fecha (AAAA-MM-DD).',
  ),
  INPUT_LAPSE_WORDS: reason(
    'BAD_USER_INPUT',
    () => 'Write a few words, or leave them out.',
    () => 'Escribe unas palabras, o déjalas en blanco.',
  ),
  ...SUPPORT_AND_FAMILY_TRACK_INPUT_REASONS,
  ...FIRST_WEEKS_INPUT_REASONS,
  ...HOMECOMING_INPUT_REASONS,
  ...AFTERCARE_INPUT_REASONS,
};

export type InputReason = keyof typeof INPUT_REASONS;
