import { concernQueueOrder, ConcernSeen, seesConcern, seesRaisersWords } from './concerns';

const concern = (over: Partial<ConcernSeen> = {}): ConcernSeen => ({
  raisedByUserId: 'sam-user',
  raisedByMemberId: 'sam',
  aboutMemberIds: ['pat'],
  partyMemberIds: [],
  reviewedAt: null,
  shareOwnWords: false,
  ...over,
});
const member = (memberId: string) => ({ staff: false, memberId, userId: `${memberId}-user` });

describe('who sees a concern', () => {
  it('shows it to staff and its raiser at once, to the person it is about only once reviewed', () => {
    expect(seesConcern({ staff: true, memberId: null, userId: 'c' }, concern())).toBe(true);
    expect(seesConcern(member('sam'), concern())).toBe(true);
    expect(seesConcern(member('pat'), concern())).toBe(false);
    expect(seesConcern(member('pat'), concern({ reviewedAt: new Date() }))).toBe(true);
  });

  it('never shows it to someone else on the plan, reviewed or not', () => {
    expect(seesConcern(member('maria'), concern({ reviewedAt: new Date() }))).toBe(false);
    expect(
      seesConcern(member('maria'), concern({ reviewedAt: new Date(), partyMemberIds: ['maria'] })),
    ).toBe(true);
  });

  it("gives the raiser's own words to others only when the raiser agreed", () => {
    expect(seesRaisersWords(member('pat'), concern({ reviewedAt: new Date() }))).toBe(false);
    expect(seesRaisersWords(member('pat'), concern({ shareOwnWords: true }))).toBe(true);
    expect(seesRaisersWords(member('sam'), concern())).toBe(true);
  });
});

describe('the staff queue', () => {
  it('puts SAFETY first, then the oldest', () => {
    const at = (day: number) => new Date(Date.UTC(2026, 0, day));
    const items = [
      { id: 'new-low', severity: 'LOW' as const, createdAt: at(5) },
      { id: 'old-high', severity: 'HIGH' as const, createdAt: at(1) },
      { id: 'new-safety', severity: 'SAFETY' as const, createdAt: at(6) },
      { id: 'old-safety', severity: 'SAFETY' as const, createdAt: at(2) },
    ];
    expect(items.sort(concernQueueOrder).map((i) => i.id)).toEqual([
      'old-safety',
      'new-safety',
      'old-high',
      'new-low',
    ]);
  });
});
