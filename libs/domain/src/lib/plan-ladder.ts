import type { Language } from './languages';

/** Contact types a phase may allow (DESIGN §3, Visit). */
export const CONTACT_TYPES = [
  'PHONE',
  'VIDEO',
  'LETTER',
  'ON_SITE_SUPERVISED',
  'FAMILY_SESSION',
  'DAY_PASS',
  'OVERNIGHT',
  'WEEKEND',
  'OTHER',
] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export const MILESTONE_KINDS = ['COUNT', 'EVENT', 'MANUAL'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Whose readiness a milestone shows: readiness runs both ways. */
export const MILESTONE_PARTIES = ['PATIENT', 'FAMILY'] as const;
export type MilestoneParty = (typeof MILESTONE_PARTIES)[number];

/** What a COUNT milestone counts, or what an EVENT milestone waits for. */
export const MILESTONE_MEASURES = [
  'CHECK_IN_DAYS',
  'FAMILY_SESSIONS',
  'SUPPORT_MEETINGS',
  'VISITS_WENT_WELL',
  /** Family track sessions attended and modules completed, as family members marked them. */
  'FAMILY_TRACK',
  /** Check-ins kept on the days the plan's check-in schedule makes them due (Homecoming, Aftercare). */
  'SCHEDULED_CHECK_INS',
] as const;
export type MilestoneMeasure = (typeof MILESTONE_MEASURES)[number];

export interface MilestoneTemplate {
  title: string;
  kind: MilestoneKind;
  party: MilestoneParty;
  /** For COUNT: how many within `windowDays`; for EVENT: how many times. */
  target?: number;
  windowDays?: number;
  /** What is counted (COUNT) or waited for (EVENT); MANUAL milestones have none. */
  measure?: MilestoneMeasure;
  /** For an EVENT: the kind of visit that has to go well. */
  contactType?: ContactType;
}

/**
 * What reaching a phase starts, beyond its contact types: the trial homecoming, or aftercare
 * (check-ins thin out). Known by this mark, never by the phase's name, which a program may edit.
 */
export const PHASE_STAGES = ['HOMECOMING', 'AFTERCARE'] as const;
export type PhaseStage = (typeof PHASE_STAGES)[number];

export interface PhaseTemplate {
  name: string;
  description: string;
  contactTypes: ContactType[];
  milestones: MilestoneTemplate[];
  /** At most one phase of a ladder holds each stage. */
  stage?: PhaseStage;
}

/** The default seven-phase ladder every new organization's template starts from. */
export const DEFAULT_LADDER: PhaseTemplate[] = [
  {
    name: 'Reconnect',
    description: 'Letters, phone and video calls.',
    contactTypes: ['LETTER', 'PHONE', 'VIDEO'],
    milestones: [
      {
        title: 'Daily check-ins: 25 in 30 days',
        kind: 'COUNT',
        party: 'PATIENT',
        target: 25,
        windowDays: 30,
        measure: 'CHECK_IN_DAYS',
      },
      { title: 'Expectations talked through with the counselor', kind: 'MANUAL', party: 'PATIENT' },
      // Counted from the family track: a session a family member marks attended counts here.
      {
        title: 'A family education session attended',
        kind: 'COUNT',
        party: 'FAMILY',
        target: 1,
        measure: 'FAMILY_TRACK',
      },
    ],
  },
  {
    name: 'Supervised visits',
    description: 'Visits on site with staff present; family sessions.',
    contactTypes: ['LETTER', 'PHONE', 'VIDEO', 'ON_SITE_SUPERVISED', 'FAMILY_SESSION'],
    milestones: [
      {
        title: 'Four family sessions attended',
        kind: 'COUNT',
        party: 'PATIENT',
        target: 4,
        windowDays: 60,
        measure: 'FAMILY_SESSIONS',
      },
      {
        title: 'Supervised visits that went well',
        kind: 'EVENT',
        party: 'PATIENT',
        target: 2,
        measure: 'VISITS_WENT_WELL',
        contactType: 'ON_SITE_SUPERVISED',
      },
      {
        title: 'Family sessions attended',
        kind: 'COUNT',
        party: 'FAMILY',
        target: 4,
        windowDays: 60,
        measure: 'FAMILY_SESSIONS',
      },
    ],
  },
  {
    name: 'Day passes',
    description: 'Community outings and home visits by day.',
    contactTypes: ['LETTER', 'PHONE', 'VIDEO', 'ON_SITE_SUPERVISED', 'FAMILY_SESSION', 'DAY_PASS'],
    milestones: [
      {
        title: 'Day passes that went well',
        kind: 'EVENT',
        party: 'PATIENT',
        target: 3,
        measure: 'VISITS_WENT_WELL',
        contactType: 'DAY_PASS',
      },
      { title: 'The home contract co-signed', kind: 'MANUAL', party: 'FAMILY' },
    ],
  },
  {
    name: 'Overnight',
    description: 'A first night at home.',
    contactTypes: [
      'LETTER',
      'PHONE',
      'VIDEO',
      'ON_SITE_SUPERVISED',
      'FAMILY_SESSION',
      'DAY_PASS',
      'OVERNIGHT',
    ],
    milestones: [
      {
        title: 'A first overnight that went well',
        kind: 'EVENT',
        party: 'PATIENT',
        target: 1,
        measure: 'VISITS_WENT_WELL',
        contactType: 'OVERNIGHT',
      },
      {
        title: 'A support group meeting attended (Al-Anon, Nar-Anon, SMART Family & Friends)',
        kind: 'COUNT',
        party: 'FAMILY',
        target: 2,
        windowDays: 30,
        measure: 'SUPPORT_MEETINGS',
      },
    ],
  },
  {
    name: 'Weekends',
    description: 'Repeated weekend stays.',
    contactTypes: [
      'LETTER',
      'PHONE',
      'VIDEO',
      'FAMILY_SESSION',
      'DAY_PASS',
      'OVERNIGHT',
      'WEEKEND',
    ],
    milestones: [
      {
        title: 'Weekends that went well',
        kind: 'EVENT',
        party: 'PATIENT',
        target: 3,
        measure: 'VISITS_WENT_WELL',
        contactType: 'WEEKEND',
      },
      { title: 'Lapse-response plan agreed', kind: 'MANUAL', party: 'FAMILY' },
    ],
  },
  {
    name: 'Homecoming',
    stage: 'HOMECOMING',
    description: 'The move home, with a transition check-in schedule.',
    contactTypes: ['PHONE', 'VIDEO', 'FAMILY_SESSION', 'DAY_PASS', 'OVERNIGHT', 'WEEKEND', 'OTHER'],
    milestones: [
      // Counted against the transition schedule (daily for two weeks, then three times a week).
      {
        title: 'Check-ins kept on the schedule: 18 in 30 days',
        kind: 'COUNT',
        party: 'PATIENT',
        target: 18,
        windowDays: 30,
        measure: 'SCHEDULED_CHECK_INS',
      },
      {
        title: 'A family session after the move',
        kind: 'COUNT',
        party: 'FAMILY',
        target: 1,
        windowDays: 30,
        measure: 'FAMILY_SESSIONS',
      },
    ],
  },
  {
    name: 'Aftercare',
    stage: 'AFTERCARE',
    description: 'Continuing care; check-ins thin out.',
    contactTypes: ['PHONE', 'VIDEO', 'FAMILY_SESSION', 'DAY_PASS', 'OVERNIGHT', 'WEEKEND', 'OTHER'],
    milestones: [
      // Counted against the thinning schedule the counselor sets with the patient.
      {
        title: 'Check-ins kept on the schedule: 8 in 90 days',
        kind: 'COUNT',
        party: 'PATIENT',
        target: 8,
        windowDays: 90,
        measure: 'SCHEDULED_CHECK_INS',
      },
    ],
  },
];

/** Whether a phase's contact types include staying overnight at home (the home contract must be signed first). */
export function allowsOvernight(contactTypes: readonly ContactType[]): boolean {
  return contactTypes.includes('OVERNIGHT') || contactTypes.includes('WEEKEND');
}

/**
 * The default ladder's words in Spanish, keyed by the English text they translate. Stored
 * templates and plans keep the English text; it is shown in the reader's language at read time,
 * and only while it is still the default: a program's own wording stays as they wrote it.
 */
const DEFAULT_LADDER_ES: Record<string, string> = {
  Reconnect: 'Reencuentro',
  'Letters, phone and video calls.': 'Cartas, llamadas telefónicas y videollamadas.',
  'Daily check-ins: 25 in 30 days': 'Registros diarios: 25 en 30 días',
  'Expectations talked through with the counselor': 'Expectativas conversadas con el consejero',
  'A family education session attended': 'Asistencia a una sesión de educación familiar',
  'Supervised visits': 'Visitas supervisadas',
  'Visits on site with staff present; family sessions.':
    'Visitas en el centro con personal presente; sesiones familiares.',
  'Four family sessions attended': 'Asistencia a cuatro sesiones familiares',
  'Supervised visits that went well': 'Visitas supervisadas que salieron bien',
  'Family sessions attended': 'Asistencia a sesiones familiares',
  'Day passes': 'Salidas de día',
  'Community outings and home visits by day.':
    'Salidas a la comunidad y visitas a casa durante el día.',
  'Day passes that went well': 'Salidas de día que salieron bien',
  'The home contract co-signed': 'El contrato del hogar, firmado en conjunto',
  Overnight: 'Noches en casa',
  'A first night at home.': 'Una primera noche en casa.',
  'A first overnight that went well': 'Una primera noche en casa que salió bien',
  'A support group meeting attended (Al-Anon, Nar-Anon, SMART Family & Friends)':
    'Asistencia a una reunión de un grupo de apoyo (Al-Anon, Nar-Anon, SMART Family & Friends)',
  Weekends: 'Fines de semana en casa',
  'Repeated weekend stays.': 'Varias estancias de fin de semana en casa.',
  'Weekends that went well': 'Fines de semana que salieron bien',
  'Lapse-response plan agreed': 'Plan acordado para responder si hay un tropiezo',
  Homecoming: 'Regreso a casa',
  'The move home, with a transition check-in schedule.':
    'La mudanza a casa, con un calendario de registros diarios para la transición.',
  'Daily check-ins: 50 in 60 days': 'Registros diarios: 50 en 60 días',
  'A family session after the move': 'Una sesión familiar después de la mudanza',
  Aftercare: 'Cuidado continuo',
  'Continuing care; check-ins thin out.':
    'Atención continua; los registros diarios se van espaciando.',
  'Weekly check-ins: 12 in 90 days': 'Registros semanales: 12 en 90 días',
  'Check-ins kept on the schedule: 18 in 30 days':
    'Registros hechos según el calendario: 18 en 30 días',
  'Check-ins kept on the schedule: 8 in 90 days':
    'Registros hechos según el calendario: 8 en 90 días',
};

const LADDER_WORDS: Record<Language, Record<string, string>> = { EN: {}, ES: DEFAULT_LADDER_ES };

/** The English default a text in any language stands for (a Spanish default reads back as its English). */
const DEFAULT_LADDER_EN: Record<string, string> = Object.fromEntries(
  Object.entries(DEFAULT_LADDER_ES).map(([en, es]) => [es, en]),
);

/**
 * A ladder text (phase name, description, milestone title) in the reader's language: a default
 * text reads in their language; anything a program wrote itself stays as written.
 */
export function ladderText(text: string, language: Language): string {
  return Object.prototype.hasOwnProperty.call(LADDER_WORDS[language], text)
    ? LADDER_WORDS[language][text]
    : text;
}

/**
 * The text to keep when a template is saved: a default read in another language and saved
 * unchanged is kept as the English default, so it keeps following each reader's language.
 */
export function ladderTextToKeep(text: string): string {
  return Object.prototype.hasOwnProperty.call(DEFAULT_LADDER_EN, text)
    ? DEFAULT_LADDER_EN[text]
    : text;
}

/** A template's phases in the reader's language (only the default texts change). */
export function ladderIn<P extends PhaseTemplate>(phases: P[], language: Language): P[] {
  return phases.map((phase) => ({
    ...phase,
    name: ladderText(phase.name, language),
    description: ladderText(phase.description, language),
    milestones: phase.milestones.map((m) => ({ ...m, title: ladderText(m.title, language) })),
  }));
}
