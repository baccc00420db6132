import { consentedCategories, ConsentCategory } from '@homeward/domain';
import type { LiveTopic } from '../../platform/live/live-updates';
import type { LiveAudienceRow } from './live-audience.reader';

/** A recorded change as the topics need it: its type, what followed it, and who made it. */
export interface ChangeSeen {
  type: string;
  details: Record<string, unknown>;
  actorUserId: string;
  /** The actor acted from their own family place on the plan. */
  actorIsFamily: boolean;
}

/** One live update to publish: a topic and who hears it. */
export interface LiveDelivery {
  topic: LiveTopic;
  userIds: string[];
}

/** The page a change belongs to, from its event type (`visit.requested` → visits). */
export function topicOf(type: string): LiveTopic {
  // The first weeks' hopes are part of the agreement (issue 15): its pages read them again.
  if (type.startsWith('agreement.') || type.startsWith('first_weeks.')) return 'agreement';
  if (type.startsWith('visit.') || type.startsWith('calendar.')) return 'visits';
  if (type.startsWith('checkin.')) return 'check-ins';
  if (type.startsWith('plan.phase_') || type.startsWith('plan.milestone_')) return 'progress';
  if (type.startsWith('message.')) return 'messages';
  if (type.startsWith('amends.')) return 'amends';
  if (type.startsWith('concern.') || type.startsWith('repair.')) return 'concerns';
  // Members, consents, the plan's status and anything new: the plan itself changed.
  return 'plan';
}

/**
 * Every page a change touches: its own, and what followed it in the same transaction (visits
 * the plan no longer allows were cancelled; the contract took a new version).
 */
export function topicsOf(change: ChangeSeen): LiveTopic[] {
  const topics = new Set<LiveTopic>([topicOf(change.type)]);
  const cancelled = change.details['cancelledVisitIds'];
  if (Array.isArray(cancelled) && cancelled.length > 0) topics.add('visits');
  if (change.details['contractVersion'] !== undefined) topics.add('agreement');
  return [...topics];
}

/** What a family member must be consented to before hearing of a topic (the patient's record). */
const NEEDS_CONSENT: Partial<Record<LiveTopic, ConsentCategory>> = {
  'check-ins': 'CHECKINS',
  progress: 'PROGRESS',
};

/**
 * A phase proposal is every member's to answer (DESIGN rule 4), consent or not: family members
 * who may not follow the patient's progress still hear that one is waiting for them.
 */
const EVERY_MEMBERS_PART = new Set([
  'plan.phase_proposed',
  'plan.phase_agreed',
  'plan.phase_wait_asked',
]);

/**
 * Who hears of a change, topic by topic: everyone who can see the plan (the actor too: their
 * other tabs refresh), except that a family member hears of the patient's check-ins and progress
 * only while the patient's consent covers them; a family member's own check-in and calendar
 * link are theirs and staff's only.
 */
export function deliveriesFor(
  change: ChangeSeen,
  audience: LiveAudienceRow[],
  now: Date,
): LiveDelivery[] {
  return topicsOf(change)
    .map((topic) => ({ topic, userIds: hearing(topic, change, audience, now) }))
    .filter((delivery) => delivery.userIds.length > 0);
}

function hearing(
  topic: LiveTopic,
  change: ChangeSeen,
  audience: LiveAudienceRow[],
  now: Date,
): string[] {
  if (change.type.startsWith('calendar.')) return [change.actorUserId];
  // A thread's people and staff, or an amends' own people: their service names them (ids, never words).
  const named = change.details['hearing'];
  if ((topic === 'messages' || topic === 'amends') && Array.isArray(named)) {
    return audience.filter((row) => named.includes(row.userId)).map((row) => row.userId);
  }
  // Staff see a concern first: members hear of it only once they may see it (the event names them).
  if (topic === 'concerns') {
    const seenBy = new Set((change.details['seenByUserIds'] as string[] | undefined) ?? []);
    return audience
      .filter(
        (row) =>
          row.seat === 'STAFF' || row.userId === change.actorUserId || seenBy.has(row.userId),
      )
      .map((row) => row.userId);
  }
  // A family member's own check-in and family track marks are theirs and staff's only.
  const ownCheckIn =
    change.actorIsFamily &&
    (change.type.startsWith('checkin.') || change.type.startsWith('family_track.'));
  const needed = EVERY_MEMBERS_PART.has(change.type) ? undefined : NEEDS_CONSENT[topic];
  return audience
    .filter((row) => {
      if (ownCheckIn) return row.seat === 'STAFF' || row.userId === change.actorUserId;
      if (row.seat !== 'FAMILY' || !needed) return true;
      const consent = row.categories &&
        row.expiresAt && {
          categories: row.categories,
          expiresAt: new Date(row.expiresAt),
          revokedAt: null,
        };
      return consentedCategories(consent || null, now).includes(needed);
    })
    .map((row) => row.userId);
}
