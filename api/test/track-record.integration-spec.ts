import { REDISCLOSURE_NOTICE } from '@homeward/domain';
import { codes, createTestApp, TestApp } from './create-test-app';
import { createHome, data, Home, refusal, Who } from './home';

const CHECK_IN =
  'mutation($i: PatientCheckInInput!) { submitCheckIn(input: $i) { id day mood replaced } }';
const FAMILY_CHECK_IN =
  'mutation($i: FamilyCheckInInput!) { submitFamilyCheckIn(input: $i) { id day stress } }';
const VISIT =
  'id status participants { memberId willingness } debriefs { authorName rating } canDebrief awaitingMyAnswer';
const REQUEST = `mutation($i: RequestVisitInput!) { requestVisit(input: $i) { ${VISIT} } }`;
const RESPOND = `mutation($i: RespondToVisitInput!) { respondToVisit(input: $i) { ${VISIT} } }`;
const APPROVE = `mutation($i: ApproveVisitInput!) { approveVisit(input: $i) { ${VISIT} } }`;
const CLOSE = `mutation($i: CloseVisitInput!) { closeVisit(input: $i) { ${VISIT} } }`;
const DEBRIEF = `mutation($i: DebriefVisitInput!) { debriefVisit(input: $i) { ${VISIT} } }`;
const PROPOSAL =
  'id status toPhaseName waitingFor awaitingMyAnswer blockers answers { displayName agree comment }';
const PROPOSE = `mutation($i: ProposeNextPhaseInput!) { proposeNextPhase(input: $i) { ${PROPOSAL} } }`;
const ANSWER = `mutation($i: AnswerPhaseProposalInput!) { answerPhaseProposal(input: $i) { ${PROPOSAL} } }`;
const RECORD = `query($p: ID!) { trackRecord(planId: $p) { today checkInDays { day mood craving note } commitments { windowDays kept total share }
  timeline { kind fromPhase toPhase reason agreedBy waitUntil } familyCheckIns { memberName stress } sharedCategories notice } }`;
const PHASES =
  'query($id: ID!) { plan(id: $id) { phases { position name status milestones { id title kind status progress target achievedAt } } } }';

interface Milestone {
  id: string;
  title: string;
  kind: string;
  status: string;
  progress: number;
  target: number;
  achievedAt: string | null;
}
interface Phase {
  position: number;
  name: string;
  status: string;
  milestones: Milestone[];
}

const DAY = 86_400_000;

