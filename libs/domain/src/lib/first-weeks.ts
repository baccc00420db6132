import type { Language } from './languages';

/**
 * "The first weeks at home, prepared" (issue 15, DESIGN principle 8): before Homecoming each
 * member writes what they hope the first weeks at home will be like, topic by topic, and the
 * counselor writes a suggestion per topic, so a cautious welcome is expected, not a rebuke.
 */
export const FIRST_WEEKS_TOPICS = [
  'ROUTINES',
  'MONEY',
  'TIME_TOGETHER',
  'PRIVACY',
  'CELEBRATIONS',
] as const;
export type FirstWeeksTopic = (typeof FIRST_WEEKS_TOPICS)[number];

/** The longest hope or suggestion, in characters (a few sentences, not a letter). */
export const MAX_FIRST_WEEKS_WORDS = 1000;

/** Each topic's name and the question it asks, in every language. */
export const FIRST_WEEKS_TOPIC_WORDS: Record<
  FirstWeeksTopic,
  Record<Language, { title: string; prompt: string }>
> = {
  ROUTINES: {
    EN: {
      title: 'Routines',
      prompt: 'Mornings, evenings, chores, meals: how do you picture a day?',
    },
    ES: {
      title: 'Rutinas',
      prompt: 'Mañanas, noches, tareas, comidas: ¿cómo te imaginas un día?',
    },
  },
  MONEY: {
    EN: { title: 'Money', prompt: 'Bills, spending, work: what would feel fair to you?' },
    ES: { title: 'Dinero', prompt: 'Cuentas, gastos, trabajo: ¿qué te parecería justo?' },
  },
  TIME_TOGETHER: {
    EN: { title: 'Time together', prompt: 'How much time together, and doing what?' },
    ES: { title: 'Tiempo juntos', prompt: '¿Cuánto tiempo juntos, y haciendo qué?' },
  },
  PRIVACY: {
    EN: { title: 'Privacy', prompt: 'Time and space of your own: what do you need?' },
    ES: { title: 'Privacidad', prompt: 'Tiempo y espacio propios: ¿qué necesitas?' },
  },
  CELEBRATIONS: {
    EN: {
      title: 'Celebrations',
      prompt: 'Welcoming home, visitors, family days: what do you hope for?',
    },
    ES: {
      title: 'Celebraciones',
      prompt: 'La bienvenida, las visitas, los días en familia: ¿qué esperas?',
    },
  },
};

export function isFirstWeeksTopic(value: unknown): value is FirstWeeksTopic {
  return typeof value === 'string' && (FIRST_WEEKS_TOPICS as readonly string[]).includes(value);
}

/** One written version of a member's hope on a topic. */
export interface FirstWeeksHopeVersion {
  authorMemberId: string;
  topic: FirstWeeksTopic;
  version: number;
  /** Empty when the person chose to leave the topic empty again. */
  words: string;
  partyMemberIds: readonly string[];
}

/** Each author's newest version per topic (versions in any order); empty ones left out. */
export function currentHopes<H extends FirstWeeksHopeVersion>(versions: readonly H[]): H[] {
  const newest = new Map<string, H>();
  for (const v of versions) {
    const key = `${v.authorMemberId}:${v.topic}`;
    const seen = newest.get(key);
    if (!seen || seen.version < v.version) newest.set(key, v);
  }
  return [...newest.values()].filter((v) => v.words.trim().length > 0);
}

/**
 * Who reads a hope: its author, staff, and the people its author named as party to it. A member
 * never reads a hope they are not party to.
 */
export function hopeVisibleTo(
  hope: Pick<FirstWeeksHopeVersion, 'authorMemberId' | 'partyMemberIds'>,
  viewer: { memberId: string | null; isStaff: boolean },
): boolean {
  if (viewer.isStaff) return true;
  if (viewer.memberId === null) return false;
  return hope.authorMemberId === viewer.memberId || hope.partyMemberIds.includes(viewer.memberId);
}

export interface FirstWeeksGapTopic<H> {
  topic: FirstWeeksTopic;
  /** The viewer's own current hope (null for staff, or when they left it empty). */
  mine: H | null;
  /** The others' current hopes the viewer may read (staff: everyone's). */
  others: H[];
}

/** Topic by topic: the viewer's hope beside the others' they are party to (the gap view). */
export function firstWeeksGap<H extends FirstWeeksHopeVersion>(
  versions: readonly H[],
  viewer: { memberId: string | null; isStaff: boolean },
): FirstWeeksGapTopic<H>[] {
  const current = currentHopes(versions).filter((h) => hopeVisibleTo(h, viewer));
  return FIRST_WEEKS_TOPICS.map((topic) => {
    const onTopic = current.filter((h) => h.topic === topic);
    const mine =
      viewer.memberId === null
        ? null
        : (onTopic.find((h) => h.authorMemberId === viewer.memberId) ?? null);
    return { topic, mine, others: onTopic.filter((h) => h !== mine) };
  });
}
