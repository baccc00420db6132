/**
 * What changed, as an open page knows to read it again (the `liveUpdates` subscription's
 * contract between the API and the web). Never words: a topic and a plan's id.
 */
export const LIVE_TOPICS = [
  'notifications',
  'agreement',
  'visits',
  'check-ins',
  'progress',
  'plan',
  'messages',
  'amends',
  'concerns',
] as const;
export type LiveTopic = (typeof LIVE_TOPICS)[number];

export interface LiveUpdate {
  topic: LiveTopic;
  /** The plan it changed on; null when it is not about one plan (or when everything may have changed). */
  planId: string | null;
}
