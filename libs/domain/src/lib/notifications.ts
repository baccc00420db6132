import { Language } from './languages';
import { Role, homeAreaFor } from './roles';

/**
 * What a person can be told (DESIGN §3 Notification). The words are discreet everywhere, in the
 * app as on a lock screen: they say what kind of thing waits, never whose, never what it is
 * about; the link opens the page where the person reads it within what they may see.
 */
export const NOTIFICATION_KINDS = [
  'ANSWER_EXPECTATION',
  'REVIEW_EXPECTATION',
  'ACKNOWLEDGE_BOUNDARY',
  'SIGN_CONTRACT',
  'CONFIRM_VISIT',
  'ANSWER_PHASE_PROPOSAL',
  'VISIT_APPROVED',
  'VISIT_CHANGED',
  'VISIT_CANCELLED',
  'VISIT_TOMORROW',
  'CHECK_IN_REMINDER',
  'CHECK_IN_SHARED',
  'STAFF_QUIET',
  'STAFF_HIGH_CRAVING',
  'STAFF_HARD_VISIT',
  'STAFF_PAUSE_ASKED',
  'MESSAGE_NEW',
  'AMENDS_OFFERED',
  'STAFF_AMENDS_TO_REVIEW',
  'STAFF_CONCERN',
  'STAFF_CONCERN_SAFETY',
  'CONCERN_TO_READ',
  'REPAIR_TO_ACCEPT',
  'SAFETY_PLAN_SHARED',
  'SAFETY_PLAN_REVIEW',
  'STAFF_SAFETY_PLAN_REVIEW',
  'LAPSE_PLAN_TO_ACCEPT',
  'LAPSE_PLAN_FOLLOWED',
  'STAFF_SOMETHING_HAPPENED',
  'STAFF_PAUSE_LIMIT',
  'FIRST_WEEKS_HOPE',
  'FIRST_WEEKS_SUGGESTION',
  'TRIAL_TO_SIGN',
  'TRIAL_REVIEWED',
  'STAFF_TRIAL_REVIEW_DUE',
  'CLOSING_SUMMARY',
  'CHECK_IN_SCHEDULE_SET',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a person chooses to receive by email, in groups they can understand. */
export const EMAIL_GROUPS = ['WAITING', 'VISITS', 'REMINDERS', 'SHARED', 'CASELOAD'] as const;
export type EmailGroup = (typeof EMAIL_GROUPS)[number];

export const GROUP_OF: Record<NotificationKind, EmailGroup> = {
  ANSWER_EXPECTATION: 'WAITING',
  REVIEW_EXPECTATION: 'WAITING',
  ACKNOWLEDGE_BOUNDARY: 'WAITING',
  SIGN_CONTRACT: 'WAITING',
  CONFIRM_VISIT: 'WAITING',
  ANSWER_PHASE_PROPOSAL: 'WAITING',
  VISIT_APPROVED: 'VISITS',
  VISIT_CHANGED: 'VISITS',
  VISIT_CANCELLED: 'VISITS',
  VISIT_TOMORROW: 'REMINDERS',
  CHECK_IN_REMINDER: 'REMINDERS',
  CHECK_IN_SHARED: 'SHARED',
  STAFF_QUIET: 'CASELOAD',
  STAFF_HIGH_CRAVING: 'CASELOAD',
  STAFF_HARD_VISIT: 'CASELOAD',
  STAFF_PAUSE_ASKED: 'CASELOAD',
  MESSAGE_NEW: 'WAITING',
  AMENDS_OFFERED: 'WAITING',
  STAFF_AMENDS_TO_REVIEW: 'CASELOAD',
  STAFF_CONCERN: 'CASELOAD',
  STAFF_CONCERN_SAFETY: 'CASELOAD',
  CONCERN_TO_READ: 'WAITING',
  REPAIR_TO_ACCEPT: 'WAITING',
  SAFETY_PLAN_SHARED: 'SHARED',
  SAFETY_PLAN_REVIEW: 'REMINDERS',
  STAFF_SAFETY_PLAN_REVIEW: 'CASELOAD',
  LAPSE_PLAN_TO_ACCEPT: 'WAITING',
  LAPSE_PLAN_FOLLOWED: 'WAITING',
  STAFF_SOMETHING_HAPPENED: 'CASELOAD',
  STAFF_PAUSE_LIMIT: 'CASELOAD',
  // Words shared with someone, not something waiting on them: in the app, mailed only by choice.
  FIRST_WEEKS_HOPE: 'SHARED',
  FIRST_WEEKS_SUGGESTION: 'SHARED',
  TRIAL_TO_SIGN: 'WAITING',
  TRIAL_REVIEWED: 'WAITING',
  STAFF_TRIAL_REVIEW_DUE: 'CASELOAD',
  // Its mail goes to everyone whatever they chose (see ClosingMail): this group is the in-app one.
  CLOSING_SUMMARY: 'WAITING',
  CHECK_IN_SCHEDULE_SET: 'REMINDERS',
};

/** Reaches staff at once by email whatever their choices: someone may not be safe. */
export const URGENT_KINDS: readonly NotificationKind[] = ['STAFF_CONCERN_SAFETY'];

/** By email unless the person says otherwise: what waits, visits and reminders; shared updates stay in the app. */
export const DEFAULT_EMAIL_GROUPS: readonly EmailGroup[] = [
  'WAITING',
  'VISITS',
  'REMINDERS',
  'CASELOAD',
];

/** The groups that can reach a role at all (the settings page offers only these). */
export function emailGroupsFor(role: Role): readonly EmailGroup[] {
  if (role === 'ADMIN' || role === 'COUNSELOR') return ['CASELOAD'];
  if (role === 'PATIENT') return ['WAITING', 'VISITS', 'REMINDERS'];
  return ['WAITING', 'VISITS', 'REMINDERS', 'SHARED'];
}

/** Which page of the person's own experience a notification opens. */
export type NotificationPlace =
  | 'agreement'
  | 'visits'
  | 'record'
  | 'home'
  | 'messages'
  | 'amends'
  | 'concerns'
  | 'safety-plan'
  | 'lapse'
  | 'first-weeks'
  | 'homecoming'
  | 'closing-summary';

export const PLACE_OF: Record<NotificationKind, NotificationPlace> = {
  ANSWER_EXPECTATION: 'agreement',
  REVIEW_EXPECTATION: 'agreement',
  ACKNOWLEDGE_BOUNDARY: 'agreement',
  SIGN_CONTRACT: 'agreement',
  CONFIRM_VISIT: 'visits',
  ANSWER_PHASE_PROPOSAL: 'home',
  VISIT_APPROVED: 'visits',
  VISIT_CHANGED: 'visits',
  VISIT_CANCELLED: 'visits',
  VISIT_TOMORROW: 'visits',
  CHECK_IN_REMINDER: 'home',
  CHECK_IN_SHARED: 'record',
  STAFF_QUIET: 'record',
  STAFF_HIGH_CRAVING: 'record',
  STAFF_HARD_VISIT: 'record',
  STAFF_PAUSE_ASKED: 'home',
  MESSAGE_NEW: 'messages',
  AMENDS_OFFERED: 'amends',
  STAFF_AMENDS_TO_REVIEW: 'amends',
  STAFF_CONCERN: 'concerns',
  STAFF_CONCERN_SAFETY: 'concerns',
  CONCERN_TO_READ: 'concerns',
  REPAIR_TO_ACCEPT: 'concerns',
  SAFETY_PLAN_SHARED: 'safety-plan',
  SAFETY_PLAN_REVIEW: 'safety-plan',
  STAFF_SAFETY_PLAN_REVIEW: 'safety-plan',
  LAPSE_PLAN_TO_ACCEPT: 'lapse',
  LAPSE_PLAN_FOLLOWED: 'lapse',
  STAFF_SOMETHING_HAPPENED: 'lapse',
  STAFF_PAUSE_LIMIT: 'lapse',
  FIRST_WEEKS_HOPE: 'first-weeks',
  FIRST_WEEKS_SUGGESTION: 'first-weeks',
  TRIAL_TO_SIGN: 'homecoming',
  TRIAL_REVIEWED: 'homecoming',
  STAFF_TRIAL_REVIEW_DUE: 'homecoming',
  CLOSING_SUMMARY: 'closing-summary',
  CHECK_IN_SCHEDULE_SET: 'home',
};

/** The app path a notification opens for a person of this role (the web's routes). */
export function notificationPath(
  role: Role,
  kind: NotificationKind,
  planId: string | null,
): string {
  const place = PLACE_OF[kind];
  const area = homeAreaFor(role);
  if (!planId) return `/${area}`;
  if (place === 'closing-summary')
    return area === 'staff'
      ? `/staff/plans/${planId}/closing-summary`
      : `/${area}/closing-summary/${planId}`;
  if (area === 'staff') {
    if (place === 'agreement') return `/staff/plans/${planId}/agreement`;
    if (place === 'record') return `/staff/plans/${planId}/record`;
    if (place === 'messages' || place === 'amends') return `/staff/plans/${planId}/${place}`;
    if (place === 'concerns') return `/staff/plans/${planId}/concerns`;
    if (place === 'safety-plan') return `/staff/plans/${planId}/safety-plan`;
    if (place === 'lapse') return `/staff/plans/${planId}/lapse-plan`;
    if (place === 'first-weeks') return `/staff/plans/${planId}/first-weeks`;
    if (place === 'homecoming') return `/staff/plans/${planId}/homecoming`;
    return `/staff/plans/${planId}`;
  }
  if (area === 'patient' && place === 'lapse') return '/patient/lapse-plan';
  if (area === 'patient' && place === 'homecoming') return '/patient/homecoming';
  if (place === 'homecoming') return `/family/homecoming/${planId}`;
  if (area === 'patient') return place === 'home' ? '/patient' : `/patient/${place}`;
  if (place === 'lapse') return `/family/lapse-plan/${planId}`;
  if (place === 'concerns') return `/family/concerns/${planId}`;
  return place === 'home' ? '/family' : `/family/${place}/${planId}`;
}

const TITLES: Record<NotificationKind, Record<Language, string>> = {
  ANSWER_EXPECTATION: {
    EN: 'An expectation is waiting for your answer',
    ES: 'Una expectativa espera tu respuesta',
  },
  REVIEW_EXPECTATION: {
    EN: 'An expectation is due for a review with you',
    ES: 'Toca revisar contigo una expectativa',
  },
  ACKNOWLEDGE_BOUNDARY: {
    EN: 'A boundary is waiting for you to read it',
    ES: 'Un límite espera que lo leas',
  },
  SIGN_CONTRACT: {
    EN: 'Your agreement is ready for your signature',
    ES: 'Tu acuerdo está listo para que lo firmes',
  },
  CONFIRM_VISIT: {
    EN: 'A visit is waiting for your yes or "not this time"',
    ES: 'Una visita espera tu sí o tu "esta vez no"',
  },
  ANSWER_PHASE_PROPOSAL: {
    EN: 'A next step is waiting for your answer',
    ES: 'Un siguiente paso espera tu respuesta',
  },
  VISIT_APPROVED: { EN: 'A visit is confirmed', ES: 'Una visita está confirmada' },
  VISIT_CHANGED: { EN: 'A visit has changed', ES: 'Una visita ha cambiado' },
  VISIT_CANCELLED: {
    EN: 'A visit will not take place',
    ES: 'Una visita no se realizará',
  },
  VISIT_TOMORROW: {
    EN: 'A reminder: you have a visit coming up',
    ES: 'Un recordatorio: tienes una visita próxima',
  },
  CHECK_IN_REMINDER: {
    EN: 'A reminder for your daily check-in',
    ES: 'Un recordatorio para tu registro diario',
  },
  CHECK_IN_SHARED: {
    EN: 'A new check-in is shared with you',
    ES: 'Se compartió contigo un nuevo registro',
  },
  STAFF_QUIET: {
    EN: 'Someone on your caseload has been quiet for 3 check-ins',
    ES: 'Alguien de tus casos no ha hecho sus últimos 3 registros',
  },
  STAFF_HIGH_CRAVING: {
    EN: 'A check-in on your caseload may need your attention',
    ES: 'Un registro de tus casos puede necesitar tu atención',
  },
  STAFF_HARD_VISIT: {
    EN: 'A visit on your caseload was hard',
    ES: 'Una visita de tus casos fue difícil',
  },
  STAFF_PAUSE_ASKED: {
    EN: 'Someone on your caseload asked for a pause',
    ES: 'Alguien de tus casos pidió una pausa',
  },
  MESSAGE_NEW: {
    EN: 'You have a new message in Homeward',
    ES: 'Tienes un mensaje nuevo en Homeward',
  },
  AMENDS_OFFERED: {
    EN: 'Something is waiting for you in Homeward, whenever you are ready',
    ES: 'Algo te espera en Homeward, cuando estés listo o lista',
  },
  STAFF_AMENDS_TO_REVIEW: {
    EN: 'Something on your caseload is ready to review together',
    ES: 'Algo de tus casos está listo para revisarlo juntos',
  },
  STAFF_CONCERN: {
    EN: 'Someone on your caseload raised something to look at',
    ES: 'Alguien de tus casos planteó algo para revisar',
  },
  STAFF_CONCERN_SAFETY: {
    EN: 'Someone on your caseload may need you now',
    ES: 'Alguien de tus casos puede necesitarte ahora',
  },
  CONCERN_TO_READ: {
    EN: 'There is something to talk through with you',
    ES: 'Hay algo que hablar contigo',
  },
  REPAIR_TO_ACCEPT: {
    EN: 'An agreement is waiting for your answer',
    ES: 'Un acuerdo espera tu respuesta',
  },
  // Discreet: a "plan" shared with you, never what it is about.
  SAFETY_PLAN_SHARED: {
    EN: 'Something was shared with you in Homeward',
    ES: 'Se compartió algo contigo en Homeward',
  },
  SAFETY_PLAN_REVIEW: {
    EN: 'A reminder: a plan of yours is due for a look',
    ES: 'Un recordatorio: toca revisar un plan tuyo',
  },
  STAFF_SAFETY_PLAN_REVIEW: {
    EN: 'A plan on your caseload is due for a review',
    ES: 'Toca revisar un plan de tus casos',
  },
  LAPSE_PLAN_TO_ACCEPT: {
    EN: 'A plan is waiting for your answer',
    ES: 'Un plan espera tu respuesta',
  },
  LAPSE_PLAN_FOLLOWED: {
    EN: 'A plan you agreed to has an update for you',
    ES: 'Un plan que acordaste tiene una novedad para ti',
  },
  STAFF_SOMETHING_HAPPENED: {
    EN: 'Someone on your caseload may want to talk',
    ES: 'Alguien de tus casos puede querer hablar',
  },
  STAFF_PAUSE_LIMIT: {
    EN: 'A pause on your caseload has reached its agreed length',
    ES: 'Una pausa de tus casos llegó al plazo acordado',
  },
  // Discreet: someone wrote something for you, never what about or who.
  FIRST_WEEKS_HOPE: {
    EN: 'Someone shared a few words with you in Homeward',
    ES: 'Alguien compartió unas palabras contigo en Homeward',
  },
  FIRST_WEEKS_SUGGESTION: {
    EN: 'There is a new suggestion for you in Homeward',
    ES: 'Hay una nueva sugerencia para ti en Homeward',
  },
  // Discreet: "a few lines" to sign and "an update", never what they are about.
  TRIAL_TO_SIGN: {
    EN: 'A few lines are waiting for your signature',
    ES: 'Unas líneas esperan tu firma',
  },
  TRIAL_REVIEWED: {
    EN: 'Something new on your plan',
    ES: 'Hay algo nuevo en tu plan',
  },
  STAFF_TRIAL_REVIEW_DUE: {
    EN: 'A review on your caseload is due today',
    ES: 'Hoy toca una revisión de tus casos',
  },
  // Discreet: never that a plan ended, nor whose.
  CLOSING_SUMMARY: { EN: 'A note for you', ES: 'Una nota para ti' },
  CHECK_IN_SCHEDULE_SET: {
    EN: 'Your check-in days have changed',
    ES: 'Cambiaron tus días de registro',
  },
};

/** The closing summary's own mail: to everyone on the plan, in discreet words. */
export const CLOSING_MAIL_WORDS: Record<
  Language,
  { subject: string; preview: string; intro: string; open: string }
> = {
  EN: {
    subject: 'A note for you',
    preview: 'Sign in to Homeward to read it.',
    intro:
      'Someone wrote a few words for you and gathered what you built together. It is waiting for you in Homeward.',
    open: 'Read it in Homeward',
  },
  ES: {
    subject: 'Una nota para ti',
    preview: 'Inicia sesión en Homeward para leerla.',
    intro:
      'Alguien te escribió unas palabras y reunió lo que construyeron juntos. Te espera en Homeward.',
    open: 'Leerla en Homeward',
  },
};

export function notificationTitle(kind: NotificationKind, language: Language): string {
  return TITLES[kind][language];
}

/** The mail's words: the subject and preview say only that there is something in Homeward. */
export const MAIL_WORDS: Record<
  Language,
  {
    subject: string;
    preview: string;
    intro: (count: number) => string;
    open: string;
  }
> = {
  EN: {
    subject: 'You have an update in Homeward',
    preview: 'Sign in to Homeward to see it.',
    intro: (count) =>
      count === 1
        ? 'There is something new for you in Homeward:'
        : `There are ${count} new things for you in Homeward:`,
    open: 'Open Homeward',
  },
  ES: {
    subject: 'Tienes una novedad en Homeward',
    preview: 'Inicia sesión en Homeward para verla.',
    intro: (count) =>
      count === 1
        ? 'Hay algo nuevo para ti en Homeward:'
        : `Hay ${count} novedades para ti en Homeward:`,
    open: 'Abrir Homeward',
  },
};
