import type { ConsentCategory } from '@homeward/domain';
import { checkInNoteFor, RecordReader, trackRecordScope } from './track-record';

const staff: RecordReader = { staff: true, family: false, shared: [] };
const patient: RecordReader = { staff: false, family: false, shared: [] };
const family = (...shared: ConsentCategory[]): RecordReader => ({
  staff: false,
  family: true,
  shared,
});

describe('the track record within consent', () => {
  it('shows staff everything, family check-ins included, and discloses nothing', () => {
    expect(trackRecordScope(staff)).toEqual({
      checkIns: true,
      checkInDays: true,
      commitments: true,
      timeline: true,
      familyCheckIns: true,
      disclosed: [],
      sharedCategories: [],
    });
  });

  it("shows the patient their own record, never family members' own check-ins", () => {
    expect(trackRecordScope(patient)).toMatchObject({
      checkIns: true,
      commitments: true,
      timeline: true,
      familyCheckIns: false,
      disclosed: [],
    });
  });

  it('shows a family member nothing without consent', () => {
    expect(trackRecordScope(family())).toEqual({
      checkIns: false,
      checkInDays: false,
      commitments: false,
      timeline: false,
      familyCheckIns: false,
      disclosed: [],
      sharedCategories: [],
    });
  });

  it('shows a family member what consent shares, and commitments only with both check-ins and attendance', () => {
    expect(trackRecordScope(family('CHECKINS'))).toMatchObject({
      checkIns: true,
      checkInDays: true,
      commitments: false,
      timeline: false,
      disclosed: ['CHECKINS'],
      sharedCategories: ['CHECKINS'],
    });
    expect(trackRecordScope(family('ATTENDANCE'))).toMatchObject({
      checkIns: false,
      checkInDays: true,
      commitments: false,
      disclosed: ['ATTENDANCE'],
    });
    expect(
      trackRecordScope(family('CHECKINS', 'ATTENDANCE', 'PROGRESS', 'VISIT_REFLECTIONS')),
    ).toMatchObject({
      commitments: true,
      timeline: true,
      disclosed: ['CHECKINS', 'ATTENDANCE', 'PROGRESS'],
      sharedCategories: ['CHECKINS', 'ATTENDANCE', 'PROGRESS', 'VISIT_REFLECTIONS'],
    });
  });

  it('keeps a note meant for staff away from family members', () => {
    expect(checkInNoteFor(family('CHECKINS'), 'A long day', 'STAFF_ONLY')).toBeNull();
    expect(checkInNoteFor(family('CHECKINS'), 'Went for a walk', 'PLAN')).toBe('Went for a walk');
    expect(checkInNoteFor(patient, 'A long day', 'STAFF_ONLY')).toBe('A long day');
    expect(checkInNoteFor(staff, 'A long day', 'STAFF_ONLY')).toBe('A long day');
  });
});
