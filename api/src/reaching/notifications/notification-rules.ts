import {
  ConsentCategory,
  HARD_VISIT_RATING,
  HIGH_CRAVING,
  NotificationKind,
} from '@homeward/domain';
import type { Listener } from './audience.read-model';

/** A notification a rule decided to make (it is made once per person and dedupe key). */
export interface ToTell {
  userId: string;
  memberId: string | null;
  kind: NotificationKind;
  recordId: string | null;
  dedupeKey: string;
  /** Made, and mailed, only while the family member's consent shares this. */
  needsConsent: ConsentCategory | null;
}

/** A recorded change, and what the rules need to know about it beyond the event. */
export interface ChangeFacts {
  eventId: string;
  type: string;
  recordId: string | null;
  details: Record<string, unknown>;
  actorUserId: string;
  listeners: Listener[];
  /** Visit events: each visit's participants (plan member ids). */
  participantsOf: Map<string, string[]>;
  /** A check-in: whose it was and the craving it recorded. */
  checkIn: { memberId: string; craving: number | null } | null;
}

const tell = (
  listener: Listener,
  kind: NotificationKind,
  recordId: string | null,
  dedupeKey: string,
  needsConsent: ConsentCategory | null = null,
): ToTell => ({
  userId: listener.userId,
  memberId: listener.memberId,
  kind,
  recordId,
  dedupeKey,
  needsConsent,
});

/** The patient sees every visit; a family member only those they take part in (access/visibility/visits). */
function seesVisitOf(listener: Listener, participants: string[]): boolean {
  return (
    listener.kind === 'PATIENT' ||
    (listener.memberId !== null && participants.includes(listener.memberId))
  );
}

function visitNews(
  facts: ChangeFacts,
  visitId: string,
  kind: NotificationKind,
  key: string,
): ToTell[] {
  const participants = facts.participantsOf.get(visitId) ?? [];
  return facts.listeners
    .filter(
      (l) => l.kind !== 'STAFF' && l.userId !== facts.actorUserId && seesVisitOf(l, participants),
    )
    .map((l) => tell(l, kind, visitId, key));
}

const counselors = (facts: ChangeFacts) => facts.listeners.filter((l) => l.kind === 'STAFF');

/**
 * Who is told what about one change (DESIGN §3 Notification), apart from what now waits for
 * someone's answer (read from the agreement and the visits, see WaitingNotifications). Nobody
 * is told of their own change; a family member only of what they may see right now.
 */
