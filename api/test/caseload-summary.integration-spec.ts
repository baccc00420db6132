import { HIGH_CRAVING } from '@homeward/domain';
import {
  CASELOAD_FOR_ADMIN_SQL,
  CASELOAD_FOR_COUNSELOR_SQL,
} from '../src/planning/plans/caseload.sql';
import { createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD } from './factories';
import { createHome, data, Home, Who } from './home';

/**
 * The caseload's statement before plan_summary: every page searched the check-ins for each
 * member's last one and the newest high craving. Kept here as the live computation the summary
 * path must always equal.
 */
const LIVE_CASELOAD_SQL = `SELECT p.id, u.display_name AS patient_name, p.status, p.created_at, p.last_activity_at,
        ph.name AS phase_name, ph.position AS phase_position, ph.started_at AS phase_started_at,
        w.awaiting, w.invited, w.expired_invitations, c.expiring_consents, lm.members,
        hc.id AS craving_id, hc.created_at AS craving_at, hc.member_id AS craving_member, hc.display_name AS craving_name, hc.day AS craving_day,
        hv.visit_id AS hard_visit_id, hv.created_at AS hard_visit_at
   FROM plan p
   JOIN membership pm ON pm.id = p.patient_membership_id
   JOIN app_user u ON u.id = pm.user_id
   LEFT JOIN plan_phase ph ON ph.plan_id = p.id AND ph.status = 'CURRENT'
   CROSS JOIN LATERAL (
     SELECT count(*) FILTER (WHERE m.status = 'AWAITING_PATIENT')::int AS awaiting,
            count(*) FILTER (WHERE m.status = 'INVITED')::int AS invited,
            count(*) FILTER (WHERE m.status = 'INVITED' AND i.accepted_at IS NULL AND i.expires_at <= $2)::int AS expired_invitations
       FROM plan_member m LEFT JOIN invitation i ON i.id = m.invitation_id
      WHERE m.plan_id = p.id AND m.kind = 'FAMILY') w
   CROSS JOIN LATERAL (
     SELECT count(*)::int AS expiring_consents FROM consent k
      WHERE k.plan_id = p.id AND k.revoked_at IS NULL AND k.expires_at > $2 AND k.expires_at <= $3) c
   -- Each active member's last check-in, read backwards from an index: who has gone quiet, and the patient's last.
   LEFT JOIN LATERAL (
     SELECT json_agg(json_build_object('memberId', qm.id, 'name', qm.display_name, 'kind', qm.kind, 'addedAt', qm.added_at, 'at', ql.last_at)
                     ORDER BY qm.added_at) AS members
       FROM plan_member qm
       CROSS JOIN LATERAL (SELECT max(qc.created_at) AS last_at FROM check_in qc WHERE qc.member_id = qm.id) ql
      WHERE qm.plan_id = p.id AND qm.status = 'ACTIVE' AND qm.kind IN ('PATIENT', 'FAMILY')) lm ON true
   LEFT JOIN LATERAL (
     SELECT hci.id, hci.created_at, hci.member_id, hm.display_name, to_char(hci.day, 'YYYY-MM-DD') AS day FROM check_in hci JOIN plan_member hm ON hm.id = hci.member_id
      WHERE hci.plan_id = p.id AND hci.craving >= $11 AND hci.created_at >= $12
      ORDER BY hci.created_at DESC LIMIT 1) hc ON true
   LEFT JOIN LATERAL (
     SELECT d.visit_id, d.created_at FROM visit_debrief d JOIN visit hvv ON hvv.id = d.visit_id
      WHERE hvv.plan_id = p.id AND hvv.starts_at >= $14::timestamptz - interval '90 days' AND d.rating <= $13 AND d.created_at >= $14
      ORDER BY d.created_at DESC LIMIT 1) hv ON true
  WHERE p.organization_id = $1
    -- The counselor's plans come from two indexes (led, or staffed), never from a scan of the organization.
    AND ($4::uuid IS NULL OR p.id IN (
          SELECT l.id FROM plan l WHERE l.primary_counselor_id = $4
          UNION ALL
          SELECT s.plan_id FROM plan_member s WHERE s.membership_id = $4 AND s.kind = 'STAFF' AND s.status = 'ACTIVE'))
    AND ($5::text IS NULL OR u.display_name ILIKE '%' || $5 || '%')
    AND ($6::int IS NULL OR ph.position = $6)
    AND ($7::plan_status IS NULL OR p.status = $7)
    AND ($8::timestamptz IS NULL OR (p.created_at, p.id) < ($8::timestamptz, $9::uuid))
  ORDER BY p.created_at DESC, p.id DESC
  LIMIT $10`;

