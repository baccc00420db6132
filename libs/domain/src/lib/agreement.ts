/** What an expectation is about (DESIGN §3, Expectation). */
export const EXPECTATION_CATEGORIES = ['CONTACT', 'HOUSEHOLD', 'MONEY', 'SOBRIETY_SUPPORT', 'TIME_TOGETHER', 'PRIVACY', 'OTHER'] as const;
export type ExpectationCategory = (typeof EXPECTATION_CATEGORIES)[number];

/** A party's answer to one version: accept it, ask for a change (with a comment), or agree to retire it. */
export const EXPECTATION_DECISIONS = ['ACCEPT', 'REQUEST_CHANGE', 'RETIRE'] as const;
export type ExpectationDecision = (typeof EXPECTATION_DECISIONS)[number];

export type ExpectationStatus = 'PROPOSED' | 'AGREED' | 'RETIRED';

export interface PartyAnswer {
  memberId: string;
  version: number;
  decision: ExpectationDecision;
}

/**
 * DESIGN rule 5: AGREED only when every party has accepted the same, current version; RETIRED
 * only when every party has agreed to retire it. Answers to earlier versions count for nothing.
 */
export function expectationStatus(parties: readonly string[], currentVersion: number, answers: readonly PartyAnswer[]): ExpectationStatus {
  const latest = new Map<string, ExpectationDecision>();
  for (const answer of answers) {
    if (answer.version === currentVersion && parties.includes(answer.memberId)) latest.set(answer.memberId, answer.decision);
  }
  const all = (decision: ExpectationDecision) => parties.every((party) => latest.get(party) === decision);
  if (parties.length > 0 && all('RETIRE')) return 'RETIRED';
  if (parties.length > 0 && all('ACCEPT')) return 'AGREED';
  return 'PROPOSED';
}
