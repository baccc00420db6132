import { milestonesForMembers, MilestoneSeen } from './milestones';

const milestone = (over: Partial<MilestoneSeen>): MilestoneSeen => ({
  party: 'PATIENT',
  measure: 'CHECK_IN_DAYS',
  status: 'IN_PROGRESS',
  progress: 5,
  target: 14,
  ...over,
});

describe('what members read of milestone progress', () => {
  it("shows the patient's check-in count to a reader who may see check-ins", () => {
    expect(milestonesForMembers([milestone({})], true)).toEqual([milestone({})]);
  });

  it("shows a count made from the patient's check-ins only as not yet, without consent to check-ins", () => {
    expect(milestonesForMembers([milestone({})], false)).toEqual([
      milestone({ progress: 0, status: 'NOT_STARTED' }),
    ]);
  });

  it('shows an achieved milestone as achieved and full, whoever reads it', () => {
    const reached = milestone({ status: 'ACHIEVED', progress: 9 });
    expect(milestonesForMembers([reached], false)).toEqual([{ ...reached, progress: 14 }]);
  });

  it("never shows a count made from a family member's own check-ins, even to someone who sees the patient's", () => {
    const family = milestone({ party: 'FAMILY', measure: 'CHECK_IN_DAYS', progress: 3 });
    expect(milestonesForMembers([family], true)).toEqual([
      { ...family, progress: 0, status: 'NOT_STARTED' },
    ]);
  });

  it('leaves milestones not measured from check-ins as they are', () => {
    const sessions = milestone({ measure: 'FAMILY_SESSIONS', progress: 1, target: 2 });
    expect(milestonesForMembers([sessions], false)).toEqual([sessions]);
  });
});
