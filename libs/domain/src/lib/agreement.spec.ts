import {
  boundaryVisibleTo,
  expectationGaps,
  expectationStatus,
  GapExpectation,
  PartyAnswer,
  partiesToAnswer,
  phaseEntryBlockers,
} from './agreement';

const parties = ['patient', 'mother'];

describe('expectationStatus', () => {
  it('is AGREED only when every party accepted the current version', () => {
    expect(
      expectationStatus(parties, 1, [{ memberId: 'patient', version: 1, decision: 'ACCEPT' }]),
    ).toBe('PROPOSED');
    expect(
      expectationStatus(parties, 1, [
        { memberId: 'patient', version: 1, decision: 'ACCEPT' },
        { memberId: 'mother', version: 1, decision: 'ACCEPT' },
      ]),
    ).toBe('AGREED');
  });

  it('does not count acceptances of an earlier version', () => {
    expect(
      expectationStatus(parties, 2, [
        { memberId: 'patient', version: 1, decision: 'ACCEPT' },
        { memberId: 'mother', version: 1, decision: 'ACCEPT' },
        { memberId: 'patient', version: 2, decision: 'ACCEPT' },
      ]),
    ).toBe('PROPOSED');
  });

  it("takes each party's latest answer: a change asked for after accepting undoes the agreement", () => {
    expect(
      expectationStatus(parties, 1, [
        { memberId: 'patient', version: 1, decision: 'ACCEPT' },
        { memberId: 'mother', version: 1, decision: 'ACCEPT' },
        { memberId: 'mother', version: 1, decision: 'REQUEST_CHANGE' },
      ]),
    ).toBe('PROPOSED');
  });

  it("retires only by everyone's agreement, and ignores people who are not parties", () => {
    const retire = (memberId: string) => ({ memberId, version: 3, decision: 'RETIRE' as const });
    expect(expectationStatus(parties, 3, [retire('patient'), retire('counselor')])).toBe(
      'PROPOSED',
    );
    expect(expectationStatus(parties, 3, [retire('patient'), retire('mother')])).toBe('RETIRED');
  });
});

describe('an agreed expectation someone wishes to retire', () => {
  it('stays AGREED until every party has said so, and only then is RETIRED', () => {
    const answers: PartyAnswer[] = [
      { memberId: 'patient', version: 1, decision: 'ACCEPT' },
      { memberId: 'mother', version: 1, decision: 'ACCEPT' },
      { memberId: 'mother', version: 1, decision: 'RETIRE' },
    ];
    expect(expectationStatus(parties, 1, answers)).toBe('AGREED');
    expect(
      expectationStatus(parties, 1, [
        ...answers,
        { memberId: 'patient', version: 1, decision: 'RETIRE' },
      ]),
    ).toBe('RETIRED');
  });
});

describe('partiesToAnswer', () => {
  it('lists the parties who have not accepted the current version', () => {
    expect(
      partiesToAnswer(parties, 2, [
        { memberId: 'patient', version: 2, decision: 'ACCEPT' },
        { memberId: 'mother', version: 1, decision: 'ACCEPT' },
      ]),
    ).toEqual(['mother']);
    expect(
      partiesToAnswer(parties, 1, [{ memberId: 'mother', version: 1, decision: 'REQUEST_CHANGE' }]),
    ).toEqual(['patient', 'mother']);
  });
});

describe('expectationGaps', () => {
  const expectation = (
    over: Partial<GapExpectation> & Pick<GapExpectation, 'id'>,
  ): GapExpectation => ({
    category: 'CONTACT',
    fromMemberId: 'patient',
    toMemberId: 'partner',
    status: 'PROPOSED',
    changeRequestedBy: [],
    ...over,
  });

  it('flags a category where two people expect different things of each other', () => {
    const daily = expectation({ id: 'a' });
    const weekly = expectation({ id: 'b', fromMemberId: 'partner', toMemberId: 'patient' });
    expect(expectationGaps([daily, weekly])).toEqual([
      { category: 'CONTACT', reasons: ['BOTH_SIDES_DIFFER'], expectationIds: ['a', 'b'] },
    ]);
  });

  it('flags a change asked for, and stays quiet when everything is agreed or retired', () => {
    expect(
      expectationGaps([
        expectation({ id: 'a', category: 'MONEY', changeRequestedBy: ['partner'] }),
      ]),
    ).toEqual([{ category: 'MONEY', reasons: ['CHANGE_REQUESTED'], expectationIds: ['a'] }]);
    expect(
      expectationGaps([
        expectation({ id: 'a', status: 'AGREED' }),
        expectation({ id: 'b', fromMemberId: 'partner', toMemberId: 'patient', status: 'AGREED' }),
        expectation({ id: 'c', status: 'RETIRED', changeRequestedBy: ['partner'] }),
      ]),
    ).toEqual([]);
  });

  it("does not call one person's single expectation a gap", () => {
    expect(
      expectationGaps([expectation({ id: 'a' }), expectation({ id: 'b', toMemberId: 'mother' })]),
    ).toEqual([]);
  });
});

describe('boundaryVisibleTo', () => {
  const boundary = {
    ownerMemberId: 'partner',
    appliesToMemberIds: ['patient'],
    visibility: 'STAFF_ONLY' as const,
  };
  it('keeps a staff-only boundary with its owner and staff', () => {
    expect(boundaryVisibleTo(boundary, { memberId: 'partner', isStaff: false })).toBe(true);
    expect(boundaryVisibleTo(boundary, { memberId: null, isStaff: true })).toBe(true);
    expect(boundaryVisibleTo(boundary, { memberId: 'patient', isStaff: false })).toBe(false);
  });
  it('shows a plan boundary to the people it applies to, and no one else', () => {
    const shared = { ...boundary, visibility: 'PLAN' as const };
    expect(boundaryVisibleTo(shared, { memberId: 'patient', isStaff: false })).toBe(true);
    expect(boundaryVisibleTo(shared, { memberId: 'mother', isStaff: false })).toBe(false);
  });
});

describe('phaseEntryBlockers', () => {
  it('asks for the contract signed by all before a phase with overnight stays, and not before others', () => {
    expect(
      phaseEntryBlockers(
        { contactTypes: ['PHONE', 'OVERNIGHT'] },
        { signedByAllActiveMembers: false },
      ),
    ).toEqual(['CONTRACT_NOT_SIGNED_BY_ALL']);
    expect(
      phaseEntryBlockers(
        { contactTypes: ['PHONE', 'WEEKEND'] },
        { signedByAllActiveMembers: true },
      ),
    ).toEqual([]);
    expect(
      phaseEntryBlockers(
        { contactTypes: ['PHONE', 'ON_SITE_SUPERVISED'] },
        { signedByAllActiveMembers: false },
      ),
    ).toEqual([]);
  });
});
