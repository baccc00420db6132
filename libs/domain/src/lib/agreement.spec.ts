import { expectationStatus } from './agreement';

const parties = ['patient', 'mother'];

describe('expectationStatus', () => {
  it('is AGREED only when every party accepted the current version', () => {
    expect(expectationStatus(parties, 1, [{ memberId: 'patient', version: 1, decision: 'ACCEPT' }])).toBe('PROPOSED');
    expect(expectationStatus(parties, 1, [
      { memberId: 'patient', version: 1, decision: 'ACCEPT' },
      { memberId: 'mother', version: 1, decision: 'ACCEPT' },
    ])).toBe('AGREED');
  });

  it('does not count acceptances of an earlier version', () => {
    expect(expectationStatus(parties, 2, [
      { memberId: 'patient', version: 1, decision: 'ACCEPT' },
      { memberId: 'mother', version: 1, decision: 'ACCEPT' },
      { memberId: 'patient', version: 2, decision: 'ACCEPT' },
    ])).toBe('PROPOSED');
  });

  it('takes each party\'s latest answer: a change asked for after accepting undoes the agreement', () => {
    expect(expectationStatus(parties, 1, [
      { memberId: 'patient', version: 1, decision: 'ACCEPT' },
      { memberId: 'mother', version: 1, decision: 'ACCEPT' },
      { memberId: 'mother', version: 1, decision: 'REQUEST_CHANGE' },
    ])).toBe('PROPOSED');
  });

  it('retires only by everyone\'s agreement, and ignores people who are not parties', () => {
    const retire = (memberId: string) => ({ memberId, version: 3, decision: 'RETIRE' as const });
    expect(expectationStatus(parties, 3, [retire('patient'), retire('counselor')])).toBe('PROPOSED');
    expect(expectationStatus(parties, 3, [retire('patient'), retire('mother')])).toBe('RETIRED');
  });
});
