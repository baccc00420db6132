import { LiveAudienceRow } from './live-audience.reader';
import { ChangeSeen, deliveriesFor, topicOf, topicsOf } from './live-topics';

const NOW = new Date('2026-03-02T09:00:00Z');
const LATER = new Date('2026-04-01T00:00:00Z');
const EARLIER = new Date('2026-03-01T00:00:00Z');

const row = (
  userId: string,
  seat: LiveAudienceRow['seat'],
  consent?: Partial<LiveAudienceRow>,
) => ({
  userId,
  seat,
  memberId: seat === 'FAMILY' ? `${userId}-place` : null,
  categories: null,
  expiresAt: null,
  ...consent,
});

const AUDIENCE: LiveAudienceRow[] = [
  row('patient', 'PATIENT'),
  row('counselor', 'STAFF'),
  row('admin', 'STAFF'),
  row('sharing', 'FAMILY', { categories: ['CHECKINS', 'PROGRESS'], expiresAt: LATER }),
  row('expired', 'FAMILY', { categories: ['CHECKINS', 'PROGRESS'], expiresAt: EARLIER }),
  row('progressOnly', 'FAMILY', { categories: ['PROGRESS'], expiresAt: LATER }),
  row('none', 'FAMILY'),
];

const change = (
  type: string,
  details: Record<string, unknown> = {},
  by = 'patient',
): ChangeSeen => ({
  type,
  details,
  actorUserId: by,
  actorIsFamily: by !== 'patient' && by !== 'counselor',
});

const heard = (seen: ChangeSeen) =>
  Object.fromEntries(deliveriesFor(seen, AUDIENCE, NOW).map((d) => [d.topic, d.userIds]));

describe('live topics', () => {
  it('names the page of each kind of change', () => {
    expect(topicOf('agreement.expectation_proposed')).toBe('agreement');
    expect(topicOf('first_weeks.hope_written')).toBe('agreement');
    expect(topicOf('visit.requested')).toBe('visits');
    expect(topicOf('checkin.submitted')).toBe('check-ins');
    expect(topicOf('plan.phase_advanced')).toBe('progress');
    expect(topicOf('plan.milestone_verified')).toBe('progress');
    expect(topicOf('plan.member_removed')).toBe('plan');
    expect(topicOf('plan.consent_revoked')).toBe('plan');
    expect(topicOf('plan.plan_paused')).toBe('plan');
  });

  it('adds the pages of what followed the change in its transaction', () => {
    expect(topicsOf(change('plan.plan_paused', { cancelledVisitIds: ['v1'] }))).toEqual([
      'plan',
      'visits',
    ]);
    expect(topicsOf(change('plan.plan_paused', { cancelledVisitIds: [] }))).toEqual(['plan']);
    expect(topicsOf(change('agreement.boundary_acknowledged', { contractVersion: 2 }))).toEqual([
      'agreement',
    ]);
    expect(topicsOf(change('plan.member_removed', { contractVersion: 3 }))).toEqual([
      'plan',
      'agreement',
    ]);
  });

  it("tells family members of the patient's check-ins and progress only within a live consent", () => {
    expect(heard(change('checkin.submitted'))).toEqual({
      'check-ins': ['patient', 'counselor', 'admin', 'sharing'],
    });
    expect(heard(change('plan.phase_advanced', {}, 'counselor'))).toEqual({
      progress: ['patient', 'counselor', 'admin', 'sharing', 'progressOnly'],
    });
  });

  it('tells everyone on the plan of the rest, and of a phase proposal each member must answer', () => {
    const everyone = AUDIENCE.map((r) => r.userId);
    expect(heard(change('visit.requested'))).toEqual({ visits: everyone });
    expect(heard(change('plan.phase_proposed', {}, 'counselor'))).toEqual({ progress: everyone });
  });

  it("keeps a family member's own check-in and calendar link to them (and staff)", () => {
    expect(heard(change('checkin.submitted', {}, 'none'))).toEqual({
      'check-ins': ['counselor', 'admin', 'none'],
    });
    expect(heard(change('calendar.enabled', {}, 'none'))).toEqual({ visits: ['none'] });
    // A family track mark is theirs too: the patient and other family members never hear of it.
    expect(heard(change('family_track.marked', {}, 'none'))).toEqual({
      plan: ['counselor', 'admin', 'none'],
    });
  });

  it('tells of messages and amends only the people their service names (a "not now" never reaches the patient)', () => {
    expect(heard(change('message.sent', { hearing: ['patient', 'sharing', 'counselor'] }))).toEqual(
      {
        messages: ['patient', 'counselor', 'sharing'],
      },
    );
    expect(
      heard(change('amends.not_now', { hearing: ['sharing', 'counselor', 'admin'] }, 'sharing')),
    ).toEqual({ amends: ['counselor', 'admin', 'sharing'] });
  });
});

describe('live updates of a concern', () => {
  it('reach staff and the actor, and members only once the event names them', () => {
    expect(topicOf('concern.raised')).toBe('concerns');
    expect(topicOf('repair.accepted')).toBe('concerns');
    const raised = deliveriesFor(
      change('concern.raised', { seenByUserIds: [] }, 'none'),
      AUDIENCE,
      NOW,
    );
    expect(raised).toEqual([{ topic: 'concerns', userIds: ['counselor', 'admin', 'none'] }]);
    const reviewed = deliveriesFor(
      change('concern.reviewed', { seenByUserIds: ['none', 'patient'] }, 'counselor'),
      AUDIENCE,
      NOW,
    );
    expect(reviewed[0].userIds.sort()).toEqual(['admin', 'counselor', 'none', 'patient']);
  });
});
