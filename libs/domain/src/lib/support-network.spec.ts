import { inLanguage, FAMILY_TRACK_SUGGESTIONS } from './support-network';
import { measuredFromFamilyCheckIns, milestoneProgress, TrackRecord } from './track-record';
import { DEFAULT_LADDER } from './plan-ladder';

const record = (familyTrackDays: string[]): TrackRecord => ({
  checkInDays: [],
  supportMeetingDays: [],
  familySessions: [],
  visitsWentWell: [],
  familyTrackDays,
});

describe('the FAMILY_TRACK measure', () => {
  const rule = {
    kind: 'COUNT' as const,
    party: 'FAMILY' as const,
    measure: 'FAMILY_TRACK' as const,
    contactType: null,
    target: 2,
    windowDays: 30,
  };

  it('counts family track marks within the window, each one', () => {
    const days = ['2026-01-01', '2026-02-10', '2026-02-10', '2026-02-20'];
    expect(milestoneProgress(rule, record(days), '2026-02-28', null)).toEqual({
      progress: 3,
      target: 2,
    });
    // Nothing marked: not yet, never below zero.
    expect(milestoneProgress(rule, record([]), '2026-02-28', null).progress).toBe(0);
  });

  it('is private to each family member and staff, like their check-ins', () => {
    expect(measuredFromFamilyCheckIns({ party: 'FAMILY', measure: 'FAMILY_TRACK' })).toBe(true);
  });

  it("counts toward the default ladder's family education milestone", () => {
    const first = DEFAULT_LADDER[0].milestones.find((m) => m.measure === 'FAMILY_TRACK');
    expect(first).toMatchObject({ kind: 'COUNT', party: 'FAMILY', target: 1 });
  });
});

describe('family track words', () => {
  it('reads the Spanish title when written, else the English', () => {
    expect(inLanguage('Family night', 'Noche familiar', 'ES')).toBe('Noche familiar');
    expect(inLanguage('Family night', null, 'ES')).toBe('Family night');
    expect(inLanguage('Family night', 'Noche familiar', 'EN')).toBe('Family night');
  });

  it('offers only https links to start from', () => {
    for (const s of FAMILY_TRACK_SUGGESTIONS) expect(s.link).toMatch(/^https:\/\//);
  });
});
