import type { ConsentCategory } from '@homeward/domain';

/** Who reads a plan's track record: staff, the patient, or a family member within consent. */
export interface RecordReader {
  /** An admin, or the plan's counselor. */
  staff: boolean;
  family: boolean;
  /** What the patient's live consent shares with this family member (none without one). */
  shared: readonly ConsentCategory[];
}

/** The parts of the track record a reader sees. */
export interface TrackRecordScope {
  /** The patient's check-in days (mood, craving, notes). */
  checkIns: boolean;
  /** Whether the patient's check-in days are read at all (check-ins or attendance shared). */
  checkInDays: boolean;
  /** Commitments kept are made of check-in days and visits: both kinds have to be shared. */
  commitments: boolean;
  /** The phase timeline. */
  timeline: boolean;
  /** Family members' own check-ins: private to each of them and staff. */
  familyCheckIns: boolean;
  /** What the reader is shown of the patient's data under consent: a disclosure to record. */
  disclosed: ConsentCategory[];
  /** The categories the reader's consent shares, shown to family members only. */
  sharedCategories: ConsentCategory[];
}

const RECORD_CATEGORIES = ['CHECKINS', 'ATTENDANCE', 'PROGRESS'] as const;

/** The patient and staff read the whole record; a family member only what consent shares. */
export function trackRecordScope(reader: RecordReader): TrackRecordScope {
  const may = (category: ConsentCategory) => !reader.family || reader.shared.includes(category);
  return {
    checkIns: may('CHECKINS'),
    checkInDays: may('CHECKINS') || may('ATTENDANCE'),
    commitments: may('ATTENDANCE') && may('CHECKINS'),
    timeline: may('PROGRESS'),
    familyCheckIns: reader.staff,
    disclosed: reader.family ? RECORD_CATEGORIES.filter((c) => may(c)) : [],
    sharedCategories: reader.family ? [...reader.shared] : [],
  };
}

/** A note on a check-in: a family member reads only what the patient shared with the plan. */
export function checkInNoteFor(
  reader: RecordReader,
  note: string | null,
  visibility: string | null,
): string | null {
  return reader.family && visibility !== 'PLAN' ? null : note;
}
