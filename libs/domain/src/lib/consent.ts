import type { Language } from './languages';

/**
 * What a patient may consent to share with one family member (DESIGN §3, Consent). Staff notes never.
 * The safety plan and the support network are categories too, not a sharing of their own: a family
 * member reading them is a disclosure of Part 2 records, so it needs every §2.31 element, is
 * revoked on the next request, leaves a disclosure row and carries the §2.32 notice like the rest.
 */
export const CONSENT_CATEGORIES = [
  'PROGRESS',
  'CHECKINS',
  'ATTENDANCE',
  'VISIT_REFLECTIONS',
  'SAFETY_PLAN',
  'SUPPORT_NETWORK',
] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export const RELATIONSHIPS = [
  'PARTNER',
  'PARENT',
  'CHILD',
  'SIBLING',
  'GRANDPARENT',
  'FRIEND',
  'OTHER',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** 42 CFR §2.32: the notice that travels with every disclosure to a family member. */
export const REDISCLOSURE_NOTICE =
  'This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2). ' +
  'The federal rules prohibit you from making any further disclosure of information in this record that identifies a patient ' +
  'as having or having had a substance use disorder either directly, by reference to publicly available information, or through ' +
  'verification of such identification by another person unless further disclosure is expressly permitted by the written consent ' +
  'of the individual whose information is being disclosed or as otherwise permitted by 42 CFR part 2.';

const REDISCLOSURE_NOTICE_ES =
  'Esta información se te ha revelado a partir de registros protegidos por las normas federales de confidencialidad (42 CFR parte 2). ' +
  'Las normas federales te prohíben revelar de nuevo cualquier información de este registro que identifique a un paciente como persona ' +
  'que tiene o ha tenido un trastorno por consumo de sustancias, ya sea directamente, por referencia a información pública o mediante ' +
  'la verificación de esa identificación por otra persona, salvo que esa nueva revelación esté expresamente permitida por el consentimiento ' +
  'por escrito de la persona cuya información se revela o lo permita de otro modo 42 CFR parte 2.';

/** The §2.32 notice in the reader's language (the English text is the one the rule gives). */
export function redisclosureNotice(language: Language): string {
  return language === 'ES' ? REDISCLOSURE_NOTICE_ES : REDISCLOSURE_NOTICE;
}

/** The right to revoke and how (42 CFR §2.31), as every consent states it; kept in English on the consent. */
export const REVOCATION_TERMS =
  'You may revoke this consent at any time, in Homeward (Who sees what → Stop sharing) or by telling your counselor. ' +
  'Revoking takes effect at once for anything not yet shown; it cannot undo what was already disclosed.';

const REVOCATION_TERMS_ES =
  'Puedes revocar este consentimiento cuando quieras, en Homeward (Quién ve qué → Dejar de compartir) o diciéndoselo a tu consejero o consejera. ' +
  'La revocación cuenta de inmediato para todo lo que aún no se haya mostrado; no puede deshacer lo que ya se compartió.';

/**
 * A consent's revocation terms in the reader's language: the standard terms read in their
 * language; any other wording kept on a consent stays exactly as it was signed.
 */
export function revocationTermsIn(kept: string, language: Language): string {
  return kept === REVOCATION_TERMS && language === 'ES' ? REVOCATION_TERMS_ES : kept;
}

export interface ConsentWindow {
  categories: readonly ConsentCategory[];
  expiresAt: Date;
  revokedAt: Date | null;
}

/** The categories a consent allows right now: none once revoked or expired. Consent narrows, never widens. */
export function consentedCategories(consent: ConsentWindow | null, now: Date): ConsentCategory[] {
  if (!consent || consent.revokedAt || consent.expiresAt.getTime() <= now.getTime()) return [];
  return [...consent.categories];
}
