import type { TrialConditionSource } from '@homeward/domain';

/** One condition: its words, and where they were copied from (an agreed expectation or boundary). */
export interface TrialCondition {
  text: string;
  /** A boundary's "if it is crossed", kept beside its need. */
  note: string | null;
  source: TrialConditionSource;
  /** The expectation or boundary, and its version, the words were copied from; null for the counselor's. */
  sourceId: string | null;
  sourceVersion: number | null;
  /** Who asked it or whose boundary it is, as named then. */
  byName: string | null;
}

/** What a published version says, frozen: conditions and days. */
export interface TrialConditionsContent {
  conditions: TrialCondition[];
  startDay: string;
  maxDays: number;
  endsOn: string;
  reviewDays: string[];
}
