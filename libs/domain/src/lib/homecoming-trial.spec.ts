import { LANGUAGES } from './languages';
import {
  nextReviewDay,
  TRIAL_OUTCOMES,
  trialEndsOn,
  trialOutcomeWords,
  weekOf,
} from './homecoming-trial';

describe('the trial homecoming', () => {
  it('counts a week from its Monday, whatever day it is asked on', () => {
    expect(weekOf('2026-03-02')).toBe('2026-03-02'); // a Monday
    expect(weekOf('2026-03-08')).toBe('2026-03-02'); // the Sunday after
    expect(weekOf('2026-03-09')).toBe('2026-03-09');
    expect(weekOf('2026-01-01')).toBe('2025-12-29'); // across a year
  });

  it('ends a trial its length after its first day', () => {
    expect(trialEndsOn('2026-03-02', 90)).toBe('2026-05-31');
  });

  it('takes the earliest review day nobody has reviewed yet', () => {
    expect(nextReviewDay(['2026-04-01', '2026-03-16'], [])).toBe('2026-03-16');
    expect(nextReviewDay(['2026-04-01', '2026-03-16'], ['2026-03-16'])).toBe('2026-04-01');
    expect(nextReviewDay(['2026-03-16'], ['2026-03-16'])).toBeNull();
  });

  it('names how a trial ended in kind words, in every language', () => {
    for (const outcome of TRIAL_OUTCOMES)
      for (const language of LANGUAGES)
        expect(trialOutcomeWords(outcome, language)).not.toMatch(
          /fail|violation|relapse|fracas|violaci|reca[ií]da/i,
        );
    expect(trialOutcomeWords('STEPPED_BACK', 'ES')).toBe('Un paso atrás, por ahora');
    expect(trialOutcomeWords('PLAN_CLOSED', 'EN')).toBe('Ended with the plan');
  });
});
