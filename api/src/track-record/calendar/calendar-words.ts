import { ContactType, Language } from '@homeward/domain';

/** Neutral titles, in the feed owner's language: nothing in a shared phone calendar says treatment. */
const WORDS: Record<
  Language,
  { calendar: string; call: string; visit: string; toBeConfirmed: string }
> = {
  EN: {
    calendar: 'Family',
    call: 'Family call',
    visit: 'Family visit',
    toBeConfirmed: ' (to be confirmed)',
  },
  ES: {
    calendar: 'Familia',
    call: 'Llamada familiar',
    visit: 'Visita familiar',
    toBeConfirmed: ' (por confirmar)',
  },
};
const CALLS: readonly ContactType[] = ['PHONE', 'VIDEO'];

/** The words for a language this feed was not written in yet fall back to English. */
const wordsFor = (language: Language) => WORDS[language] ?? WORDS.EN;

/** The calendar's own name, as the owner's calendar app lists it. */
export function calendarName(language: Language): string {
  return wordsFor(language).calendar;
}

/** A calendar event's title: a call or a visit, and whether it still waits to be confirmed. */
export function eventTitle(contactType: ContactType, status: string, language: Language): string {
  const words = wordsFor(language);
  const title = CALLS.includes(contactType) ? words.call : words.visit;
  return status === 'REQUESTED' ? `${title}${words.toBeConfirmed}` : title;
}