export function toldOfChange(facts: ChangeFacts): ToTell[] {
  const told: ToTell[] = [];
  const { type, recordId, details } = facts;
  if (type === 'visit.approved' && recordId) {
    told.push(...visitNews(facts, recordId, 'VISIT_APPROVED', `visit-approved:${recordId}`));
  }
  if ((type === 'visit.opted_out' || type === 'visit.ended_early') && recordId) {
    told.push(
      ...visitNews(facts, recordId, 'VISIT_CHANGED', `visit-changed:${recordId}:${facts.eventId}`),
    );
  }
  const cancelled = [
    ...(type === 'visit.cancelled' && recordId ? [recordId] : []),
    ...((details['cancelledVisitIds'] as string[] | undefined) ?? []),
  ];
  for (const visitId of cancelled) {
    told.push(...visitNews(facts, visitId, 'VISIT_CANCELLED', `visit-cancelled:${visitId}`));
  }
  if (type === 'checkin.submitted' && recordId && facts.checkIn) {
    const byPatient = facts.listeners.some(
      (l) => l.kind === 'PATIENT' && l.memberId === facts.checkIn?.memberId,
    );
    if (byPatient) {
      for (const family of facts.listeners.filter(
        (l) => l.kind === 'FAMILY' && l.categories.includes('CHECKINS'),
      )) {
        told.push(tell(family, 'CHECK_IN_SHARED', recordId, `check-in:${recordId}`, 'CHECKINS'));
      }
    }
    if ((facts.checkIn.craving ?? 0) >= HIGH_CRAVING) {
      told.push(
        ...counselors(facts).map((s) =>
          tell(s, 'STAFF_HIGH_CRAVING', recordId, `high-craving:${recordId}`),
        ),
      );
    }
  }
  if (type === 'visit.debriefed' && recordId && Number(details['rating']) <= HARD_VISIT_RATING) {
    told.push(
      ...counselors(facts).map((s) =>
        tell(s, 'STAFF_HARD_VISIT', recordId, `hard-visit:${facts.eventId}`),
      ),
    );
  }
  if (type === 'plan.plan_paused' && details['askedByMember'] === true) {
    told.push(
      ...counselors(facts).map((s) =>
        tell(s, 'STAFF_PAUSE_ASKED', null, `pause-asked:${facts.eventId}`),
      ),
    );
  }
  // Messages and amends (issue 12): the service names who may be told; the words stay discreet.
  const namedUsers = (key: string) => (details[key] as string[] | string | undefined) ?? [];
  if (type === 'message.sent' && recordId) {
    const recipients = namedUsers('recipientUserIds');
    for (const l of facts.listeners.filter((l) => recipients.includes(l.userId))) {
      told.push(tell(l, 'MESSAGE_NEW', null, `message:${recordId}`));
    }
  }
  if (type === 'amends.offered' && recordId) {
    const recipient = namedUsers('recipientUserId');
    for (const l of facts.listeners.filter((l) => recipient.includes(l.userId))) {
      told.push(tell(l, 'AMENDS_OFFERED', null, `amends-offered:${recordId}`));
    }
  }
  if (type === 'amends.prepared' && recordId) {
    told.push(
      ...counselors(facts).map((s) =>
        tell(s, 'STAFF_AMENDS_TO_REVIEW', null, `amends-prepared:${recordId}`),
      ),
    );
  }
  told.push(...concernNews(facts));
  told.push(...safetyPlanNews(facts));
  told.push(...lapseNews(facts));
  told.push(...firstWeeksNews(facts));
  told.push(...trialNews(facts));
  // A new check-in schedule: the patient and family follow it (its reminders), so each is told.
  if (type === 'plan.check_in_schedule_set' && recordId) {
    for (const member of facts.listeners.filter((l) => l.kind !== 'STAFF'))
      told.push(tell(member, 'CHECK_IN_SCHEDULE_SET', null, `check-in-schedule:${recordId}`));
  }
  return [...told.filter((t) => t.userId !== facts.actorUserId), ...closingNews(facts)];
}

/**
 * A plan completed (issue 15): everyone on it receives the closing summary — the counselor who
 * completed it too, so it reaches every member and staff alike.
 */
function closingNews(facts: ChangeFacts): ToTell[] {
  if (facts.type !== 'plan.plan_completed') return [];
  return facts.listeners.map((l) =>
    tell(l, 'CLOSING_SUMMARY', null, `closing-summary:${String(facts.recordId)}`),
  );
}

/**
 * Concerns (issue 12): staff hear of a new one at once (a SAFETY one by urgent mail); a member
 * hears only once it has been reviewed and they may see it, and when a repair waits for them.
 */
function concernNews(facts: ChangeFacts): ToTell[] {
  const { type, recordId, details } = facts;
  if (!recordId || !(type.startsWith('concern.') || type.startsWith('repair.'))) return [];
  const told: ToTell[] = [];
  if (type === 'concern.raised') {
    const kind = details['severity'] === 'SAFETY' ? 'STAFF_CONCERN_SAFETY' : 'STAFF_CONCERN';
    told.push(...counselors(facts).map((s) => tell(s, kind, recordId, `concern:${recordId}`)));
  }
  const named = (key: string) => {
    const ids = (details[key] as string[] | undefined) ?? [];
    return facts.listeners.filter((l) => l.memberId !== null && ids.includes(l.memberId));
  };
  for (const member of named('newlySeenByMemberIds'))
    told.push(tell(member, 'CONCERN_TO_READ', recordId, `concern-to-read:${recordId}`));
  if (type === 'repair.proposed')
    for (const member of named('ownerMemberIds'))
      told.push(tell(member, 'REPAIR_TO_ACCEPT', recordId, repairKey(details['agreementId'])));
  return told;
}

