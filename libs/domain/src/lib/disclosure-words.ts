import type { Language } from './languages';

/** The kinds of record a family member can be shown under consent; each disclosure row names them. */
export const SHARED_RECORD_KINDS = [
  'PHASE',
  'PLAN_EVENT',
  'CHECK_IN',
  'COMMITMENTS',
  'VISIT_REFLECTION',
  'SAFETY_PLAN_VERSION',
  'SUPPORT_PERSON',
  'HARD_DAY',
] as const;
export type SharedRecordKind = (typeof SHARED_RECORD_KINDS)[number];

/** A record a disclosure showed: its kind, id, and the day it is about (YYYY-MM-DD, or null). */
export interface DisclosedRecordRef {
  kind: SharedRecordKind;
  id: string;
  on: string | null;
}

const LOCALE: Record<Language, string> = { EN: 'en-US', ES: 'es' };

function dayParts(day: string, language: Language): { month: string; day: number } {
  const date = new Date(`${day}T12:00:00Z`);
  const month = new Intl.DateTimeFormat(LOCALE[language], { month: 'short', timeZone: 'UTC' })
    .format(date)
    .replace('.', '');
  return { month, day: date.getUTCDate() };
}

/** One day as a person reads it: "Nov 28" / "28 nov". */
export function shortDay(day: string, language: Language): string {
  const p = dayParts(day, language);
  return language === 'ES' ? `${p.day} ${p.month}` : `${p.month} ${p.day}`;
}

/** The days from first to last: "Dec 1–3", "Nov 30 – Dec 2" / "1–3 dic", "30 nov – 2 dic". */
export function dayRange(days: readonly string[], language: Language): string {
  const sorted = [...days].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === last) return shortDay(first, language);
  const a = dayParts(first, language);
  const b = dayParts(last, language);
  if (a.month === b.month && first.slice(0, 4) === last.slice(0, 4))
    return language === 'ES' ? `${a.day}–${b.day} ${a.month}` : `${a.month} ${a.day}–${b.day}`;
  return `${shortDay(first, language)} – ${shortDay(last, language)}`;
}

function list(items: string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'ES' ? 'y' : 'and'} ${items.at(-1)}`;
}

function daysOf(records: DisclosedRecordRef[]): string[] {
  return records.map((r) => r.on).filter((d): d is string => d !== null);
}

/** What one kind of record shown reads as, after "Maria saw …". */
function part(kind: SharedRecordKind, records: DisclosedRecordRef[], language: Language): string {
  const es = language === 'ES';
  const days = daysOf(records);
  const when = days.length ? ` (${dayRange(days, language)})` : '';
  const n = records.length;
  switch (kind) {
    case 'PHASE':
      return es ? 'en qué fase de tu plan estás' : 'where you are on your plan';
    case 'PLAN_EVENT':
      return es
        ? `${n} ${n === 1 ? 'cambio' : 'cambios'} en la historia de tu plan${when}`
        : `${n} ${n === 1 ? 'change' : 'changes'} in your plan's history${when}`;
    case 'CHECK_IN':
      return es
        ? `${n} ${n === 1 ? 'registro diario' : 'registros diarios'}${when}`
        : `${n} ${n === 1 ? 'check-in' : 'check-ins'}${when}`;
    case 'COMMITMENTS':
      return es
        ? 'cuántos de tus compromisos cumpliste (últimos 30 y 90 días)'
        : 'how many of your commitments you kept (the last 30 and 90 days)';
    case 'VISIT_REFLECTION': {
      const visits = list(
        [...new Set(days)].sort().map((d) => shortDay(d, language)),
        language,
      );
      if (es)
        return n === 1
          ? `tu reflexión sobre la visita del ${visits}`
          : `tus reflexiones sobre las visitas del ${visits}`;
      return n === 1
        ? `your reflection on the visit of ${visits}`
        : `your reflections on the visits of ${visits}`;
    }
    case 'SAFETY_PLAN_VERSION':
      return es
        ? `tu plan de seguridad tal como lo guardaste el ${days.map((d) => shortDay(d, language)).join(', ')}`
        : `your safety plan as you saved it on ${days.map((d) => shortDay(d, language)).join(', ')}`;
    case 'HARD_DAY':
      return es
        ? `${n === 1 ? 'un día difícil' : `${n} días difíciles`} y lo que se acordó para él${when}`
        : `${n === 1 ? 'a hard day' : `${n} hard days`} and what was agreed for it${when}`;
    case 'SUPPORT_PERSON':
      return es
        ? `tu red de apoyo (${n} ${n === 1 ? 'persona' : 'personas'})`
        : `your support network (${n} ${n === 1 ? 'person' : 'people'})`;
  }
}

/**
 * What a disclosure showed, in words: "Maria saw 3 check-ins (Dec 1–3)", "Maria saw your
 * reflection on the visit of Nov 28". Null for a row written before its records were named.
 */
export function disclosureWords(
  recipientName: string,
  records: readonly DisclosedRecordRef[] | null,
  language: Language,
): string | null {
  if (records === null) return null;
  const name = recipientName.split(' ')[0];
  const es = language === 'ES';
  if (records.length === 0)
    return es
      ? `${name} abrió la página de tu plan; no vio nada tuyo en concreto`
      : `${name} opened your plan's page; nothing of yours in particular was shown`;
  const parts = SHARED_RECORD_KINDS.filter((k) => records.some((r) => r.kind === k)).map((k) =>
    part(
      k,
      records.filter((r) => r.kind === k),
      language,
    ),
  );
  return `${name} ${es ? 'vio' : 'saw'} ${list(parts, language)}`;
}
