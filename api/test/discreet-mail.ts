import { ParsedMail } from 'mailparser';

/**
 * Words a mail's subject and preview (what a lock screen or a shared inbox shows) must never
 * hold: treatment, substances, recovery, the program. Each spec adds the names of its own
 * program and people.
 */
export const BANNED_WORDS = [
  'treatment',
  'tratamiento',
  'rehab',
  'recovery',
  'recuperación',
  'relapse',
  'recaída',
  'addiction',
  'adicción',
  'substance',
  'sustancia',
  'alcohol',
  'drug',
  'droga',
  'sober',
  'sobriedad',
  'program',
  'programa',
  'clinic',
  'clínica',
  'counsel',
  'consejer',
  'patient',
  'paciente',
  'diagnos',
];

/** What shows before the mail is opened: its subject and first line (the preview). */
export function outside(mail: ParsedMail): string {
  const firstLine = (mail.text ?? '').split('\n').find((line) => line.trim() !== '') ?? '';
  return `${mail.subject ?? ''}\n${firstLine}`;
}

/** The banned words (and these names) that show on the outside of a mail; none, when it is discreet. */
export function indiscretions(mail: ParsedMail, names: string[] = []): string[] {
  const shown = outside(mail).toLowerCase();
  return [...BANNED_WORDS, ...names].filter((word) => shown.includes(word.toLowerCase()));
}

/** The mail's addressee, as one string. */
export function addressee(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.map((address) => address.text).join(', ');
}

/** The first link in the mail's text part that matches `path` (e.g. /invite/). */
export function linkIn(mail: ParsedMail, path: string): string {
  const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = (mail.text ?? '').match(new RegExp(`https?://\\S+${escaped}[A-Za-z0-9_-]+`));
  if (!match) throw new Error(`No ${path} link in the mail "${mail.subject}"`);
  return match[0];
}