/** What plan_summary must hold, computed from the check-ins themselves: the plans where it differs. */
const STALE_SUMMARIES_SQL = `
  SELECT p.id FROM plan p LEFT JOIN plan_summary s ON s.plan_id = p.id
   WHERE p.organization_id = $1
     AND (EXISTS (SELECT 1 FROM plan_member m
                   WHERE m.plan_id = p.id
                     AND (s.last_check_ins ->> m.id::text)::timestamptz
                         IS DISTINCT FROM (SELECT max(c.created_at) FROM check_in c WHERE c.member_id = m.id))
          OR s.high_craving_check_in_id IS DISTINCT FROM (
               SELECT h.id FROM check_in h WHERE h.plan_id = p.id AND h.craving >= $2
                ORDER BY h.created_at DESC, h.id DESC LIMIT 1))`;

const DAY = 86_400_000;
const CHECK_IN = 'mutation($i: PatientCheckInInput!) { submitCheckIn(input: $i) { id } }';
const FAMILY_CHECK_IN =
  'mutation($i: FamilyCheckInInput!) { submitFamilyCheckIn(input: $i) { id } }';
const VISIT = 'mutation($i: RequestVisitInput!) { requestVisit(input: $i) { id } }';
const RESPOND_VISIT = 'mutation($i: RespondToVisitInput!) { respondToVisit(input: $i) { id } }';
const APPROVE = 'mutation($i: ApproveVisitInput!) { approveVisit(input: $i) { id } }';
const CLOSE = 'mutation($i: CloseVisitInput!) { closeVisit(input: $i) { id } }';
const DEBRIEF = 'mutation($i: DebriefVisitInput!) { debriefVisit(input: $i) { id } }';
const ADD_FAMILY =
  'mutation($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { member { id } } }';
const RESPOND_FAMILY =
  'mutation($input: RespondToFamilyInvitationInput!) { respondToFamilyInvitation(input: $input) { id } }';
const GRANT = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';
const SET_STATUS =
  'mutation($input: SetPlanStatusInput!) { setPlanStatus(input: $input) { status } }';
const REMOVE =
  'mutation($input: RemovePlanMemberInput!) { removePlanMember(input: $input) { status } }';
const CREATE_PLAN = 'mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }';

