/** What a patient may consent to share with one family member (DESIGN §3, Consent). Staff notes never. */
export const CONSENT_CATEGORIES = ['PROGRESS', 'CHECKINS', 'ATTENDANCE', 'VISIT_REFLECTIONS'] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export const RELATIONSHIPS = ['PARTNER', 'PARENT', 'CHILD', 'SIBLING', 'GRANDPARENT', 'FRIEND', 'OTHER'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** 42 CFR §2.32: the notice that travels with every disclosure to a family member. */
export const REDISCLOSURE_NOTICE =
  'This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2). ' +
  'The federal rules prohibit you from making any further disclosure of information in this record that identifies a patient ' +
  'as having or having had a substance use disorder either directly, by reference to publicly available information, or through ' +
  'verification of such identification by another person unless further disclosure is expressly permitted by the written consent ' +
  'of the individual whose information is being disclosed or as otherwise permitted by 42 CFR part 2.';

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
