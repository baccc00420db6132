import type { Language } from './languages';

/**
 * The default ladder's phase names in each language. Plans keep the English text as stored; a
 * reader sees it in their language only while it is still the default (an organization's own
 * names stay as written).
 */
const DEFAULT_PHASE_NAMES: Record<string, Record<Exclude<Language, 'EN'>, string>> = {
  Reconnect: { ES: 'Reencuentro' },
  'Supervised visits': { ES: 'Visitas supervisadas' },
  'Day passes': { ES: 'Salidas de día' },
  Overnight: { ES: 'Noches en casa' },
  Weekends: { ES: 'Fines de semana en casa' },
  Homecoming: { ES: 'Regreso a casa' },
  Aftercare: { ES: 'Cuidado continuo' },
};

/** A stored text in the reader's language when it is one of the defaults; otherwise as written. */
export function localizedDefaultText(text: string, language: Language): string {
  if (language === 'EN') return text;
  return Object.prototype.hasOwnProperty.call(DEFAULT_PHASE_NAMES, text)
    ? DEFAULT_PHASE_NAMES[text][language]
    : text;
}