/**
 * The safety plan (issue 13): a family member hears, in discreet words, when a consent shares it
 * with them, and when a version is written while it is shared (who to call may have changed);
 * only while it still is.
 */
function safetyPlanNews(facts: ChangeFacts): ToTell[] {
  const { type, details } = facts;
  const sharing = (l: Listener) => l.kind === 'FAMILY' && l.categories.includes('SAFETY_PLAN');
  if (type === 'plan.consent_granted') {
    const categories = (details['categories'] as string[] | undefined) ?? [];
    if (!categories.includes('SAFETY_PLAN')) return [];
    return facts.listeners
      .filter((l) => l.memberId === details['memberId'] && sharing(l))
      .map((l) =>
        tell(
          l,
          'SAFETY_PLAN_SHARED',
          null,
          `safety-plan-shared:${String(details['consentId'])}`,
          'SAFETY_PLAN',
        ),
      );
  }
  if (type === 'safety_plan.saved') {
    const version = Number(details['version']);
    return facts.listeners
      .filter(sharing)
      .map((l) =>
        tell(
          l,
          'SAFETY_PLAN_SHARED',
          null,
          version === 1
            ? `safety-plan-first:${l.memberId}`
            : `safety-plan-${version}:${l.memberId}`,
          'SAFETY_PLAN',
        ),
      );
  }
  return [];
}

/**
 * The lapse plan (issue 13): everyone on the plan is asked to accept a new version; when something
 * happens, the counselor hears at once and the people the family agreed on are told (never
 * what happened: that stays on the page, within consent); they hear again once the plan resumes.
 */
function lapseNews(facts: ChangeFacts): ToTell[] {
  const { type, recordId, details } = facts;
  if (!recordId || !(type.startsWith('lapse_plan.') || type.startsWith('lapse.'))) return [];
  const members = facts.listeners.filter((l) => l.kind !== 'STAFF');
  if (type === 'lapse_plan.proposed')
    return members.map((m) => tell(m, 'LAPSE_PLAN_TO_ACCEPT', null, lapsePlanKey(recordId)));
  const agreedOn = () => {
    const ids = (details['toldMemberIds'] as string[] | undefined) ?? [];
    return members.filter((l) => l.memberId !== null && ids.includes(l.memberId));
  };
  if (type === 'lapse.recorded')
    return [
      ...counselors(facts).map((s) =>
        tell(s, 'STAFF_SOMETHING_HAPPENED', null, `something-happened:${recordId}`),
      ),
      ...agreedOn().map((m) => tell(m, 'LAPSE_PLAN_FOLLOWED', null, `lapse-told:${recordId}`)),
    ];
  if (type === 'lapse.resumed')
    return agreedOn().map((m) => tell(m, 'LAPSE_PLAN_FOLLOWED', null, `lapse-resumed:${recordId}`));
  return [];
}

/**
 * The first weeks at home (issue 15): the people a hope names hear that someone shared a few
 * words with them; every member hears of a counselor's suggestion. Never the words or whose.
 */
function firstWeeksNews(facts: ChangeFacts): ToTell[] {
  const { type, recordId, details } = facts;
  if (!recordId) return [];
  if (type === 'first_weeks.hope_written') {
    const told = (details['toldMemberIds'] as string[] | undefined) ?? [];
    return facts.listeners
      .filter((l) => l.memberId !== null && told.includes(l.memberId))
      .map((l) => tell(l, 'FIRST_WEEKS_HOPE', null, `first-weeks-hope:${recordId}`));
  }
  if (type === 'first_weeks.suggested')
    return facts.listeners
      .filter((l) => l.kind !== 'STAFF')
      .map((l) => tell(l, 'FIRST_WEEKS_SUGGESTION', null, `first-weeks-suggestion:${recordId}`));
  return [];
}

