import { LANGUAGES } from '../languages';
import { describeReason, isReason, Reason, reasonCode, REASONS } from './index';

/** Any param a reason's words ask for, as a plausible value (ids, names, numbers, days). */
const anyParams = new Proxy({} as Record<string, unknown>, {
  get: (_target, key) => (key === 'what' ? 'plan' : key === 'contactType' ? 'PHONE' : 'sample 2'),
});

describe('the reason catalog', () => {
  const reasons = Object.keys(REASONS) as Reason[];

  it.each(reasons)('%s reads in every language, with its params filled in', (reason) => {
    const words = LANGUAGES.map((language) => describeReason(reason, anyParams, language));
    for (const text of words) {
      expect(text.trim().length).toBeGreaterThan(3);
      expect(text).not.toMatch(/undefined|null|\[object/);
    }
  });

  it('never names a status with the words we do not use', () => {
    for (const reason of reasons) {
      for (const language of LANGUAGES) {
        expect(describeReason(reason, anyParams, language)).not.toMatch(
          /\b(failed|failure|violation|relapse|fracas\w*|violaci\w*|reca[ií]da)\b/i,
        );
      }
    }
  });

  it('knows its own reasons and their codes', () => {
    expect(isReason('PLAN_CLOSED')).toBe(true);
    expect(isReason('toString')).toBe(false);
    expect(reasonCode('NOT_FOUND')).toBe('NOT_FOUND');
    expect(describeReason('NOT_FOUND', { what: 'visit' }, 'ES')).toBe('No encontramos esa visita.');
  });
});
