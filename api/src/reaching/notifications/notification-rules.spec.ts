import type { Listener } from './audience.read-model';
import { ChangeFacts, doneByChange, toldOfChange } from './notification-rules';

const person = (
  userId: string,
  kind: Listener['kind'],
  categories: Listener['categories'] = [],
): Listener => ({
  userId,
  role: kind === 'STAFF' ? 'COUNSELOR' : kind,
  memberId: kind === 'STAFF' ? null : `member-of-${userId}`,
  kind,
  email: `${userId}@test.example`,
  language: 'EN',
  timeZone: 'UTC',
  categories,
  preferences: null,
});

const patient = person('pat', 'PATIENT');
const mother = person('maria', 'FAMILY', ['CHECKINS']);
const partner = person('sam', 'FAMILY');
const counselor = person('casey', 'STAFF');

const facts = (changes: Partial<ChangeFacts>): ChangeFacts => ({
  eventId: '41',
  type: 'visit.approved',
  recordId: 'visit-1',
  details: {},
  actorUserId: counselor.userId,
  listeners: [patient, mother, partner, counselor],
  participantsOf: new Map([['visit-1', [patient.memberId as string, mother.memberId as string]]]),
  checkIn: null,
  ...changes,
});

const who = (told: ReturnType<typeof toldOfChange>) =>
  told.map((t) => `${t.userId}:${t.kind}`).sort();