/**
 * The trial homecoming (issue 15): every member is asked to sign a newly published version of the
 * conditions, and told that a review happened — in words that say only "something new": the
 * outcome is read on the page, in kind words, never on a lock screen.
 */
function trialNews(facts: ChangeFacts): ToTell[] {
  const { type, recordId } = facts;
  if (!recordId || !type.startsWith('trial.')) return [];
  const members = facts.listeners.filter((l) => l.kind !== 'STAFF');
  if (type === 'trial.published')
    return members.map((m) => tell(m, 'TRIAL_TO_SIGN', null, trialSignKey(recordId)));
  if (type === 'trial.reviewed')
    return members.map((m) => tell(m, 'TRIAL_REVIEWED', null, `trial-reviewed:${recordId}`));
  return [];
}

/** A version of the trial's conditions is asked to be signed once per person and version. */
const trialSignKey = (versionId: unknown) => `trial-sign:${String(versionId)}`;

/** A lapse plan version's "accept it" is made once per person and version. */
const lapsePlanKey = (versionId: unknown) => `lapse-plan:${String(versionId)}`;

/** A repair agreement's "accept your part" is made once per person and agreement. */
const repairKey = (agreementId: unknown) => `repair:${String(agreementId)}`;

/** A notification that waited on someone for what is now done: read for them (`userId` null: for all). */
export interface Done {
  userId: string | null;
  kind: NotificationKind;
  dedupeKey: string;
}

/**
 * What a change has done of what waited on people, so it stops counting as unread: a repair's
 * part once its owner accepts it, and every part of a repair a newer one replaced.
 */
export function doneByChange(
  facts: Pick<ChangeFacts, 'type' | 'details' | 'actorUserId'> & { recordId?: string | null },
): Done[] {
  const { type, details, actorUserId } = facts;
  if (type === 'repair.accepted')
    return [
      {
        userId: actorUserId,
        kind: 'REPAIR_TO_ACCEPT',
        dedupeKey: repairKey(details['agreementId']),
      },
    ];
  if (type === 'concern.closed' && details['closedAgreementId'])
    return [
      {
        userId: null,
        kind: 'REPAIR_TO_ACCEPT',
        dedupeKey: repairKey(details['closedAgreementId']),
      },
    ];
  if (type === 'lapse_plan.accepted')
    return [
      {
        userId: actorUserId,
        kind: 'LAPSE_PLAN_TO_ACCEPT',
        dedupeKey: lapsePlanKey(facts.recordId),
      },
    ];
  if (type === 'lapse_plan.proposed')
    return ((details['replacedVersionIds'] as string[] | undefined) ?? []).map((id) => ({
      userId: null,
      kind: 'LAPSE_PLAN_TO_ACCEPT' as const,
      dedupeKey: lapsePlanKey(id),
    }));
  if (type === 'trial.signed')
    return [
      { userId: actorUserId, kind: 'TRIAL_TO_SIGN', dedupeKey: trialSignKey(facts.recordId) },
    ];
  if (type === 'trial.published' && details['replacedVersionId'])
    return [
      {
        userId: null,
        kind: 'TRIAL_TO_SIGN',
        dedupeKey: trialSignKey(details['replacedVersionId']),
      },
    ];
  if (type === 'repair.proposed' && details['replacedAgreementId'])
    return [
      {
        userId: null,
        kind: 'REPAIR_TO_ACCEPT',
        dedupeKey: repairKey(details['replacedAgreementId']),
      },
    ];
  return [];
}
