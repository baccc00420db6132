import type { Language } from '../languages';
import type { ErrorCode, ReasonEntry } from './catalog';
import { AGREEMENT_REASONS } from './agreement';
import { IDENTITY_REASONS } from './identity';
import { INPUT_REASONS } from './input';
import { PLANNING_REASONS } from './planning';
import { PLATFORM_REASONS } from './platform';
import { TRACK_RECORD_REASONS } from './track-record';
import { MESSAGES_AND_AMENDS_REASONS } from './messages-and-amends';
import { CONCERN_REASONS } from './concerns';
import { SAFETY_REASONS } from './safety';
import { LAPSE_REASONS } from './lapse';
import { SUPPORT_AND_FAMILY_TRACK_REASONS } from './support-and-family-track';
import { FIRST_WEEKS_REASONS } from './first-weeks';
import { MEMBERSHIP_REASONS } from './memberships';
import { HOMECOMING_REASONS } from './homecoming';
import { AFTERCARE_REASONS } from './aftercare';

export type { ErrorCode, ReasonEntry } from './catalog';
export type { RecordKind } from './platform';
export type { InputReason } from './input';

/**
 * Every reason the API can refuse with, and its words in each language. The API throws a
 * reason and its params; the reader's client turns them into words (STYLE 32).
 */
export const REASONS = {
  ...PLATFORM_REASONS,
  ...INPUT_REASONS,
  ...IDENTITY_REASONS,
  ...PLANNING_REASONS,
  ...AGREEMENT_REASONS,
  ...TRACK_RECORD_REASONS,
  ...MESSAGES_AND_AMENDS_REASONS,
  ...CONCERN_REASONS,
  ...SAFETY_REASONS,
  ...LAPSE_REASONS,
  ...SUPPORT_AND_FAMILY_TRACK_REASONS,
  ...FIRST_WEEKS_REASONS,
  ...MEMBERSHIP_REASONS,
  ...HOMECOMING_REASONS,
  ...AFTERCARE_REASONS,
};

export type Reason = keyof typeof REASONS;
export type ReasonParams<R extends Reason> =
  (typeof REASONS)[R] extends ReasonEntry<infer P> ? P : never;

export function isReason(value: unknown): value is Reason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REASONS, value);
}

export function reasonCode(reason: Reason): ErrorCode {
  return REASONS[reason].code;
}

/** A reason in the reader's words; params the API sent are passed through as they came. */
export function describeReason(reason: Reason, params: unknown, language: Language): string {
  const entry = REASONS[reason] as ReasonEntry<unknown>;
  return entry.words[language](params ?? {});
}