describe('the caseload read from plan_summary', () => {
  let t: TestApp;
  let home: Home;
  let admin: string;
  let keys = 0;

  const as = (who: Who) => ({ cookie: home.cookie[who] });

  /** The caseload's parameters for this reader at the clock's now (as CaseloadReadModel.list passes them). */
  const parameters = (counselorId: string | null, filters: unknown[] = [null, null, null]) => {
    const now = t.clock.now();
    return [
      home.org.id,
      now,
      new Date(now.getTime() + 14 * DAY),
      counselorId,
      ...filters,
      null,
      null,
      51,
      HIGH_CRAVING,
      new Date(now.getTime() - 7 * DAY),
      2,
      new Date(now.getTime() - 14 * DAY),
    ];
  };

  /**
   * The summary equals what the check-ins say, and the caseload read through it answers exactly
   * what the live statement answers, for the counselor and for the admin, filtered or not.
   */
  async function expectSameAsLive(): Promise<void> {
    expect(await t.dataSource.query(STALE_SUMMARIES_SQL, [home.org.id, HIGH_CRAVING])).toEqual([]);
    const counselor = home.org.people.COUNSELOR.membershipId;
    for (const filters of [
      [null, null, null],
      [null, null, 'PAUSED'],
      [null, 1, null],
    ]) {
      for (const [reader, sql] of [
        [counselor, CASELOAD_FOR_COUNSELOR_SQL],
        [null, CASELOAD_FOR_ADMIN_SQL],
      ] as const) {
        const live = await t.dataSource.query(LIVE_CASELOAD_SQL, parameters(reader, filters));
        const summarized = await t.dataSource.query(sql, parameters(reader, filters));
        expect(summarized).toEqual(live);
      }
    }
  }

  const checkIn = (craving: number) =>
    t.gql(
      CHECK_IN,
      {
        i: {
          planId: home.planId,
          idempotencyKey: `summary-${keys++}`,
          mood: 3,
          craving,
          attendedMeeting: true,
        },
      },
      as('patient'),
    );

  beforeEach(async () => {
    t = await createTestApp();
    home = await createHome(t, 'Summary Program');
    admin = await t.login(home.org.people.ADMIN.email, TEST_PASSWORD);
  });
  afterEach(() => t.close());

  it('stays equal to the live computation after each kind of change', async () => {
    // A second plan the counselor leads, with no check-ins (and so no summary row) yet.
    const other = await createOrganization(t.dataSource, 'Donor');
    await t.dataSource.query('UPDATE membership SET organization_id = $1 WHERE id = $2', [
      home.org.id,
      other.people.PATIENT.membershipId,
    ]);
    data(
      await t.gql(
        CREATE_PLAN,
        { input: { patientId: other.people.PATIENT.membershipId } },
        as('counselor'),
      ),
    );
    await expectSameAsLive();

    // Check-ins: a high craving, the mother's own, then a calmer day.
    data(await checkIn(9));
    await expectSameAsLive();
    data(
      await t.gql(
        FAMILY_CHECK_IN,
        {
          i: {
            planId: home.planId,
            idempotencyKey: `summary-${keys++}`,
            stress: 4,
            wantsSupport: true,
            attendedMeeting: false,
          },
        },
        as('mother'),
      ),
    );
    await expectSameAsLive();
    t.clock.advanceDays(1);
    await home.signInAgain();
    data(await checkIn(2));
    await expectSameAsLive();

    // A visit asked for, agreed, approved, closed and debriefed as hard.
    const at = (days: number, hour: number) =>
      new Date(
        Date.parse(t.clock.now().toISOString().slice(0, 10)) + days * DAY + hour * 3_600_000,
      );
    const visit = data(
      await t.gql<{ requestVisit: { id: string } }>(
        VISIT,
        {
          i: {
            planId: home.planId,
            contactType: 'PHONE',
            startsAt: at(2, 15),
            endsAt: at(2, 16),
            place: 'By phone',
            participantMemberIds: [home.member.patient, home.member.mother],
          },
        },
        as('patient'),
      ),
    ).requestVisit;
    data(await t.gql(RESPOND_VISIT, { i: { visitId: visit.id, willing: true } }, as('mother')));
    data(await t.gql(APPROVE, { i: { visitId: visit.id } }, as('counselor')));
    await expectSameAsLive();
    t.clock.advanceDays(3);
    await home.signInAgain();
    data(await t.gql(CLOSE, { i: { visitId: visit.id, outcome: 'COMPLETED' } }, as('counselor')));
    data(
      await t.gql(
        DEBRIEF,
        { i: { visitId: visit.id, rating: 2, boundariesRespected: true } },
        as('mother'),
      ),
    );
    await expectSameAsLive();

    // A consent that runs out within the warning, a newcomer invited, approved, and whose link runs out.
    const patientName = (
      await t.dataSource.query('SELECT display_name FROM app_user WHERE id = $1', [
        home.org.people.PATIENT.userId,
      ])
    )[0].display_name as string;
    data(
      await t.gql(
        GRANT,
        {
          input: {
            memberId: home.member.mother,
            categories: ['PROGRESS'],
            purpose: 'To support my return home',
            expiresAt: new Date(t.clock.now().getTime() + 10 * DAY).toISOString(),
            signature: patientName,
          },
        },
        as('patient'),
      ),
    );
    await expectSameAsLive();
    const added = data(
      await t.gql<{ addFamilyMember: { member: { id: string } } }>(
        ADD_FAMILY,
        {
          input: {
            planId: home.planId,
            email: 'aunt-summary@test.example',
            displayName: 'Aunt Rosa',
            relationship: 'OTHER',
          },
        },
        as('counselor'),
      ),
    ).addFamilyMember.member;
    await expectSameAsLive();
    data(
      await t.gql(RESPOND_FAMILY, { input: { memberId: added.id, approve: true } }, as('patient')),
    );
    await expectSameAsLive();

    // Time alone: the high craving and the hard visit age out, people go quiet, the link expires.
    t.clock.advanceDays(15);
    await home.signInAgain();
    await expectSameAsLive();

    // A pause and a member removed.
    data(
      await t.gql(
        SET_STATUS,
        { input: { id: home.planId, status: 'PAUSED', reason: 'A breather' } },
        as('counselor'),
      ),
    );
    await expectSameAsLive();
    data(
      await t.gql(
        REMOVE,
        { input: { memberId: home.member.partner, reason: 'Asked to step away' } },
        as('counselor'),
      ),
    );
    await expectSameAsLive();

    // The admin's page through GraphQL reads the same plans as the live statement.
    admin = await t.login(home.org.people.ADMIN.email, TEST_PASSWORD);
    const page = data(
      await t.gql<{ caseload: { nodes: { planId: string }[] } }>(
        '{ caseload { nodes { planId } } }',
        {},
        { cookie: admin },
      ),
    ).caseload.nodes.map((n) => n.planId);
    const live: { id: string }[] = await t.dataSource.query(LIVE_CASELOAD_SQL, parameters(null));
    expect(page).toEqual(live.slice(0, 20).map((r) => r.id));
  });

  it('counts plans the counselor staffs once, beside the ones they lead', async () => {
    // A plan led by another counselor, which ours staffs; and one of ours where ours is staff too.
    const other = await createOrganization(t.dataSource, 'Donor');
    for (const membershipId of [
      other.people.PATIENT.membershipId,
      other.people.COUNSELOR.membershipId,
    ])
      await t.dataSource.query('UPDATE membership SET organization_id = $1 WHERE id = $2', [
        home.org.id,
        membershipId,
      ]);
    const staffed = data(
      await t.gql<{ createPlan: { id: string } }>(
        CREATE_PLAN,
        {
          input: {
            patientId: other.people.PATIENT.membershipId,
            primaryCounselorId: other.people.COUNSELOR.membershipId,
          },
        },
        as('counselor'),
      ),
    ).createPlan.id;
    for (const planId of [staffed, home.planId])
      await t.dataSource.query(
        `INSERT INTO plan_member (plan_id, membership_id, kind, display_name, status, added_at) VALUES ($1, $2, 'STAFF', 'Counselor', 'ACTIVE', $3)`,
        [planId, home.org.people.COUNSELOR.membershipId, t.clock.now()],
      );
    data(await checkIn(8));
    await expectSameAsLive();
    const live: { id: string }[] = await t.dataSource.query(
      LIVE_CASELOAD_SQL,
      parameters(home.org.people.COUNSELOR.membershipId),
    );
    expect(live.map((r) => r.id).sort()).toEqual([home.planId, staffed].sort());
  });

  it('summarizes check-ins written straight in when refresh_plan_summary is called, as the migration and the demo do', async () => {
    await t.dataSource.query(
      `INSERT INTO check_in (plan_id, member_id, day, mood, craving, attended_meeting, idempotency_key, created_at)
       VALUES ($1, $2, $3, 2, 9, false, 'straight-in', $4)`,
      [home.planId, home.member.patient, '2020-01-01', t.clock.now()],
    );
    expect(await t.dataSource.query(STALE_SUMMARIES_SQL, [home.org.id, HIGH_CRAVING])).toEqual([
      { id: home.planId },
    ]);
    await t.dataSource.query('SELECT refresh_plan_summary(ARRAY[$1]::uuid[], $2)', [
      home.planId,
      HIGH_CRAVING,
    ]);
    await expectSameAsLive();
  });
});