describe('who is told of a change', () => {
  it('tells only the people a hope for the first weeks names (never its author, nothing for an emptied one); every member of a suggestion', () => {
    const written = (toldMemberIds: string[]) =>
      facts({
        type: 'first_weeks.hope_written',
        recordId: 'hope-1',
        actorUserId: patient.userId,
        details: { toldMemberIds },
      });
    expect(who(toldOfChange(written([mother.memberId as string])))).toEqual([
      'maria:FIRST_WEEKS_HOPE',
    ]);
    expect(toldOfChange(written([]))).toEqual([]);
    const suggested = facts({ type: 'first_weeks.suggested', recordId: 's-1' });
    expect(who(toldOfChange(suggested))).toEqual([
      'maria:FIRST_WEEKS_SUGGESTION',
      'pat:FIRST_WEEKS_SUGGESTION',
      'sam:FIRST_WEEKS_SUGGESTION',
    ]);
  });

  it('asks every member to sign a published trial version, settles it for whoever signs, and for all once replaced', () => {
    const published = facts({
      type: 'trial.published',
      recordId: 'v2',
      details: { replacedVersionId: 'v1' },
    });
    expect(who(toldOfChange(published))).toEqual([
      'maria:TRIAL_TO_SIGN',
      'pat:TRIAL_TO_SIGN',
      'sam:TRIAL_TO_SIGN',
    ]);
    expect(doneByChange(published)).toEqual([
      { userId: null, kind: 'TRIAL_TO_SIGN', dedupeKey: 'trial-sign:v1' },
    ]);
    expect(
      doneByChange({ type: 'trial.signed', details: {}, actorUserId: 'pat', recordId: 'v2' }),
    ).toEqual([{ userId: 'pat', kind: 'TRIAL_TO_SIGN', dedupeKey: 'trial-sign:v2' }]);
  });

  it('tells every member that a trial review happened, never staff, and nobody of a weekly answer', () => {
    const reviewed = facts({
      type: 'trial.reviewed',
      recordId: 'r1',
      details: { outcome: 'EXTEND' },
    });
    expect(who(toldOfChange(reviewed))).toEqual([
      'maria:TRIAL_REVIEWED',
      'pat:TRIAL_REVIEWED',
      'sam:TRIAL_REVIEWED',
    ]);
    expect(
      toldOfChange(facts({ type: 'trial.home_answered', recordId: 'a1', actorUserId: 'pat' })),
    ).toEqual([]);
  });

  it('gives everyone on a completed plan its closing note, the counselor who completed it too', () => {
    const told = toldOfChange(facts({ type: 'plan.plan_completed', recordId: 'plan-1' }));
    expect(who(told)).toEqual([
      'casey:CLOSING_SUMMARY',
      'maria:CLOSING_SUMMARY',
      'pat:CLOSING_SUMMARY',
      'sam:CLOSING_SUMMARY',
    ]);
    expect(new Set(told.map((t) => t.dedupeKey))).toEqual(new Set(['closing-summary:plan-1']));
  });

  it('tells the patient and family, not staff, when the check-in schedule changes', () => {
    const told = toldOfChange(facts({ type: 'plan.check_in_schedule_set', recordId: 'v2' }));
    expect(who(told)).toEqual([
      'maria:CHECK_IN_SCHEDULE_SET',
      'pat:CHECK_IN_SCHEDULE_SET',
      'sam:CHECK_IN_SCHEDULE_SET',
    ]);
  });

  it('asks everyone on the plan to accept a lapse plan version, and settles it for whoever accepts', () => {
    const proposed = facts({ type: 'lapse_plan.proposed', recordId: 'v1', details: {} });
    expect(who(toldOfChange(proposed))).toEqual([
      'maria:LAPSE_PLAN_TO_ACCEPT',
      'pat:LAPSE_PLAN_TO_ACCEPT',
      'sam:LAPSE_PLAN_TO_ACCEPT',
    ]);
    expect(
      doneByChange({
        type: 'lapse_plan.accepted',
        details: {},
        actorUserId: 'sam',
        recordId: 'v1',
      }),
    ).toEqual([{ userId: 'sam', kind: 'LAPSE_PLAN_TO_ACCEPT', dedupeKey: 'lapse-plan:v1' }]);
  });

  it('when something happens, tells the counselor and only the people the family agreed on; without a plan, only the counselor', () => {
    const agreed = facts({
      type: 'lapse.recorded',
      recordId: 'l1',
      actorUserId: patient.userId,
      details: { toldMemberIds: [mother.memberId] },
    });
    expect(who(toldOfChange(agreed))).toEqual([
      'casey:STAFF_SOMETHING_HAPPENED',
      'maria:LAPSE_PLAN_FOLLOWED',
    ]);
    // What happened is never the notification's: it names no record.
    expect(toldOfChange(agreed).every((t) => t.recordId === null)).toBe(true);
    const none = facts({
      type: 'lapse.recorded',
      recordId: 'l2',
      actorUserId: patient.userId,
      details: { toldMemberIds: [] },
    });
    expect(who(toldOfChange(none))).toEqual(['casey:STAFF_SOMETHING_HAPPENED']);
  });

  it('tells those who see a visit that it is confirmed: the patient and its participants, not other family', () => {
    expect(who(toldOfChange(facts({})))).toEqual(['maria:VISIT_APPROVED', 'pat:VISIT_APPROVED']);
  });

  it('tells a family member a safety plan was shared with them only when their consent shares it, and each time a version is written', () => {
    const sharing = person('maria', 'FAMILY', ['SAFETY_PLAN']);
    const listeners = [patient, sharing, partner, counselor];
    const granted = (memberId: string | null, categories: string[]) =>
      toldOfChange(
        facts({
          type: 'plan.consent_granted',
          recordId: 'plan-1',
          actorUserId: patient.userId,
          listeners,
          details: { consentId: 'c1', memberId, categories },
        }),
      );
    expect(who(granted(sharing.memberId, ['PROGRESS', 'SAFETY_PLAN']))).toEqual([
      'maria:SAFETY_PLAN_SHARED',
    ]);
    expect(who(granted(sharing.memberId, ['PROGRESS']))).toEqual([]);
    // Sam's consent does not share it: he is never told.
    expect(who(granted(partner.memberId, ['SAFETY_PLAN']))).toEqual([]);
    const saved = (version: number) =>
      toldOfChange(
        facts({
          type: 'safety_plan.saved',
          recordId: 'v',
          actorUserId: patient.userId,
          listeners,
          details: { version },
        }),
      );
    expect(who(saved(1))).toEqual(['maria:SAFETY_PLAN_SHARED']);
    // A new version tells her again: who to call may have changed.
    expect(who(saved(2))).toEqual(['maria:SAFETY_PLAN_SHARED']);
    expect(saved(2)[0].dedupeKey).not.toBe(saved(1)[0].dedupeKey);
  });

  it('never tells people of their own change', () => {
    const told = toldOfChange(facts({ type: 'visit.opted_out', actorUserId: mother.userId }));
    expect(who(told)).toEqual(['pat:VISIT_CHANGED']);
  });

  it('tells of visits a change cancelled along the way', () => {
    const told = toldOfChange(
      facts({
        type: 'plan.plan_paused',
        recordId: 'plan-1',
        details: { cancelledVisitIds: ['visit-1'] },
      }),
    );
    expect(who(told)).toEqual(['maria:VISIT_CANCELLED', 'pat:VISIT_CANCELLED']);
  });

  it('shares a patient’s check-in only with family whose consent covers check-ins, and a high craving only with staff', () => {
    const told = toldOfChange(
      facts({
        type: 'checkin.submitted',
        recordId: 'check-in-1',
        actorUserId: patient.userId,
        checkIn: { memberId: patient.memberId as string, craving: 8 },
      }),
    );
    expect(who(told)).toEqual(['casey:STAFF_HIGH_CRAVING', 'maria:CHECK_IN_SHARED']);
    expect(told.find((t) => t.kind === 'CHECK_IN_SHARED')?.needsConsent).toBe('CHECKINS');
  });

  it('keeps a family member’s own check-in to themselves and staff', () => {
    const told = toldOfChange(
      facts({
        type: 'checkin.submitted',
        recordId: 'check-in-2',
        actorUserId: mother.userId,
        checkIn: { memberId: mother.memberId as string, craving: null },
      }),
    );
    expect(told).toEqual([]);
  });

  it('tells the counselors of a hard visit and of a pause a member asked for, not of one staff chose', () => {
    expect(
      who(
        toldOfChange(
          facts({ type: 'visit.debriefed', details: { rating: 2 }, actorUserId: 'maria' }),
        ),
      ),
    ).toEqual(['casey:STAFF_HARD_VISIT']);
    expect(
      toldOfChange(
        facts({ type: 'visit.debriefed', details: { rating: 3 }, actorUserId: 'maria' }),
      ),
    ).toEqual([]);
    expect(
      who(
        toldOfChange(
          facts({ type: 'plan.plan_paused', details: { askedByMember: true }, actorUserId: 'sam' }),
        ),
      ),
    ).toEqual(['casey:STAFF_PAUSE_ASKED']);
    expect(
      toldOfChange(facts({ type: 'plan.plan_paused', details: { reason: 'Holiday' } })),
    ).toEqual([]);
  });
});

