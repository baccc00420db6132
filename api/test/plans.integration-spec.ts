import { REDISCLOSURE_NOTICE } from '@homeward/domain';
import { codes, createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';

const CREATE_PLAN =
  'mutation($input: CreatePlanInput!) { createPlan(input: $input) { id status targetDate templateVersion phases { position name status milestones { party } } members { kind status } } }';
const ADD_FAMILY =
  'mutation($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { acceptUrl member { id status } } }';
const RESPOND =
  'mutation($input: RespondToFamilyInvitationInput!) { respondToFamilyInvitation(input: $input) { id status } }';
const GRANT =
  'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id status categories } }';
const FAMILY =
  '{ familyPlans { planId sharedCategories notice explanation progress { currentPhase { name } ladder { name } } ownMilestones { title party } } }';

describe('plans, people and consent', () => {
  let t: TestApp;
  let org: TestOrganization;
  let counselor: string;
  let patient: string;
  let family: string;

  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrganization(t.dataSource, 'Harbor Test');
    counselor = await t.login(org.people.COUNSELOR.email, TEST_PASSWORD);
    patient = await t.login(org.people.PATIENT.email, TEST_PASSWORD);
    family = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
  });
  afterEach(() => t.close());

  async function planWithFamily(): Promise<{ planId: string; memberId: string }> {
    const created = await t.gql<{ createPlan: { id: string; targetDate: string } }>(
      CREATE_PLAN,
      { input: { patientId: org.people.PATIENT.membershipId, targetDate: '2026-09-01' } },
      { cookie: counselor },
    );
    // The target is a day, and reads back as the same day.
    expect(created.data?.createPlan.targetDate).toBe('2026-09-01');
    const planId = created.data?.createPlan.id ?? '';
    const added = await t.gql<{ addFamilyMember: { member: { id: string } } }>(
      ADD_FAMILY,
      {
        input: {
          planId,
          email: org.people.FAMILY.email,
          displayName: 'Mum',
          relationship: 'PARENT',
        },
      },
      { cookie: counselor },
    );
    const memberId = added.data?.addFamilyMember.member.id ?? '';
    return { planId, memberId };
  }

  it('lists an invitation to a place on a plan as such, and withdraws it only from the plan', async () => {
    const created = await t.gql<{ createPlan: { id: string } }>(
      CREATE_PLAN,
      { input: { patientId: org.people.PATIENT.membershipId } },
      { cookie: counselor },
    );
    const added = await t.gql(
      ADD_FAMILY,
      {
        input: {
          planId: created.data?.createPlan.id,
          email: 'aunt@example.org',
          displayName: 'Aunt Rosa',
          relationship: 'OTHER',
        },
      },
      { cookie: counselor },
    );
    expect(added.errors).toBeUndefined();
    const listed = await t.gql<{ invitations: { nodes: { id: string; forPlan: boolean }[] } }>(
      '{ invitations { nodes { id forPlan } } }',
      {},
      { cookie: counselor },
    );
    const [invitation] = listed.data?.invitations.nodes ?? [];
    expect(invitation.forPlan).toBe(true);
    const refused = await t.gql(
      'mutation($id: ID!) { revokeInvitation(id: $id) { id } }',
      { id: invitation.id },
      { cookie: counselor },
    );
    expect(refused.errors?.[0].extensions?.['reason']).toBe('INVITATION_BELONGS_TO_PLAN');
  });

  it('creates a plan from the template with its seven phases, the first current', async () => {
    const created = await t.gql<{
      createPlan: {
        status: string;
        templateVersion: number;
        phases: {
          position: number;
          name: string;
          status: string;
          milestones: { party: string }[];
        }[];
        members: unknown[];
      };
    }>(
      CREATE_PLAN,
      { input: { patientId: org.people.PATIENT.membershipId } },
      { cookie: counselor },
    );
    const plan = created.data?.createPlan;
    expect(plan?.status).toBe('ACTIVE');
    expect(plan?.phases.map((p) => p.name)).toEqual([
      'Reconnect',
      'Supervised visits',
      'Day passes',
      'Overnight',
      'Weekends',
      'Homecoming',
      'Aftercare',
    ]);
    expect(plan?.phases.map((p) => p.status)).toEqual([
      'CURRENT',
      'LOCKED',
      'LOCKED',
      'LOCKED',
      'LOCKED',
      'LOCKED',
      'LOCKED',
    ]);
    expect(plan?.phases[0].milestones.map((m) => m.party)).toEqual(
      expect.arrayContaining(['PATIENT', 'FAMILY']),
    );
    expect(plan?.members).toEqual([{ kind: 'PATIENT', status: 'ACTIVE' }]);
  });

  it('keeps existing plans on the template version they started from', async () => {
    const { planId } = await planWithFamily();
    const admin = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    const edited = await t.gql<{ updatePlanTemplate: { version: number } }>(
      'mutation($input: UpdatePlanTemplateInput!) { updatePlanTemplate(input: $input) { version } }',
      {
        input: {
          phases: [
            {
              name: 'Only step',
              description: 'All at once',
              contactTypes: ['PHONE'],
              milestones: [],
            },
          ],
        },
      },
      { cookie: admin },
    );
    expect(edited.data?.updatePlanTemplate.version).toBe(2);
    const plan = await t.gql<{ plan: { templateVersion: number; phases: unknown[] } }>(
      'query($id: ID!) { plan(id: $id) { templateVersion phases { name } } }',
      { id: planId },
      { cookie: counselor },
    );
    expect(plan.data?.plan.templateVersion).toBe(1);
    expect(plan.data?.plan.phases).toHaveLength(7);
  });

  it('marks the phases that start the trial homecoming and aftercare, and keeps one of each', async () => {
    const { planId } = await planWithFamily();
    const plan = await t.gql<{ plan: { phases: { position: number; stage: string | null }[] } }>(
      'query($id: ID!) { plan(id: $id) { phases { position stage } } }',
      { id: planId },
      { cookie: counselor },
    );
    expect(plan.data?.plan.phases.filter((p) => p.stage !== null)).toEqual([
      { position: 6, stage: 'HOMECOMING' },
      { position: 7, stage: 'AFTERCARE' },
    ]);

    const admin = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    const phase = (name: string, stage: string | null) => ({
      name,
      description: name,
      contactTypes: ['PHONE'],
      milestones: [],
      stage,
    });
    const save = (phases: unknown[]) =>
      t.gql<{ updatePlanTemplate: { version: number; phases: { stage: string | null }[] } }>(
        'mutation($input: UpdatePlanTemplateInput!) { updatePlanTemplate(input: $input) { version phases { stage } } }',
        { input: { phases } },
        { cookie: admin },
      );
    const before = await t.gql<{ planTemplate: { version: number } }>(
      '{ planTemplate { version } }',
      {},
      { cookie: admin },
    );
    const twice = await save([phase('Home', 'HOMECOMING'), phase('Home again', 'HOMECOMING')]);
    expect(twice.errors?.[0].extensions?.['reason']).toBe('INPUT_PHASE_STAGE_TWICE');
    const after = await t.gql<{ planTemplate: { version: number } }>(
      '{ planTemplate { version } }',
      {},
      { cookie: admin },
    );
    expect(after.data?.planTemplate.version).toBe(before.data?.planTemplate.version);

    const saved = await save([
      phase('Near', null),
      phase('Home', 'HOMECOMING'),
      phase('After', 'AFTERCARE'),
    ]);
    expect(saved.data?.updatePlanTemplate.phases.map((p) => p.stage)).toEqual([
      null,
      'HOMECOMING',
      'AFTERCARE',
    ]);
  });

  it('waits for the patient before a family member joins, and then shows them only what is consented', async () => {
    const { memberId } = await planWithFamily();
    expect(await t.gql(FAMILY, {}, { cookie: family })).toEqual({ data: { familyPlans: [] } });

    expect(
      (await t.gql(RESPOND, { input: { memberId, approve: true } }, { cookie: patient })).data,
    ).toEqual({ respondToFamilyInvitation: { id: memberId, status: 'ACTIVE' } });
    const withoutConsent = await t.gql<{
      familyPlans: {
        sharedCategories: string[];
        notice: string | null;
        explanation: string;
        progress: unknown;
        ownMilestones: { party: string }[];
      }[];
    }>(FAMILY, {}, { cookie: family });
    const view = withoutConsent.data?.familyPlans[0];
    expect(view?.progress).toBeNull();
    expect(view?.notice).toBeNull();
    expect(view?.explanation).toMatch(/chosen not to share/);
    expect(view?.ownMilestones.every((m) => m.party === 'FAMILY')).toBe(true);
    expect(view?.ownMilestones.length).toBeGreaterThan(0);
    expect(await t.count('disclosure')).toBe(0);

    const grant = {
      memberId,
      categories: ['PROGRESS'],
      purpose: 'To support my return home',
      expiresAt: '2026-12-31T00:00:00Z',
      signature: `patient ${org.people.PATIENT.email.split('@')[0].split('-')[1]}`,
    };
    const wrongSignature = await t.gql(
      GRANT,
      { input: { ...grant, signature: 'Someone Else' } },
      { cookie: patient },
    );
    expect(codes(wrongSignature)).toEqual(['BAD_USER_INPUT']);
    const granted = await t.gql<{ grantConsent: { id: string; status: string } }>(
      GRANT,
      { input: { ...grant, signature: await patientName(t, org) } },
      { cookie: patient },
    );
    expect(granted.data?.grantConsent.status).toBe('ACTIVE');

    const withConsent = await t.gql<{
      familyPlans: { notice: string; progress: { currentPhase: { name: string } } }[];
    }>(FAMILY, {}, { cookie: family });
    expect(withConsent.data?.familyPlans[0].progress.currentPhase.name).toBe('Reconnect');
    expect(withConsent.data?.familyPlans[0].notice).toBe(REDISCLOSURE_NOTICE);
    expect(await t.count('disclosure')).toBe(1);

    const revoked = await t.gql(
      'mutation($id: ID!) { revokeConsent(id: $id) { status } }',
      { id: granted.data?.grantConsent.id },
      { cookie: patient },
    );
    expect(revoked.data).toEqual({ revokeConsent: { status: 'REVOKED' } });
    const afterRevoke = await t.gql<{
      familyPlans: { progress: unknown; notice: string | null }[];
    }>(FAMILY, {}, { cookie: family });
    expect(afterRevoke.data?.familyPlans[0].progress).toBeNull();
    expect(afterRevoke.data?.familyPlans[0].notice).toBeNull();

    // Check-ins only: the plan page shows nothing of them (the record page does), so it neither
    // carries the notice nor records a disclosure of nothing.
    expect(
      codes(
        await t.gql(
          GRANT,
          {
            input: { ...grant, categories: ['CHECKINS'], signature: await patientName(t, org) },
          },
          { cookie: patient },
        ),
      ),
    ).toEqual([]);
    const checkInsOnly = await t.gql<{
      familyPlans: { progress: unknown; notice: string | null; sharedCategories: string[] }[];
    }>(FAMILY, {}, { cookie: family });
    expect(checkInsOnly.data?.familyPlans[0]).toMatchObject({
      progress: null,
      notice: null,
      sharedCategories: ['CHECKINS'],
    });
    expect(await t.count('disclosure')).toBe(1);

    const disclosures = await t.gql<{
      myDisclosures: { nodes: { categories: string[]; channel: string }[] };
    }>('{ myDisclosures { nodes { categories channel } } }', {}, { cookie: patient });
    expect(disclosures.data?.myDisclosures.nodes).toEqual([
      { categories: ['PROGRESS'], channel: 'WEB' },
    ]);
  });

  it('keeps one live consent per person even when two grants race', async () => {
    const { memberId } = await planWithFamily();
    await t.gql(RESPOND, { input: { memberId, approve: true } }, { cookie: patient });
    const input = {
      memberId,
      categories: ['PROGRESS'],
      purpose: 'To support my return home',
      expiresAt: '2026-12-31T00:00:00Z',
      signature: await patientName(t, org),
    };
    await Promise.all([
      t.gql(GRANT, { input }, { cookie: patient }),
      t.gql(GRANT, { input }, { cookie: patient }),
    ]);
    const [live] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM consent WHERE recipient_member_id = $1 AND revoked_at IS NULL',
      [memberId],
    );
    expect(live.n).toBe(1);
  });

  it('stops showing anything once a consent expires', async () => {
    const { memberId } = await planWithFamily();
    await t.gql(RESPOND, { input: { memberId, approve: true } }, { cookie: patient });
    const expiresAt = new Date(t.clock.now().getTime() + 2 * 24 * 60 * 60_000).toISOString();
    await t.gql(
      GRANT,
      {
        input: {
          memberId,
          categories: ['PROGRESS'],
          purpose: 'To support my return home',
          expiresAt,
          signature: await patientName(t, org),
        },
      },
      { cookie: patient },
    );
    const before = await t.gql<{ familyPlans: { progress: unknown }[] }>(
      FAMILY,
      {},
      { cookie: family },
    );
    expect(before.data?.familyPlans[0].progress).not.toBeNull();
    t.clock.advanceDays(2);
    const fresh = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
    const after = await t.gql<{ familyPlans: { progress: unknown }[] }>(
      FAMILY,
      {},
      { cookie: fresh },
    );
    expect(after.data?.familyPlans[0].progress).toBeNull();
  });

  it('lets a removed member see nothing more, at once', async () => {
    const { memberId } = await planWithFamily();
    await t.gql(RESPOND, { input: { memberId, approve: true } }, { cookie: patient });
    const removed = await t.gql(
      'mutation($input: RemovePlanMemberInput!) { removePlanMember(input: $input) { status } }',
      { input: { memberId, reason: 'Asked to step away' } },
      { cookie: counselor },
    );
    expect(removed.data).toEqual({ removePlanMember: { status: 'REMOVED' } });
    expect(await t.gql(FAMILY, {}, { cookie: family })).toEqual({ data: { familyPlans: [] } });
  });

  it('pauses and resumes with a reason kept in the history', async () => {
    const { planId } = await planWithFamily();
    const SET =
      'mutation($input: SetPlanStatusInput!) { setPlanStatus(input: $input) { status history { kind reason } } }';
    expect(
      codes(
        await t.gql(
          SET,
          { input: { id: planId, status: 'PAUSED', reason: '' } },
          { cookie: counselor },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const paused = await t.gql<{
      setPlanStatus: { status: string; history: { kind: string; reason: string | null }[] };
    }>(
      SET,
      { input: { id: planId, status: 'PAUSED', reason: 'Family asked for a breather' } },
      { cookie: counselor },
    );
    expect(paused.data?.setPlanStatus.status).toBe('PAUSED');
    expect(paused.data?.setPlanStatus.history[0]).toEqual({
      kind: 'PLAN_PAUSED',
      reason: 'Family asked for a breather',
    });
    const caseload = await t.gql<{
      caseload: { nodes: { flags: string[]; waitingCount: number }[] };
    }>('{ caseload { nodes { flags waitingCount } } }', {}, { cookie: counselor });
    expect(caseload.data?.caseload.nodes[0].flags).toEqual(['PAUSED', 'FAMILY_AWAITING_PATIENT']);
    expect(caseload.data?.caseload.nodes[0].waitingCount).toBe(1);
  });

  it('reads a caseload page in the same few SQL statements whatever its size', async () => {
    for (let i = 0; i < 3; i++) {
      const other = await createOrganization(t.dataSource, `Program ${i}`);
      await t.dataSource.query('UPDATE membership SET organization_id = $1 WHERE id = $2', [
        org.id,
        other.people.PATIENT.membershipId,
      ]);
      await t.gql(
        CREATE_PLAN,
        { input: { patientId: other.people.PATIENT.membershipId } },
        { cookie: counselor },
      );
    }
    await t.gql('{ me { id } }', {}, { cookie: counselor }); // settle the session's last-seen write
    const one = await t.statements(
      '{ caseload(first: 1) { nodes { planId flags } } }',
      {},
      { cookie: counselor },
    );
    const fifty = await t.statements(
      '{ caseload(first: 50) { nodes { planId flags } } }',
      {},
      { cookie: counselor },
    );
    expect(one).toBe(fifty);
    expect(fifty).toBeLessThanOrEqual(6);
  });

  it('searches the caseload by name, filters by phase and status, and pages with a cursor', async () => {
    const names = ['Robin Alvarez', 'Jordan Baker', 'Alex Alvarado'];
    const planIds: string[] = [];
    for (const name of names) {
      const other = await createOrganization(t.dataSource, 'Donor');
      await t.dataSource.query('UPDATE membership SET organization_id = $1 WHERE id = $2', [
        org.id,
        other.people.PATIENT.membershipId,
      ]);
      await t.dataSource.query('UPDATE app_user SET display_name = $1 WHERE id = $2', [
        name,
        other.people.PATIENT.userId,
      ]);
      const created = await t.gql<{ createPlan: { id: string } }>(
        CREATE_PLAN,
        { input: { patientId: other.people.PATIENT.membershipId } },
        { cookie: counselor },
      );
      planIds.push(created.data?.createPlan.id ?? '');
      t.clock.advanceMinutes(1);
    }
    await t.gql(
      'mutation($input: SetPlanStatusInput!) { setPlanStatus(input: $input) { id } }',
      { input: { id: planIds[1], status: 'PAUSED', reason: 'Taking a breath' } },
      { cookie: counselor },
    );
    const CASELOAD =
      'query($search: String, $status: PlanStatus, $phase: Int, $first: Int!, $after: String) { caseload(search: $search, status: $status, phase: $phase, first: $first, after: $after) { nodes { patientName } pageInfo { hasNextPage endCursor } } }';
    type Page = {
      caseload: {
        nodes: { patientName: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const names_ = (r: { data?: Page | null }) => r.data?.caseload.nodes.map((n) => n.patientName);
    expect(
      names_(await t.gql<Page>(CASELOAD, { search: 'alva', first: 10 }, { cookie: counselor })),
    ).toEqual(['Alex Alvarado', 'Robin Alvarez']);
    expect(
      names_(await t.gql<Page>(CASELOAD, { search: '%', first: 10 }, { cookie: counselor })),
    ).toEqual([]);
    expect(
      names_(await t.gql<Page>(CASELOAD, { status: 'PAUSED', first: 10 }, { cookie: counselor })),
    ).toEqual(['Jordan Baker']);
    expect(
      names_(await t.gql<Page>(CASELOAD, { phase: 2, first: 10 }, { cookie: counselor })),
    ).toEqual([]);
    expect(
      names_(await t.gql<Page>(CASELOAD, { phase: 1, first: 10 }, { cookie: counselor })),
    ).toHaveLength(3);
    const first = await t.gql<Page>(CASELOAD, { first: 2 }, { cookie: counselor });
    expect(names_(first)).toEqual(['Alex Alvarado', 'Jordan Baker']);
    expect(first.data?.caseload.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<Page>(
      CASELOAD,
      { first: 2, after: first.data?.caseload.pageInfo.endCursor },
      { cookie: counselor },
    );
    expect(names_(second)).toEqual(['Robin Alvarez']);
    expect(second.data?.caseload.pageInfo.hasNextPage).toBe(false);
    const other = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    expect(names_(await t.gql<Page>(CASELOAD, { first: 10 }, { cookie: other }))).toHaveLength(3);
  });

  it("explains kindly, in the reader's language, what the patient keeps to themselves", async () => {
    const { memberId } = await planWithFamily();
    await t.gql(RESPOND, { input: { memberId, approve: true } }, { cookie: patient });
    await t.gql('mutation { setLanguage(language: ES) { id } }', {}, { cookie: family });
    const view = await t.gql<{ familyPlans: { explanation: string }[] }>(
      FAMILY,
      {},
      { cookie: family },
    );
    expect(view.data?.familyPlans[0].explanation).toMatch(/ha decidido no compartir su progreso/);
    const preview = await t.gql<{
      consentPreview: { plan: { explanation: string | null; progress: unknown } };
    }>(
      'query($i: ConsentPreviewInput!) { consentPreview(input: $i) { plan { explanation progress { status } } } }',
      { i: { memberId, categories: ['PROGRESS'] } },
      { cookie: patient },
    );
    expect(preview.data?.consentPreview.plan).toEqual({
      explanation: null,
      progress: { status: 'ACTIVE' },
    });
    expect(await t.count('disclosure')).toBe(0);
  });

  it('lists only the patients when asked, for choosing whom a plan is for', async () => {
    const people = await t.gql<{ people: { nodes: { role: string }[] } }>(
      '{ people(role: PATIENT) { nodes { role } } }',
      {},
      { cookie: counselor },
    );
    expect(people.data?.people.nodes).toEqual([{ role: 'PATIENT' }]);
  });
});

async function patientName(t: TestApp, org: TestOrganization): Promise<string> {
  const [row] = await t.dataSource.query('SELECT display_name FROM app_user WHERE id = $1', [
    org.people.PATIENT.userId,
  ]);
  return row.display_name;
}
