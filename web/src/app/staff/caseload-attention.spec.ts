import { attentionLink } from './caseload.page';

describe('attentionLink', () => {
  it('leads to what raised each item: the quiet person, the day of the strong craving on the record, the hard visit', () => {
    expect(
      attentionLink('p1', {
        flag: 'QUIET',
        memberId: 'm1',
        memberName: 'Grace',
        recordId: null,
        at: null,
        day: null,
      }),
    ).toEqual({ path: ['/staff/plans', 'p1'], fragment: 'member-m1' });
    const at = new Date(2026, 2, 4, 21, 30).toISOString();
    expect(
      attentionLink('p1', {
        flag: 'HIGH_CRAVING',
        memberId: 'm0',
        memberName: 'Sam',
        recordId: 'c9',
        at,
        day: null,
      }),
    ).toEqual({
      path: ['/staff/plans', 'p1', 'record'],
      queryParams: { day: '2026-03-04' },
      fragment: 'check-in-2026-03-04',
    });
    // The day the API names wins over the reader's own clock (they may be in another time zone).
    expect(
      attentionLink('p1', {
        flag: 'HIGH_CRAVING',
        memberId: 'm0',
        memberName: 'Sam',
        recordId: 'c9',
        at,
        day: '2026-03-05',
      }),
    ).toMatchObject({ queryParams: { day: '2026-03-05' } });
    expect(
      attentionLink('p1', {
        flag: 'HARD_VISIT',
        memberId: null,
        memberName: null,
        recordId: 'v7',
        at,
        day: null,
      }),
    ).toEqual({ path: ['/staff/plans', 'p1'], fragment: 'visit-v7' });
  });
});