describe('who is told of a concern', () => {
  it('tells staff of a new one (a SAFETY one as such), and nobody it is about before review', () => {
    const raised = (severity: string) =>
      who(
        toldOfChange(
          facts({
            type: 'concern.raised',
            recordId: 'concern-1',
            actorUserId: partner.userId,
            details: { severity, newlySeenByMemberIds: [] },
          }),
        ),
      );
    expect(raised('LOW')).toEqual(['casey:STAFF_CONCERN']);
    expect(raised('SAFETY')).toEqual(['casey:STAFF_CONCERN_SAFETY']);
  });

  it('tells the people who may now see it, and those a repair waits on', () => {
    expect(
      who(
        toldOfChange(
          facts({
            type: 'concern.reviewed',
            recordId: 'concern-1',
            details: { newlySeenByMemberIds: [patient.memberId] },
          }),
        ),
      ),
    ).toEqual(['pat:CONCERN_TO_READ']);
    expect(
      who(
        toldOfChange(
          facts({
            type: 'repair.proposed',
            recordId: 'concern-1',
            details: {
              newlySeenByMemberIds: [],
              ownerMemberIds: [patient.memberId, partner.memberId],
              agreementId: 'a-1',
            },
          }),
        ),
      ),
    ).toEqual(['pat:REPAIR_TO_ACCEPT', 'sam:REPAIR_TO_ACCEPT']);
  });
});

describe('what a change has done of what waited on people', () => {
  it("reads the accepter's own part of a repair, and every part of one a newer repair replaced", () => {
    expect(
      doneByChange(
        facts({
          type: 'repair.accepted',
          actorUserId: partner.userId,
          details: { agreementId: 'a-1', agreed: false },
        }),
      ),
    ).toEqual([{ userId: 'sam', kind: 'REPAIR_TO_ACCEPT', dedupeKey: 'repair:a-1' }]);
    expect(
      doneByChange(
        facts({
          type: 'repair.proposed',
          details: { agreementId: 'a-2', replacedAgreementId: 'a-1', ownerMemberIds: [] },
        }),
      ),
    ).toEqual([{ userId: null, kind: 'REPAIR_TO_ACCEPT', dedupeKey: 'repair:a-1' }]);
    // The first repair of a concern replaces nothing; other changes settle nothing here.
    expect(
      doneByChange(
        facts({
          type: 'repair.proposed',
          details: { agreementId: 'a-1', replacedAgreementId: null },
        }),
      ),
    ).toEqual([]);
    expect(doneByChange(facts({ type: 'concern.reviewed' }))).toEqual([]);
  });

  it("reads everyone's part of the repair a closed concern still had waiting, and nothing without one", () => {
    expect(
      doneByChange(
        facts({
          type: 'concern.closed',
          details: { reason: 'TALKED_IT_THROUGH', closedAgreementId: 'a-3' },
        }),
      ),
    ).toEqual([{ userId: null, kind: 'REPAIR_TO_ACCEPT', dedupeKey: 'repair:a-3' }]);
    expect(
      doneByChange(facts({ type: 'concern.closed', details: { reason: 'TALKED_IT_THROUGH' } })),
    ).toEqual([]);
  });
});