describe('the track record: check-ins, visits, milestones and moving between phases', () => {
  let t: TestApp;
  let home: Home;
  let keys = 0;

  const as = (who: Who) => ({ cookie: home.cookie[who] });
  const checkIn = (input: Record<string, unknown> = {}) =>
    t.gql<{ submitCheckIn: { id: string; day: string; replaced: boolean } }>(
      CHECK_IN,
      {
        i: {
          planId: home.planId,
          idempotencyKey: `key-${keys++}-check-in`,
          mood: 4,
          craving: 2,
          attendedMeeting: true,
          ...input,
        },
      },
      as('patient'),
    );
  const phases = async () =>
    data(await t.gql<{ plan: { phases: Phase[] } }>(PHASES, { id: home.planId }, as('counselor')))
      .plan.phases;
  const at = (days: number, hour = 15) =>
    new Date(Date.parse(t.clock.now().toISOString().slice(0, 10)) + days * DAY + hour * 3_600_000);
  const request = (who: Who, input: Record<string, unknown>) =>
    t.gql<{ requestVisit: { id: string; status: string } }>(
      REQUEST,
      {
        i: {
          planId: home.planId,
          contactType: 'PHONE',
          startsAt: at(2),
          endsAt: at(2, 16),
          place: 'By phone',
          participantMemberIds: [home.member.patient, home.member.mother],
          ...input,
        },
      },
      as(who),
    );
  const toPhase = (position: number) =>
    t.dataSource.query(
      `UPDATE plan_phase SET status = (CASE WHEN position < $2 THEN 'DONE' WHEN position = $2 THEN 'CURRENT' ELSE 'LOCKED' END)::phase_status, started_at = $3 WHERE plan_id = $1`,
      [home.planId, position, t.clock.now()],
    );
  /** Moves the clock a whole number of days on and signs everyone in again (sessions end after 12 hours). */
  const nextDays = async (days: number) => {
    t.clock.advanceDays(days);
    await home.signInAgain();
  };

  beforeEach(async () => {
    t = await createTestApp();
    home = await createHome(t, 'Record Program');
  });
  afterEach(() => t.close());

  describe('check-ins', () => {
    it("keeps one per day in the person's time zone: a resent request changes nothing, a second one that day counts instead", async () => {
      // 09:00 UTC on 2 March is still 1 March in Pago Pago.
      await t.dataSource.query(
        `UPDATE app_user SET time_zone = 'Pacific/Pago_Pago' WHERE id = $1`,
        [home.org.people.PATIENT.userId],
      );
      const input = {
        planId: home.planId,
        idempotencyKey: 'the-same-key-1',
        mood: 3,
        craving: 5,
        attendedMeeting: false,
        note: 'A long day',
        noteVisibility: 'STAFF_ONLY',
      };
      const first = data(
        await t.gql<{ submitCheckIn: { id: string; day: string } }>(
          CHECK_IN,
          { i: input },
          as('patient'),
        ),
      ).submitCheckIn;
      expect(first.day).toBe('2026-03-01');
      const resent = data(
        await t.gql<{ submitCheckIn: { id: string } }>(CHECK_IN, { i: input }, as('patient')),
      ).submitCheckIn;
      expect(resent.id).toBe(first.id);
      expect(await t.count('check_in')).toBe(1);
      expect(
        await t.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'checkin.submitted'`),
      ).toHaveLength(1);

      t.clock.advanceMinutes(5);
      data(await checkIn({ mood: 5, craving: 1 }));
      const mine = data(
        await t.gql<{ myCheckIns: { mood: number; replaced: boolean }[] }>(
          'query($p: ID!) { myCheckIns(planId: $p) { mood replaced } }',
          { p: home.planId },
          as('patient'),
        ),
      ).myCheckIns;
      expect(mine).toEqual([
        { mood: 5, replaced: false },
        { mood: 3, replaced: true },
      ]);
      const record = data(
        await t.gql<{ trackRecord: { checkInDays: { mood: number; note: string | null }[] } }>(
          RECORD,
          { p: home.planId },
          as('counselor'),
        ),
      ).trackRecord;
      expect(record.checkInDays).toEqual([{ day: '2026-03-01', mood: 5, craving: 1, note: null }]);
    });

    it("keeps a family member's check-in with them and staff", async () => {
      data(
        await t.gql(
          FAMILY_CHECK_IN,
          {
            i: {
              planId: home.planId,
              idempotencyKey: 'family-key-1',
              stress: 4,
              wantsSupport: true,
              attendedMeeting: true,
            },
          },
          as('mother'),
        ),
      );
      const staff = data(
        await t.gql<{ trackRecord: { familyCheckIns: unknown[] } }>(
          RECORD,
          { p: home.planId },
          as('counselor'),
        ),
      ).trackRecord;
      expect(staff.familyCheckIns).toEqual([{ memberName: 'Maria', stress: 4 }]);
      const patient = data(
        await t.gql<{ trackRecord: { familyCheckIns: unknown[] } }>(
          RECORD,
          { p: home.planId },
          as('patient'),
        ),
      ).trackRecord;
      expect(patient.familyCheckIns).toEqual([]);
      expect(
        codes(
          await t.gql(
            CHECK_IN,
            {
              i: {
                planId: home.planId,
                idempotencyKey: 'family-key-2',
                mood: 3,
                craving: 0,
                attendedMeeting: false,
              },
            },
            as('mother'),
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    });

    it('shows a family member check-ins only within consent, without staff-only notes, with the notice and a disclosure', async () => {
      data(await checkIn({ note: 'Went for a walk', noteVisibility: 'PLAN' }));
      await nextDays(1);
      data(
        await checkIn({
          note: 'Talked with my counselor about Sunday',
          noteVisibility: 'STAFF_ONLY',
        }),
      );
      const without = data(
        await t.gql<{
          trackRecord: {
            checkInDays: unknown[];
            commitments: unknown[];
            timeline: unknown[];
            notice: string | null;
          };
        }>(RECORD, { p: home.planId }, as('mother')),
      ).trackRecord;
      expect(without).toMatchObject({
        checkInDays: [],
        commitments: [],
        timeline: [],
        notice: null,
        sharedCategories: [],
      });
      expect(await t.count('disclosure')).toBe(0);

      const grant = await t.gql(
        'mutation($i: GrantConsentInput!) { grantConsent(input: $i) { id } }',
        {
          i: {
            memberId: home.member.mother,
            categories: ['CHECKINS'],
            purpose: 'To support my return home',
            expiresAt: new Date(t.clock.now().getTime() + 30 * DAY).toISOString(),
            signature: home.name.patient,
          },
        },
        as('patient'),
      );
      data(grant);
      const within = data(
        await t.gql<{
          trackRecord: {
            checkInDays: { note: string | null }[];
            commitments: unknown[];
            notice: string | null;
          };
        }>(RECORD, { p: home.planId }, as('mother')),
      ).trackRecord;
      expect(within.checkInDays.map((d) => d.note)).toEqual(['Went for a walk', null]);
      expect(within.commitments).toEqual([]);
      expect(within.notice).toBe(REDISCLOSURE_NOTICE);
      expect(await t.dataSource.query(`SELECT categories FROM disclosure`)).toEqual([
        { categories: ['CHECKINS'] },
      ]);
      // In the reader's own language.
      await t.dataSource.query(`UPDATE app_user SET language = 'ES' WHERE id = $1`, [
        home.org.people.FAMILY.userId,
      ]);
      const spanish = data(
        await t.gql<{ trackRecord: { notice: string | null } }>(
          RECORD,
          { p: home.planId },
          as('mother'),
        ),
      ).trackRecord;
      expect(spanish.notice).toMatch(/^Esta información se te ha revelado .* \(42 CFR parte 2\)/);
    });

    it("keeps family members' own check-ins out of the progress others read", async () => {
      await toPhase(4);
      data(
        await t.gql(
          FAMILY_CHECK_IN,
          {
            i: {
              planId: home.planId,
              idempotencyKey: 'family-meeting-1',
              stress: 2,
              wantsSupport: false,
              attendedMeeting: true,
            },
          },
          as('mother'),
        ),
      );
      const meetings = (list: { title: string; progress: number; status: string }[]) =>
        list.find((m) => m.title.startsWith('A support group meeting'));
      expect(meetings((await phases())[3].milestones)).toMatchObject({
        progress: 1,
        status: 'IN_PROGRESS',
      });
      const patientView = data(
        await t.gql<{ myPlan: { phases: Phase[] } }>(
          '{ myPlan { phases { milestones { title progress status } } } }',
          {},
          as('patient'),
        ),
      ).myPlan;
      expect(meetings(patientView.phases[3].milestones)).toMatchObject({
        progress: 0,
        status: 'NOT_STARTED',
      });
      const partnerView = data(
        await t.gql<{ familyPlans: { ownMilestones: Milestone[] }[] }>(
          '{ familyPlans { ownMilestones { title progress status } } }',
          {},
          as('partner'),
        ),
      ).familyPlans[0];
      expect(meetings(partnerView.ownMilestones)).toMatchObject({
        progress: 0,
        status: 'NOT_STARTED',
      });
    });

    it('measures a milestone from the days checked in, and never takes it back', async () => {
      for (let day = 0; day < 25; day++) {
        data(await checkIn());
        await nextDays(1);
      }
      const [reconnect] = await phases();
      const daily = reconnect.milestones.find((m) =>
        m.title.startsWith('Daily check-ins'),
      ) as Milestone;
      expect(daily).toMatchObject({ status: 'ACHIEVED', progress: 25, target: 25 });
      expect(daily.achievedAt).not.toBeNull();
      // Forty quiet days later the window holds none of them, and what was earned still stands.
      await nextDays(40);
      const [later] = await phases();
      expect(later.milestones.find((m) => m.id === daily.id)).toMatchObject({
        status: 'ACHIEVED',
        achievedAt: daily.achievedAt,
      });
    });
  });

  describe('visits', () => {
    it('refuses, with the reason and writing nothing, what the plan does not allow', async () => {
      const before = await t.count('visit');
      const overnight = refusal(await request('patient', { contactType: 'OVERNIGHT' }));
      expect(overnight).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'CONTACT_TYPE_NOT_ALLOWED',
        message: 'The current phase, Reconnect, does not include overnight stays yet.',
      });

      await t.dataSource.query('UPDATE plan_member SET contact_restricted = true WHERE id = $1', [
        home.member.partner,
      ]);
      expect(
        refusal(
          await request('patient', {
            participantMemberIds: [home.member.patient, home.member.partner],
          }),
        ).reason,
      ).toBe('PARTICIPANT_RESTRICTED');

      data(await request('patient', {}));
      const overlapping = refusal(
        await request('counselor', { startsAt: at(2, 15.5), endsAt: at(2, 17) }),
      );
      expect(overlapping).toMatchObject({ code: 'CONFLICT', reason: 'OVERLAPS' });

      data(
        await t.gql(
          'mutation($i: AskToPauseInput!) { askToPause(input: $i) }',
          { i: { planId: home.planId } },
          as('mother'),
        ),
      );
      expect(refusal(await request('patient', { startsAt: at(3), endsAt: at(3, 16) }))).toEqual({
        code: 'CONFLICT',
        reason: 'PLAN_NOT_ACTIVE',
        message: 'The plan is paused for now, so no visits are scheduled until it resumes.',
      });
      expect(await t.count('visit')).toBe(before + 1);
      const [plan] = await t.dataSource.query(
        'SELECT status, status_reason FROM plan WHERE id = $1',
        [home.planId],
      );
      expect(plan).toEqual({
        status: 'PAUSED',
        status_reason: 'A pause was asked for by someone on the plan.',
      });
    });

    it('lets a participant opt out without a reason, and never counts it against them', async () => {
      const visit = data(await request('mother', {})).requestVisit;
      const opted = data(
        await t.gql<{
          respondToVisit: { participants: { memberId: string; willingness: string }[] };
        }>(RESPOND, { i: { visitId: visit.id, willing: false } }, as('patient')),
      ).respondToVisit;
      expect(opted.participants).toEqual([
        { memberId: home.member.patient, willingness: 'OPTED_OUT' },
        { memberId: home.member.mother, willingness: 'WILLING' },
      ]);
      data(await t.gql(APPROVE, { i: { visitId: visit.id } }, as('counselor')));
      await nextDays(3);
      data(
        await t.gql(
          CLOSE,
          {
            i: { visitId: visit.id, outcome: 'COMPLETED', note: 'Pat chose not to join this time' },
          },
          as('counselor'),
        ),
      );
      // Three days over and no check-ins (today is not over yet): the visit the patient stepped out of is in neither count.
      const record = data(
        await t.gql<{ trackRecord: { commitments: { kept: number; total: number }[] } }>(
          RECORD,
          { p: home.planId },
          as('counselor'),
        ),
      ).trackRecord;
      expect(record.commitments.map((c) => [c.kept, c.total])).toEqual([
        [0, 3],
        [0, 3],
      ]);
      expect(
        codes(
          await t.gql(
            DEBRIEF,
            { i: { visitId: visit.id, rating: 3, boundariesRespected: true } },
            as('patient'),
          ),
        ),
      ).toEqual(['BAD_USER_INPUT']);
      // Nobody who was not part of it leaves a debrief; the partner cannot even see it.
      expect(
        codes(
          await t.gql(
            DEBRIEF,
            { i: { visitId: visit.id, rating: 3, boundariesRespected: true } },
            as('partner'),
          ),
        ),
      ).toEqual(['NOT_FOUND']);
      // What staff wrote on closing stays with staff.
      const notes = async (who: Who) =>
        data(
          await t.gql<{ visits: { closingNote: string | null }[] }>(
            'query($p: ID!) { visits(planId: $p) { closingNote } }',
            { p: home.planId },
            as(who),
          ),
        ).visits[0].closingNote;
      expect(await notes('counselor')).toBe('Pat chose not to join this time');
      expect(await notes('mother')).toBeNull();
    });

    it('cancels upcoming visits the plan no longer allows: a restriction, a pause', async () => {
      const withPartner = data(
        await request('patient', {
          participantMemberIds: [home.member.patient, home.member.partner],
        }),
      ).requestVisit;
      const withMother = data(
        await request('patient', { startsAt: at(4), endsAt: at(4, 16) }),
      ).requestVisit;
      data(
        await t.gql(
          'mutation($i: SetContactRestrictionInput!) { setContactRestriction(input: $i) { id } }',
          { i: { memberId: home.member.partner, restricted: true, note: 'No-contact order' } },
          as('counselor'),
        ),
      );
      const status = async (id: string) =>
        (await t.dataSource.query('SELECT status FROM visit WHERE id = $1', [id]))[0].status;
      expect([await status(withPartner.id), await status(withMother.id)]).toEqual([
        'CANCELLED',
        'REQUESTED',
      ]);
      data(
        await t.gql(
          'mutation($i: SetPlanStatusInput!) { setPlanStatus(input: $i) { id } }',
          { i: { id: home.planId, status: 'PAUSED', reason: 'A breather' } },
          as('counselor'),
        ),
      );
      expect(await status(withMother.id)).toBe('CANCELLED');
    });

    it('goes from request to debriefs, and a visit that went well counts toward the phase', async () => {
      await toPhase(2);
      const supervised = { contactType: 'ON_SITE_SUPERVISED', place: 'The family room' };
      expect(refusal(await request('counselor', supervised)).reason).toBe('NEEDS_SUPERVISOR');
      const asked = data(
        await request('counselor', {
          ...supervised,
          supervisorId: home.org.people.COUNSELOR.membershipId,
        }),
      ).requestVisit;
      expect(asked.status).toBe('REQUESTED');
      data(await t.gql(APPROVE, { i: { visitId: asked.id } }, as('counselor')));
      const waiting = async (who: Who) =>
        data(
          await t.gql<{ waitingOnMe: { kind: string; recordId: string; contactType: string }[] }>(
            '{ waitingOnMe { kind recordId contactType } }',
            {},
            as(who),
          ),
        ).waitingOnMe.filter((w) => w.kind === 'CONFIRM_VISIT');
      expect(await waiting('mother')).toEqual([
        { kind: 'CONFIRM_VISIT', recordId: asked.id, contactType: 'ON_SITE_SUPERVISED' },
      ]);
      expect(await waiting('partner')).toEqual([]);
      for (const who of ['patient', 'mother'] as const) {
        const answered = data(
          await t.gql<{ respondToVisit: { awaitingMyAnswer: boolean } }>(
            RESPOND,
            { i: { visitId: asked.id, willing: true } },
            as(who),
          ),
        ).respondToVisit;
        expect(answered.awaitingMyAnswer).toBe(false);
      }
      expect(await waiting('mother')).toEqual([]);
      expect(
        refusal(
          await t.gql(CLOSE, { i: { visitId: asked.id, outcome: 'COMPLETED' } }, as('counselor')),
        ),
      ).toMatchObject({ code: 'CONFLICT', message: 'This visit has not begun yet.' });
      await nextDays(3);
      data(await t.gql(CLOSE, { i: { visitId: asked.id, outcome: 'COMPLETED' } }, as('counselor')));
      const wentWell = async () =>
        (await phases())[1].milestones.find((m) => m.title === 'Supervised visits that went well');
      data(
        await t.gql(
          DEBRIEF,
          {
            i: {
              visitId: asked.id,
              rating: 5,
              boundariesRespected: true,
              helped: 'Talking about the garden',
            },
          },
          as('patient'),
        ),
      );
      // One person's word does not settle it: it waits for everyone who took part.
      expect(await wentWell()).toMatchObject({ progress: 0 });
      for (const who of ['mother', 'counselor'] as const) {
        data(
          await t.gql(
            DEBRIEF,
            {
              i: {
                visitId: asked.id,
                rating: 4,
                boundariesRespected: true,
                helped: 'Talking about the garden',
              },
            },
            as(who),
          ),
        );
      }
      expect(
        codes(
          await t.gql(
            DEBRIEF,
            { i: { visitId: asked.id, rating: 5, boundariesRespected: true } },
            as('mother'),
          ),
        ),
      ).toEqual(['CONFLICT']);
      // Each person reads their own reflection; staff read all of them.
      const mothers = data(
        await t.gql<{ visits: { debriefs: { authorName: string }[] }[] }>(
          'query($p: ID!) { visits(planId: $p) { debriefs { authorName } } }',
          { p: home.planId },
          as('mother'),
        ),
      ).visits;
      expect(mothers[0].debriefs.map((d) => d.authorName)).toEqual([home.name.mother]);
      const staff = data(
        await t.gql<{ visits: { debriefs: unknown[] }[] }>(
          'query($p: ID!) { visits(planId: $p) { debriefs { authorName } } }',
          { p: home.planId },
          as('counselor'),
        ),
      ).visits;
      expect(staff[0].debriefs).toHaveLength(3);
      expect(await wentWell()).toMatchObject({ progress: 1, target: 2, status: 'IN_PROGRESS' });
    });

    it("puts a member's visits in a private calendar feed with neutral titles, until it is revoked", async () => {
      data(await request('patient', { place: 'Harbor Recovery Center, room 4' }));
      const feed = data(
        await t.gql<{ enableCalendarFeed: { url: string } }>(
          'mutation($p: ID!) { enableCalendarFeed(planId: $p) { url } }',
          { p: home.planId },
          as('mother'),
        ),
      ).enableCalendarFeed;
      const path = new URL(feed.url).pathname;
      const ics = await t.app.inject({ method: 'GET', url: path });
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toContain('text/calendar');
      expect(ics.body).toContain('SUMMARY:Family call (to be confirmed)');
      expect(ics.body).not.toMatch(/Harbor|Recovery|LOCATION/);
      data(
        await t.gql(
          'mutation($p: ID!) { revokeCalendarFeed(planId: $p) { enabled } }',
          { p: home.planId },
          as('mother'),
        ),
      );
      expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
      expect(
        (await t.app.inject({ method: 'GET', url: '/calendar/not-a-real-token-at-all-1234.ics' }))
          .statusCode,
      ).toBe(404);
    });
  });

  describe('moving between phases', () => {
    it('proposes the next phase once the milestones are achieved, and advances only when everyone agrees', async () => {
      const notYet = refusal(
        await t.gql(
          PROPOSE,
          { i: { planId: home.planId, reason: 'Calls have gone well' } },
          as('counselor'),
        ),
      );
      expect(notYet).toMatchObject({
        code: 'CONFLICT',
        message: 'Not yet: 0 of 3 milestones of this phase are achieved.',
      });
      for (const m of (await phases())[0].milestones) {
        data(
          await t.gql(
            'mutation($i: DecideMilestoneInput!) { decideMilestone(input: $i) }',
            { i: { milestoneId: m.id, decision: 'WAIVE', reason: 'Covered in the intake weeks' } },
            as('counselor'),
          ),
        );
      }
      const proposal = data(
        await t.gql<{
          proposeNextPhase: { id: string; waitingFor: string[]; toPhaseName: string };
        }>(
          PROPOSE,
          { i: { planId: home.planId, reason: 'Calls have gone well' } },
          as('counselor'),
        ),
      ).proposeNextPhase;
      expect(proposal).toMatchObject({
        toPhaseName: 'Supervised visits',
        waitingFor: [home.name.patient, 'Maria', 'Sam'],
      });
      data(await t.gql(ANSWER, { i: { proposalId: proposal.id, agree: true } }, as('patient')));
      expect(
        codes(await t.gql(ANSWER, { i: { proposalId: proposal.id, agree: false } }, as('mother'))),
      ).toEqual(['BAD_USER_INPUT']);
      const waiting = data(
        await t.gql<{ answerPhaseProposal: { status: string; waitingFor: string[] } }>(
          ANSWER,
          { i: { proposalId: proposal.id, agree: false, comment: 'After my trip, please' } },
          as('mother'),
        ),
      ).answerPhaseProposal;
      expect(waiting).toMatchObject({ status: 'OPEN', waitingFor: ['Maria', 'Sam'] });
      data(await t.gql(ANSWER, { i: { proposalId: proposal.id, agree: true } }, as('mother')));
      const done = data(
        await t.gql<{ answerPhaseProposal: { status: string } }>(
          ANSWER,
          { i: { proposalId: proposal.id, agree: true } },
          as('partner'),
        ),
      ).answerPhaseProposal;
      expect(done.status).toBe('ADVANCED');
      expect((await phases()).map((p) => p.status).slice(0, 3)).toEqual([
        'DONE',
        'CURRENT',
        'LOCKED',
      ]);
      const timeline = data(
        await t.gql<{
          trackRecord: { timeline: { kind: string; agreedBy: string[]; toPhase: string | null }[] };
        }>(RECORD, { p: home.planId }, as('patient')),
      ).trackRecord.timeline;
      expect(timeline.at(-1)).toMatchObject({
        kind: 'PHASE_ADVANCED',
        toPhase: 'Supervised visits',
        reason: 'Calls have gone well',
      });
      expect([...(timeline.at(-1)?.agreedBy ?? [])].sort()).toEqual(
        [home.name.patient, 'Maria', 'Sam'].sort(),
      );
    });

    it('asks for the signed contract before a phase with overnight stays', async () => {
      await toPhase(3);
      await t.dataSource.query(
        `UPDATE plan_milestone SET status = 'ACHIEVED', achieved_at = now() WHERE phase_id IN (SELECT id FROM plan_phase WHERE plan_id = $1)`,
        [home.planId],
      );
      expect(
        refusal(
          await t.gql(
            PROPOSE,
            { i: { planId: home.planId, reason: 'Day passes went well' } },
            as('counselor'),
          ),
        ),
      ).toMatchObject({
        code: 'CONFLICT',
        message:
          'The next phase allows overnight stays: first everyone on the plan signs the current home contract.',
      });
    });

    it('steps back with a reason and a wait, keeping what was earned', async () => {
      await toPhase(2);
      await t.dataSource.query(
        `UPDATE plan_milestone SET status = 'ACHIEVED', achieved_at = now() WHERE phase_id IN (SELECT id FROM plan_phase WHERE plan_id = $1)`,
        [home.planId],
      );
      expect(
        codes(
          await t.gql(
            'mutation($i: StepBackPhaseInput!) { stepBackPhase(input: $i) }',
            { i: { planId: home.planId, reason: 'x', waitDays: 30 } },
            as('patient'),
          ),
        ),
      ).toEqual(['FORBIDDEN']);
      data(
        await t.gql(
          'mutation($i: StepBackPhaseInput!) { stepBackPhase(input: $i) }',
          {
            i: {
              planId: home.planId,
              reason: 'A hard weekend; more time on calls first',
              waitDays: 30,
            },
          },
          as('counselor'),
        ),
      );
      const after = await phases();
      expect(after.map((p) => p.status).slice(0, 2)).toEqual(['CURRENT', 'LOCKED']);
      expect(after[1].milestones.every((m) => m.status === 'ACHIEVED')).toBe(true);
      expect(
        refusal(
          await t.gql(
            PROPOSE,
            { i: { planId: home.planId, reason: 'Ready again' } },
            as('counselor'),
          ),
        ).message,
      ).toBe('After the step back, the next try at this phase is possible from 2026-04-01.');
      const timeline = data(
        await t.gql<{ trackRecord: { timeline: { kind: string; waitUntil: string | null }[] } }>(
          RECORD,
          { p: home.planId },
          as('counselor'),
        ),
      ).trackRecord.timeline;
      expect(timeline.at(-1)).toMatchObject({
        kind: 'PHASE_STEPPED_BACK',
        fromPhase: 'Supervised visits',
        toPhase: 'Reconnect',
        waitUntil: '2026-04-01',
      });
    });
  });

  describe("as data, in the reader's language", () => {
    it('refuses a visit with its reason and params, and the phase move with every blocker as data', async () => {
      const overnight = await request('patient', { contactType: 'OVERNIGHT' });
      expect(overnight.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'CONTACT_TYPE_NOT_ALLOWED',
        params: { phase: 'Reconnect', contactType: 'OVERNIGHT' },
      });
      const notYet = await t.gql(
        PROPOSE,
        { i: { planId: home.planId, reason: 'Calls have gone well' } },
        as('counselor'),
      );
      expect(notYet.errors?.[0].extensions).toMatchObject({
        reason: 'PHASE_MOVE_MILESTONES_NOT_ACHIEVED',
        params: { achieved: 0, total: 3 },
        blockers: [
          {
            reason: 'PHASE_MOVE_MILESTONES_NOT_ACHIEVED',
            params: { achieved: 0, total: 3 },
            message: 'Not yet: 0 of 3 milestones of this phase are achieved.',
          },
        ],
      });
      // A plan that is not there is not found, whoever asks (the plan is locked only after access).
      expect(
        codes(
          await t.gql(
            PROPOSE,
            { i: { planId: '00000000-0000-4000-8000-000000000000', reason: 'Ready' } },
            as('counselor'),
          ),
        ),
      ).toEqual(['NOT_FOUND']);
    });

    it("shows an open proposal's blockers as reasons, and the phase and blockers in Spanish to a Spanish reader", async () => {
      await t.dataSource.query(
        `INSERT INTO phase_proposal (plan_id, from_position, to_position, reason, proposed_by_user_id, status, created_at) VALUES ($1, 1, 2, 'Ready', $2, 'OPEN', now())`,
        [home.planId, home.org.people.COUNSELOR.userId],
      );
      await t.dataSource.query(`UPDATE app_user SET language = 'ES' WHERE id = $1`, [
        home.org.people.FAMILY.userId,
      ]);
      const read = async (who: Who) =>
        data(
          await t.gql<{
            phaseProposal: {
              toPhaseName: string;
              blockers: string[];
              blockerReasons: string[];
              milestonesAchieved: number;
              milestonesTotal: number;
            };
          }>(
            'query($p: ID!) { phaseProposal(planId: $p) { toPhaseName blockers blockerReasons milestonesAchieved milestonesTotal } }',
            { p: home.planId },
            as(who),
          ),
        ).phaseProposal;
      expect(await read('patient')).toEqual({
        toPhaseName: 'Supervised visits',
        blockers: ['Not yet: 0 of 3 milestones of this phase are achieved.'],
        blockerReasons: ['PHASE_MOVE_MILESTONES_NOT_ACHIEVED'],
        milestonesAchieved: 0,
        milestonesTotal: 3,
      });
      expect(await read('mother')).toMatchObject({
        toPhaseName: 'Visitas supervisadas',
        blockers: ['Todavía no: se han alcanzado 0 de 3 logros de esta fase.'],
      });
    });

    it("titles the calendar in its owner's language", async () => {
      data(await request('patient', {}));
      await t.dataSource.query(`UPDATE app_user SET language = 'ES' WHERE id = $1`, [
        home.org.people.FAMILY.userId,
      ]);
      const feed = data(
        await t.gql<{ enableCalendarFeed: { url: string } }>(
          'mutation($p: ID!) { enableCalendarFeed(planId: $p) { url } }',
          { p: home.planId },
          as('mother'),
        ),
      ).enableCalendarFeed;
      const ics = await t.app.inject({ method: 'GET', url: new URL(feed.url).pathname });
      expect(ics.body).toContain('SUMMARY:Llamada familiar (por confirmar)');
    });
  });

  describe('staff attention', () => {
    it('flags a high craving, a hard visit and a quiet member on the caseload, each with what raised it', async () => {
      const craving = data(await checkIn({ craving: 9 })).submitCheckIn;
      const visit = data(await request('patient', {})).requestVisit;
      data(await t.gql(RESPOND, { i: { visitId: visit.id, willing: true } }, as('mother')));
      data(await t.gql(APPROVE, { i: { visitId: visit.id } }, as('counselor')));
      await nextDays(3);
      data(await t.gql(CLOSE, { i: { visitId: visit.id, outcome: 'COMPLETED' } }, as('counselor')));
      data(
        await t.gql(
          DEBRIEF,
          {
            i: {
              visitId: visit.id,
              rating: 2,
              boundariesRespected: true,
              hard: 'We argued about money',
            },
          },
          as('mother'),
        ),
      );
      await nextDays(1);
      const caseload = data(
        await t.gql<{
          caseload: {
            nodes: {
              lastCheckInAt: string | null;
              flags: string[];
              attention: { flag: string; memberId: string | null; recordId: string | null }[];
            }[];
          };
        }>(
          '{ caseload { nodes { lastCheckInAt flags attention { flag memberId recordId } } } }',
          {},
          as('counselor'),
        ),
      ).caseload.nodes[0];
      expect(caseload.lastCheckInAt).not.toBeNull();
      expect(caseload.attention).toEqual(
        expect.arrayContaining([
          { flag: 'QUIET', memberId: home.member.patient, recordId: null },
          { flag: 'QUIET', memberId: home.member.partner, recordId: null },
          { flag: 'HIGH_CRAVING', memberId: home.member.patient, recordId: craving.id },
          { flag: 'HARD_VISIT', memberId: null, recordId: visit.id },
        ]),
      );
      expect(caseload.flags).toEqual(
        expect.arrayContaining(['QUIET', 'HIGH_CRAVING', 'HARD_VISIT']),
      );
    });
  });
});
