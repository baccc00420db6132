import {
  commitmentsKept,
  isCalendarDay,
  localDay,
  milestoneProgress,
  MilestoneRule,
  phaseAdvanceBlockers,
  shiftDay,
  TrackRecord,
  visitRefusals,
  visitWentWell,
} from './track-record';

const empty: TrackRecord = {
  checkInDays: [],
  supportMeetingDays: [],
  familySessions: [],
  visitsWentWell: [],
};

describe('localDay', () => {
  it('puts the same instant on the day it is where the person lives', () => {
    const lateEvening = new Date('2026-03-03T03:30:00Z');
    expect(localDay(lateEvening, 'America/Los_Angeles')).toBe('2026-03-02');
    expect(localDay(lateEvening, 'Europe/Madrid')).toBe('2026-03-03');
  });
  it('counts days back across a month end', () => {
    expect(shiftDay('2026-03-01', 1)).toBe('2026-02-28');
    expect(shiftDay('2026-03-01', -1)).toBe('2026-03-02');
  });
});

describe('isCalendarDay', () => {
  it('takes days the calendar has and refuses those it does not (JavaScript rolls 2026-02-29 over)', () => {
    expect(['2028-02-29', '2026-12-31', '2026-01-01'].map(isCalendarDay)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-1-01', 'yesterday'].map(
        isCalendarDay,
      ),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe('milestoneProgress', () => {
  const checkIns: MilestoneRule = {
    kind: 'COUNT',
    party: 'PATIENT',
    measure: 'CHECK_IN_DAYS',
    contactType: null,
    target: 3,
    windowDays: 5,
  };

  it('counts distinct days of the party within the window ending today', () => {
    const record: TrackRecord = {
      ...empty,
      checkInDays: [
        { party: 'PATIENT', day: '2026-03-01' }, // outside the 5-day window
        { party: 'PATIENT', day: '2026-03-02' },
        { party: 'PATIENT', day: '2026-03-02' },
        { party: 'FAMILY', day: '2026-03-03' },
        { party: 'PATIENT', day: '2026-03-06' },
      ],
    };
    expect(milestoneProgress(checkIns, record, '2026-03-06', null)).toEqual({
      progress: 2,
      target: 3,
    });
  });

  it('counts visits that went well of the named kind since the phase began', () => {
    const rule: MilestoneRule = {
      kind: 'EVENT',
      party: 'PATIENT',
      measure: 'VISITS_WENT_WELL',
      contactType: 'ON_SITE_SUPERVISED',
      target: 1,
      windowDays: null,
    };
    const record: TrackRecord = {
      ...empty,
      visitsWentWell: [
        { day: '2026-02-01', contactType: 'ON_SITE_SUPERVISED' },
        { day: '2026-03-04', contactType: 'DAY_PASS' },
      ],
    };
    expect(milestoneProgress(rule, record, '2026-03-06', '2026-03-01').progress).toBe(0);
    expect(
      milestoneProgress(
        rule,
        {
          ...record,
          visitsWentWell: [
            ...record.visitsWentWell,
            { day: '2026-03-05', contactType: 'ON_SITE_SUPERVISED' },
          ],
        },
        '2026-03-06',
        '2026-03-01',
      ).progress,
    ).toBe(1);
  });

  it('counts family sessions for the party that took part, and leaves manual ones to a verifier', () => {
    const rule: MilestoneRule = {
      kind: 'COUNT',
      party: 'FAMILY',
      measure: 'FAMILY_SESSIONS',
      contactType: null,
      target: 2,
      windowDays: 60,
    };
    const record: TrackRecord = {
      ...empty,
      familySessions: [
        { day: '2026-03-01', parties: ['PATIENT', 'FAMILY'] },
        { day: '2026-03-02', parties: ['PATIENT'] },
      ],
    };
    expect(milestoneProgress(rule, record, '2026-03-06', null).progress).toBe(1);
    expect(
      milestoneProgress({ ...rule, kind: 'MANUAL', measure: null }, record, '2026-03-06', null),
    ).toEqual({ progress: 0, target: 2 });
  });
});

describe('visitWentWell', () => {
  it("needs a completed visit, everyone's reflection, and every reflection at 3 or more with boundaries kept", () => {
    expect(
      visitWentWell(
        'COMPLETED',
        [
          { rating: 4, boundariesRespected: true },
          { rating: 3, boundariesRespected: true },
        ],
        0,
      ),
    ).toBe(true);
    expect(
      visitWentWell(
        'COMPLETED',
        [
          { rating: 5, boundariesRespected: true },
          { rating: 2, boundariesRespected: true },
        ],
        0,
      ),
    ).toBe(false);
    expect(visitWentWell('COMPLETED', [{ rating: 5, boundariesRespected: false }], 0)).toBe(false);
    expect(visitWentWell('COMPLETED', [], 0)).toBe(false);
    expect(visitWentWell('ENDED_EARLY', [{ rating: 5, boundariesRespected: true }], 0)).toBe(false);
  });

  it('waits for everyone who took part before calling it', () => {
    expect(visitWentWell('COMPLETED', [{ rating: 5, boundariesRespected: true }], 1)).toBe(false);
  });
});

describe('visitRefusals', () => {
  const now = new Date('2026-03-02T09:00:00Z');
  const request = {
    contactType: 'ON_SITE_SUPERVISED' as const,
    startsAt: new Date('2026-03-03T15:00:00Z'),
    endsAt: new Date('2026-03-03T16:00:00Z'),
    supervised: true,
  };
  const context = {
    planStatus: 'ACTIVE',
    phaseContactTypes: ['PHONE', 'ON_SITE_SUPERVISED'] as const,
    restrictedParticipants: 0,
    overlappingVisits: 0,
    now,
  };

  it('allows a visit the phase allows, with nobody restricted and nothing overlapping', () => {
    expect(
      visitRefusals(request, { ...context, phaseContactTypes: [...context.phaseContactTypes] }),
    ).toEqual([]);
  });

  it('gives every reason that applies', () => {
    expect(
      visitRefusals(
        { ...request, contactType: 'OVERNIGHT' },
        { ...context, phaseContactTypes: ['PHONE'] },
      ),
    ).toEqual(['CONTACT_TYPE_NOT_ALLOWED']);
    expect(
      visitRefusals(
        { ...request, supervised: false },
        {
          ...context,
          phaseContactTypes: ['ON_SITE_SUPERVISED'],
          planStatus: 'PAUSED',
          restrictedParticipants: 1,
          overlappingVisits: 2,
        },
      ),
    ).toEqual(['PLAN_NOT_ACTIVE', 'PARTICIPANT_RESTRICTED', 'NEEDS_SUPERVISOR', 'OVERLAPS']);
    expect(
      visitRefusals(
        {
          ...request,
          startsAt: new Date('2026-03-01T10:00:00Z'),
          endsAt: new Date('2026-03-01T09:00:00Z'),
        },
        { ...context, phaseContactTypes: ['ON_SITE_SUPERVISED'] },
      ),
    ).toEqual(['ENDS_BEFORE_START', 'IN_THE_PAST']);
  });
});

describe('commitmentsKept', () => {
  it('is a share over the window that one missed day lowers a little, never to zero', () => {
    const days = Array.from({ length: 30 }, (_, i) => shiftDay('2026-03-30', i)).filter(
      (d) => d !== '2026-03-20',
    );
    expect(
      commitmentsKept({ checkInDays: days, visits: [], today: '2026-03-30', windowDays: 30 }),
    ).toEqual({ kept: 29, total: 30, share: 0.97 });
  });
  it('does not count today against anyone before it is over', () => {
    expect(
      commitmentsKept({
        checkInDays: ['2026-03-29'],
        visits: [],
        today: '2026-03-30',
        windowDays: 30,
        since: '2026-03-29',
      }),
    ).toEqual({ kept: 1, total: 1, share: 1 });
  });

  it('counts visits the person was willing to attend, and starts no earlier than the plan', () => {
    expect(
      commitmentsKept({
        checkInDays: ['2026-03-29', '2026-03-30'],
        visits: [
          { day: '2026-03-30', kept: true },
          { day: '2026-03-29', kept: false },
        ],
        today: '2026-03-30',
        windowDays: 90,
        since: '2026-03-29',
      }),
    ).toEqual({ kept: 3, total: 4, share: 0.75 });
  });
});

describe('phaseAdvanceBlockers', () => {
  const base = {
    planStatus: 'ACTIVE',
    milestonesAchieved: true,
    contractSignedByAllActiveMembers: false,
    today: '2026-03-10',
  };
  it('moves up when the milestones are achieved', () => {
    expect(
      phaseAdvanceBlockers({ ...base, nextPhase: { contactTypes: ['DAY_PASS'], waitUntil: null } }),
    ).toEqual([]);
  });
  it('waits for milestones, a waiting period after a step back, and the signed contract before overnights', () => {
    expect(
      phaseAdvanceBlockers({
        ...base,
        milestonesAchieved: false,
        nextPhase: { contactTypes: ['OVERNIGHT'], waitUntil: '2026-03-11' },
      }),
    ).toEqual(['MILESTONES_NOT_ACHIEVED', 'WAITING_PERIOD', 'CONTRACT_NOT_SIGNED_BY_ALL']);
    expect(phaseAdvanceBlockers({ ...base, planStatus: 'PAUSED', nextPhase: null })).toEqual([
      'PLAN_NOT_ACTIVE',
    ]);
    expect(phaseAdvanceBlockers({ ...base, nextPhase: null })).toEqual(['NO_NEXT_PHASE']);
  });
});
