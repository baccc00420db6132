/**
 * The support network (DESIGN §3): the people around the patient beyond the plan, each marked
 * safe, conditional (with the condition in words) or someone to keep distance from. Contact
 * details are the patient's own: no family member ever reads them, whatever is shared.
 */
export const SUPPORT_PERSON_KINDS = [
  'COUNSELOR',
  'SPONSOR',
  'PEER',
  'FRIEND',
  'RELATIVE',
  'OTHER',
] as const;
export type SupportPersonKind = (typeof SUPPORT_PERSON_KINDS)[number];

/** Closest ring first: the picture draws them from the centre out. */
export const SUPPORT_MARKS = ['SAFE', 'CONDITIONAL', 'KEEP_DISTANCE'] as const;
export type SupportMark = (typeof SUPPORT_MARKS)[number];

/** What a family track item is. */
export const FAMILY_TRACK_KINDS = ['EDUCATION_SESSION', 'PEER_GROUP', 'SKILL_MODULE'] as const;
export type FamilyTrackKind = (typeof FAMILY_TRACK_KINDS)[number];

/** A family member attended a session or group, or completed a module. */
export const FAMILY_TRACK_MARKS = ['ATTENDED', 'COMPLETED'] as const;
export type FamilyTrackMark = (typeof FAMILY_TRACK_MARKS)[number];

export interface FamilyTrackSuggestion {
  kind: FamilyTrackKind;
  title: string;
  titleEs: string;
  summary: string;
  summaryEs: string;
  link: string;
}

/** The peer groups an admin is offered to start from; the program adds its own beside them. */
export const FAMILY_TRACK_SUGGESTIONS: readonly FamilyTrackSuggestion[] = [
  {
    kind: 'PEER_GROUP',
    title: 'Al-Anon',
    titleEs: 'Al-Anon',
    summary: 'Meetings for people whose lives are affected by someone else’s drinking.',
    summaryEs:
      'Reuniones para personas cuya vida se ve afectada por el consumo de alcohol de otra.',
    link: 'https://al-anon.org',
  },
  {
    kind: 'PEER_GROUP',
    title: 'Nar-Anon',
    titleEs: 'Nar-Anon',
    summary: 'Meetings for families and friends of someone who uses drugs.',
    summaryEs: 'Reuniones para familiares y amistades de alguien que consume drogas.',
    link: 'https://www.nar-anon.org',
  },
  {
    kind: 'PEER_GROUP',
    title: 'SMART Recovery Family & Friends',
    titleEs: 'SMART Recovery Familia y Amigos',
    summary: 'Science-based meetings and tools for the people who care.',
    summaryEs: 'Reuniones y herramientas basadas en la ciencia para quienes acompañan.',
    link: 'https://smartrecovery.org/family',
  },
  {
    kind: 'SKILL_MODULE',
    title: 'CRAFT: positive communication',
    titleEs: 'CRAFT: comunicación positiva',
    summary: 'Saying what you need in a way that can be heard.',
    summaryEs: 'Decir lo que necesitas de una forma que se pueda escuchar.',
    link: 'https://robertjmeyersphd.com/craft.html',
  },
];

/** A title or text in the reader's language: the Spanish one when written, else the English. */
export function inLanguage(english: string, spanish: string | null, language: string): string {
  return language === 'ES' && spanish ? spanish : english;
}
