import { REDISCLOSURE_NOTICE } from '@homeward/domain';
import { codes, createTestApp, TestApp } from './create-test-app';
import { TEST_PASSWORD, TestOrganization } from './factories';
import { createHome, data, Home } from './home';

const EXPECTATION = `id status currentVersion text dueForReview awaitingMyAnswer from { id displayName } to { id displayName }
  versions { version text authorName } answers { version decision comment suggestedText fromStaff authorName }
  parties { member { id } decision wantsToRetire }`;
const BOUNDARY =
  'id currentVersion need ifCrossed visibility acknowledged awaitingMyAcknowledgement appliesTo { id } versions { version need } acknowledgements { version member { id } }';
const CONTRACT =
  'version current contentHash signedByAllActiveMembers awaitingMySignature expectations { text fromName toName } boundaries { need ownerName } signatures { typedName contentHash member { id } } awaitingSignatureFrom { id }';
const AGREEMENT = `query($id: ID!) { agreement(id: $id) { planId phases { position name } members { id displayName isMe } expectations { ${EXPECTATION} } boundaries { ${BOUNDARY} } contract { ${CONTRACT} } contractVersionCount } }`;
const PROPOSE = `mutation($i: ProposeExpectationInput!) { proposeExpectation(input: $i) { ${EXPECTATION} } }`;
const REVISE = `mutation($i: ReviseExpectationInput!) { reviseExpectation(input: $i) { ${EXPECTATION} } }`;
const ANSWER = `mutation($i: AnswerExpectationInput!) { answerExpectation(input: $i) { ${EXPECTATION} } }`;
const COMMENT = `mutation($i: CommentOnExpectationInput!) { commentOnExpectation(input: $i) { ${EXPECTATION} } }`;
const STATE = `mutation($i: StateBoundaryInput!) { stateBoundary(input: $i) { ${BOUNDARY} } }`;
const REVISE_BOUNDARY = `mutation($i: ReviseBoundaryInput!) { reviseBoundary(input: $i) { ${BOUNDARY} } }`;
const ACKNOWLEDGE = `mutation($i: AcknowledgeBoundaryInput!) { acknowledgeBoundary(input: $i) { ${BOUNDARY} } }`;
const SIGN = `mutation($i: SignHomeContractInput!) { signHomeContract(input: $i) { ${CONTRACT} } }`;
const WAITING = '{ waitingOnMe { kind planId recordId version category summary patientName } }';

interface Expectation {
  id: string;
  status: string;
  currentVersion: number;
  text: string;
  dueForReview: boolean;
  awaitingMyAnswer: boolean;
  from: { id: string };
  to: { id: string };
  versions: { version: number; text: string }[];
  answers: {
    version: number;
    decision: string | null;
    comment: string | null;
    suggestedText: string | null;
    fromStaff: boolean;
  }[];
  parties: { member: { id: string }; decision: string | null; wantsToRetire: boolean }[];
}
interface Boundary {
  id: string;
  currentVersion: number;
  visibility: string;
  acknowledged: boolean;
  awaitingMyAcknowledgement: boolean;
  versions: { version: number }[];
}
interface Contract {
  version: number;
  current: boolean;
  contentHash: string;
  signedByAllActiveMembers: boolean;
  awaitingMySignature: boolean;
  expectations: { text: string }[];
  boundaries: { need: string }[];
  signatures: { typedName: string; contentHash: string }[];
  awaitingSignatureFrom: { id: string }[];
}
interface Agreement {
  expectations: Expectation[];
  boundaries: Boundary[];
  contract: Contract | null;
  contractVersionCount: number;
}

describe('the agreement: expectations, boundaries and the home contract', () => {
  let t: TestApp;
  let org: TestOrganization;
  let planId: string;
  let member: Home['member'];
  let name: Home['name'];
  let cookie: Home['cookie'];

  const agreementOf = async (who: keyof typeof cookie) =>
    data(await t.gql<{ agreement: Agreement }>(AGREEMENT, { id: planId }, { cookie: cookie[who] }))
      .agreement;
  const propose = (who: keyof typeof cookie, input: Record<string, unknown>) =>
    t.gql<{ proposeExpectation: Expectation }>(
      PROPOSE,
      { i: { planId, category: 'CONTACT', appliesFromPhase: 1, ...input } },
      { cookie: cookie[who] },
    );
  const answer = (
    who: keyof typeof cookie,
    expectationId: string,
    version: number,
    decision: string,
    comment?: string,
  ) =>
    t.gql<{ answerExpectation: Expectation }>(
      ANSWER,
      { i: { expectationId, version, decision, comment } },
      { cookie: cookie[who] },
    );
  const writes = () =>
    Promise.all(
      [
        'expectation',
        'expectation_version',
        'expectation_answer',
        'boundary',
        'boundary_version',
        'boundary_acknowledgement',
        'contract_version',
        'contract_signature',
        'plan_event',
        'audit_event',
      ].map((table) => t.count(table)),
    );

  beforeEach(async () => {
    t = await createTestApp();
    const home = await createHome(t, 'Agreement Program');
    ({ org, planId, member, name, cookie } = home);
  });
  afterEach(() => t.close());

  it('negotiates an expectation to AGREED through a revision, keeping every version and comment', async () => {
    const proposed = data(
      await propose('patient', {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        text: 'A phone call every evening at 8',
      }),
    ).proposeExpectation;
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      currentVersion: 1,
      awaitingMyAnswer: false,
    });
    expect(proposed.parties).toEqual([
      { member: { id: member.patient }, decision: 'ACCEPT', wantsToRetire: false },
      { member: { id: member.mother }, decision: null, wantsToRetire: false },
    ]);
    expect(
      data(
        await t.gql<{ waitingOnMe: { kind: string; recordId: string }[] }>(
          WAITING,
          {},
          { cookie: cookie.mother },
        ),
      ).waitingOnMe,
    ).toEqual([
      expect.objectContaining({
        kind: 'ANSWER_EXPECTATION',
        recordId: proposed.id,
        summary: 'A phone call every evening at 8',
      }),
    ]);

    expect(codes(await answer('mother', proposed.id, 1, 'REQUEST_CHANGE'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    data(
      await answer('mother', proposed.id, 1, 'REQUEST_CHANGE', 'Three evenings a week, for now'),
    );
    const coached = data(
      await t.gql<{ commentOnExpectation: Expectation }>(
        COMMENT,
        {
          i: {
            expectationId: proposed.id,
            comment: 'A good start',
            suggestedText: 'A call on Monday, Wednesday and Friday at 8',
          },
        },
        { cookie: cookie.counselor },
      ),
    ).commentOnExpectation;
    expect(coached.answers.at(-1)).toMatchObject({
      fromStaff: true,
      decision: null,
      suggestedText: 'A call on Monday, Wednesday and Friday at 8',
    });

    const revised = data(
      await t.gql<{ reviseExpectation: Expectation }>(
        REVISE,
        {
          i: {
            expectationId: proposed.id,
            version: 1,
            text: 'A phone call three evenings a week at 8',
          },
        },
        { cookie: cookie.patient },
      ),
    ).reviseExpectation;
    expect(revised).toMatchObject({
      status: 'PROPOSED',
      currentVersion: 2,
      text: 'A phone call three evenings a week at 8',
    });
    expect(revised.versions.map((v) => v.text)).toEqual([
      'A phone call every evening at 8',
      'A phone call three evenings a week at 8',
    ]);

    // The mother answering the version she first read is refused, and writes nothing.
    const before = await writes();
    const stale = await answer('mother', proposed.id, 1, 'ACCEPT');
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].message).toBe(
      'This expectation has changed since version 1: please read version 2 and answer that one.',
    );
    expect(await writes()).toEqual(before);

    const agreed = data(await answer('mother', proposed.id, 2, 'ACCEPT')).answerExpectation;
    expect(agreed.status).toBe('AGREED');
    expect(agreed.answers.map((a) => [a.version, a.decision, a.comment])).toEqual([
      [1, 'ACCEPT', null],
      [1, 'REQUEST_CHANGE', 'Three evenings a week, for now'],
      [1, null, 'A good start'],
      [2, 'ACCEPT', null],
      [2, 'ACCEPT', null],
    ]);
    const [row] = await t.dataSource.query('SELECT status FROM expectation WHERE id = $1', [
      proposed.id,
    ]);
    expect(row.status).toBe('AGREED');
    const audited = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE action LIKE 'agreement.expectation_%' ORDER BY id`,
    );
    expect(audited.map((e: { action: string }) => e.action)).toEqual([
      'agreement.expectation_proposed',
      'agreement.expectation_answered',
      'agreement.expectation_commented',
      'agreement.expectation_revised',
      'agreement.expectation_answered',
    ]);
    // The patient's plan history is not where other people's agreement shows: it stays in the audit trail.
    expect(
      await t.dataSource.query(
        `SELECT 1 FROM plan_event WHERE plan_id = $1 AND kind LIKE 'EXPECTATION_%'`,
        [planId],
      ),
    ).toEqual([]);
  });

  it('refuses an expectation without two parties on the plan, or between other people, and writes nothing', async () => {
    const before = await writes();
    const cases = [
      { fromMemberId: member.patient, toMemberId: member.patient, text: 'Be kind' },
      { fromMemberId: member.mother, toMemberId: member.partner, text: 'Be kind' },
      {
        fromMemberId: member.patient,
        toMemberId: '00000000-0000-4000-8000-000000000000',
        text: 'Be kind',
      },
      {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        text: 'Be kind',
        appliesFromPhase: 9,
      },
      {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        text: 'Be kind',
        reviewOn: '2020-01-01',
      },
    ];
    const messages: string[] = [];
    for (const input of cases) {
      const result = await propose('patient', input);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      messages.push(result.errors?.[0].message ?? '');
    }
    expect(messages).toEqual([
      'An expectation is between two different people: choose who asks and of whom.',
      'You can propose what you expect of someone, or what you offer them: choose yourself as one of the two.',
      'Choose who it is asked of from the people on this plan.',
      'Choose a phase of this plan, from 1 to 7.',
      'Choose a review date after today.',
    ]);
    expect(await writes()).toEqual(before);
  });

  it('shows a family member only the expectations they are a party to; a stranger to it hears it does not exist', async () => {
    const mine = data(
      await propose('patient', {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        text: 'Call before visiting',
      }),
    ).proposeExpectation;
    data(
      await propose('partner', {
        fromMemberId: member.partner,
        toMemberId: member.patient,
        category: 'MONEY',
        text: 'No loans for now',
      }),
    );
    const mothers = await agreementOf('mother');
    expect(mothers.expectations.map((e) => e.text)).toEqual(['Call before visiting']);
    // The ladder's names (not where the plan stands), so "applies from" reads as a phase.
    expect(
      (mothers as unknown as { phases: { name: string }[] }).phases.map((p) => p.name),
    ).toEqual([
      'Reconnect',
      'Supervised visits',
      'Day passes',
      'Overnight',
      'Weekends',
      'Homecoming',
      'Aftercare',
    ]);
    expect((await agreementOf('partner')).expectations.map((e) => e.text)).toEqual([
      'No loans for now',
    ]);
    expect((await agreementOf('counselor')).expectations).toHaveLength(2);
    const before = await writes();
    expect(codes(await answer('partner', mine.id, 1, 'ACCEPT'))).toEqual(['NOT_FOUND']);
    expect(await writes()).toEqual(before);
  });

  it('retires an agreed expectation only when both parties agree to', async () => {
    const e = data(
      await propose('patient', {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        text: 'Sunday dinner together',
      }),
    ).proposeExpectation;
    data(await answer('mother', e.id, 1, 'ACCEPT'));
    const half = data(await answer('mother', e.id, 1, 'RETIRE')).answerExpectation;
    expect(half.status).toBe('AGREED');
    expect(half.parties.find((p) => p.member.id === member.mother)?.wantsToRetire).toBe(true);
    expect(data(await answer('patient', e.id, 1, 'RETIRE')).answerExpectation.status).toBe(
      'RETIRED',
    );
    expect(codes(await answer('patient', e.id, 1, 'ACCEPT'))).toEqual(['CONFLICT']);
  });

  it('brings an agreed expectation back for review on its date', async () => {
    const e = data(
      await propose('patient', {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        text: 'Sunday dinner together',
        reviewOn: '2026-04-01',
      }),
    ).proposeExpectation;
    data(await answer('mother', e.id, 1, 'ACCEPT'));
    t.clock.advanceDays(31);
    cookie.mother = await t.login(org.people.FAMILY.email, TEST_PASSWORD);
    cookie.patient = await t.login(org.people.PATIENT.email, TEST_PASSWORD);
    const waiting = data(
      await t.gql<{ waitingOnMe: { kind: string }[] }>(WAITING, {}, { cookie: cookie.mother }),
    ).waitingOnMe;
    expect(waiting.map((w) => w.kind)).toEqual(['REVIEW_EXPECTATION', 'SIGN_CONTRACT']);
    expect(data(await answer('mother', e.id, 1, 'ACCEPT')).answerExpectation).toMatchObject({
      status: 'AGREED',
      dueForReview: true,
    });
    expect(data(await answer('patient', e.id, 1, 'ACCEPT')).answerExpectation).toMatchObject({
      status: 'AGREED',
      dueForReview: false,
    });
  });

  it('keeps a staff-only boundary with its owner and staff, and asks for acknowledgement again when it changes', async () => {
    const before = await t.count('plan_event');
    const coached = data(
      await t.gql<{ stateBoundary: Boundary }>(
        STATE,
        {
          i: {
            planId,
            category: 'HOUSEHOLD',
            need: 'No alcohol in the house',
            ifCrossed: 'I will end the visit',
            appliesToMemberIds: [member.patient],
            visibility: 'STAFF_ONLY',
          },
        },
        { cookie: cookie.partner },
      ),
    ).stateBoundary;
    expect(coached).toMatchObject({ visibility: 'STAFF_ONLY', awaitingMyAcknowledgement: false });
    expect((await agreementOf('patient')).boundaries).toEqual([]);
    expect((await agreementOf('mother')).boundaries).toEqual([]);
    expect((await agreementOf('counselor')).boundaries.map((b) => b.id)).toEqual([coached.id]);
    expect(
      data(await t.gql<{ waitingOnMe: unknown[] }>(WAITING, {}, { cookie: cookie.patient }))
        .waitingOnMe,
    ).toEqual([]);
    // Not in the plan history the patient reads, but in the audit trail.
    expect(await t.count('plan_event')).toBe(before);
    expect(
      await t.dataSource.query(
        `SELECT 1 FROM audit_event WHERE action = 'agreement.boundary_stated'`,
      ),
    ).toHaveLength(1);
    expect(
      codes(
        await t.gql(
          ACKNOWLEDGE,
          { i: { boundaryId: coached.id, version: 1 } },
          { cookie: cookie.patient },
        ),
      ),
    ).toEqual(['NOT_FOUND']);

    const shared = data(
      await t.gql<{ reviseBoundary: Boundary }>(
        REVISE_BOUNDARY,
        {
          i: {
            boundaryId: coached.id,
            need: 'No alcohol in the house',
            ifCrossed: 'If there is, I will end the visit',
            appliesToMemberIds: [member.patient],
            visibility: 'PLAN',
          },
        },
        { cookie: cookie.partner },
      ),
    ).reviseBoundary;
    expect(shared).toMatchObject({ currentVersion: 2, visibility: 'PLAN', acknowledged: false });
    expect(shared.versions.map((v) => v.version)).toEqual([1, 2]);
    // The coached, staff-only first version stays with its owner and staff.
    expect((await agreementOf('patient')).boundaries[0]).toMatchObject({
      awaitingMyAcknowledgement: true,
      versions: [{ version: 2, need: 'No alcohol in the house' }],
    });
    expect(
      data(
        await t.gql<{ waitingOnMe: { kind: string }[] }>(WAITING, {}, { cookie: cookie.patient }),
      ).waitingOnMe.map((w) => w.kind),
    ).toEqual(['ACKNOWLEDGE_BOUNDARY']);

    // Nobody votes: the owner cannot acknowledge their own, someone it does not apply to cannot see it.
    expect(
      codes(
        await t.gql(
          ACKNOWLEDGE,
          { i: { boundaryId: coached.id, version: 2 } },
          { cookie: cookie.partner },
        ),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await t.gql(
          ACKNOWLEDGE,
          { i: { boundaryId: coached.id, version: 2 } },
          { cookie: cookie.mother },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await t.gql(
          ACKNOWLEDGE,
          { i: { boundaryId: coached.id, version: 1 } },
          { cookie: cookie.patient },
        ),
      ),
    ).toEqual(['CONFLICT']);

    const acknowledged = data(
      await t.gql<{ acknowledgeBoundary: Boundary }>(
        ACKNOWLEDGE,
        { i: { boundaryId: coached.id, version: 2 } },
        { cookie: cookie.patient },
      ),
    ).acknowledgeBoundary;
    expect(acknowledged).toMatchObject({ acknowledged: true, awaitingMyAcknowledgement: false });
    expect(
      codes(
        await t.gql(
          ACKNOWLEDGE,
          { i: { boundaryId: coached.id, version: 2 } },
          { cookie: cookie.patient },
        ),
      ),
    ).toEqual(['CONFLICT']);

    const restated = data(
      await t.gql<{ reviseBoundary: Boundary }>(
        REVISE_BOUNDARY,
        {
          i: {
            boundaryId: coached.id,
            need: 'No alcohol or cannabis in the house',
            ifCrossed: 'I will end the visit',
            appliesToMemberIds: [member.patient],
            visibility: 'PLAN',
          },
        },
        { cookie: cookie.partner },
      ),
    ).reviseBoundary;
    expect(restated).toMatchObject({ currentVersion: 3, acknowledged: false });
    expect(restated.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(
      codes(
        await t.gql(
          REVISE_BOUNDARY,
          {
            i: {
              boundaryId: coached.id,
              need: 'x',
              ifCrossed: 'y',
              appliesToMemberIds: [member.patient],
              visibility: 'PLAN',
            },
          },
          { cookie: cookie.patient },
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('makes a contract version from what is agreed, signed by everyone, re-versioned on any change, with a PDF of every signature', async () => {
    const e = data(
      await propose('patient', {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        text: 'A phone call three evenings a week',
      }),
    ).proposeExpectation;
    expect((await agreementOf('patient')).contract).toBeNull();
    data(await answer('mother', e.id, 1, 'ACCEPT'));
    const boundary = data(
      await t.gql<{ stateBoundary: Boundary }>(
        STATE,
        {
          i: {
            planId,
            category: 'HOUSEHOLD',
            need: 'No alcohol in the house',
            ifCrossed: 'I will end the visit',
            appliesToMemberIds: [member.patient],
            visibility: 'PLAN',
          },
        },
        { cookie: cookie.partner },
      ),
    ).stateBoundary;
    data(
      await t.gql(
        ACKNOWLEDGE,
        { i: { boundaryId: boundary.id, version: 1 } },
        { cookie: cookie.patient },
      ),
    );

    const agreement = await agreementOf('partner');
    // The partner is a party to the contract though not to the phone calls: every member signs all of it.
    expect(agreement.contractVersionCount).toBe(2);
    const contract = agreement.contract as Contract;
    expect(contract).toMatchObject({
      version: 2,
      current: true,
      signedByAllActiveMembers: false,
      awaitingMySignature: true,
    });
    expect(contract.expectations.map((x) => x.text)).toEqual([
      'A phone call three evenings a week',
    ]);
    expect(contract.boundaries.map((x) => x.need)).toEqual(['No alcohol in the house']);

    const sign = (who: 'patient' | 'mother' | 'partner', version: number, typedName = name[who]) =>
      t.gql<{ signHomeContract: Contract }>(
        SIGN,
        { i: { planId, version, typedName } },
        { cookie: cookie[who] },
      );
    let before = await writes();
    for (const [result, code] of [
      [await sign('patient', 1), 'CONFLICT'],
      [await sign('patient', 2, 'Somebody Else'), 'BAD_USER_INPUT'],
      [await sign('patient', 3), 'NOT_FOUND'],
    ] as const)
      expect(codes(result)).toEqual([code]);
    expect(await writes()).toEqual(before);

    data(await sign('patient', 2, `  ${name.patient.toUpperCase()} `));
    t.clock.advanceMinutes(1);
    data(await sign('mother', 2));
    t.clock.advanceMinutes(1);
    expect(codes(await sign('mother', 2))).toEqual(['CONFLICT']);
    const signed = data(await sign('partner', 2)).signHomeContract;
    name.patient = name.patient.toUpperCase(); // kept as typed, spaces tidied
    expect(signed.signedByAllActiveMembers).toBe(true);
    expect(signed.signatures.map((s) => s.typedName)).toEqual([
      name.patient,
      name.mother,
      name.partner,
    ]);
    expect(new Set(signed.signatures.map((s) => s.contentHash))).toEqual(
      new Set([contract.contentHash]),
    );

    const pdf = await t.gql<{ homeContractPdf: string }>(
      'query($i: ContractVersionInput!) { homeContractPdf(input: $i) }',
      { i: { planId, version: 2 } },
      { cookie: cookie.counselor },
    );
    const bytes = Buffer.from(data(pdf).homeContractPdf, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { extractText } = await import('unpdf');
    const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    for (const who of ['patient', 'mother', 'partner'] as const)
      expect(flat).toContain(`Signed by ${name[who]}`);
    expect(flat).toContain('A phone call three evenings a week');
    expect(flat).toContain(REDISCLOSURE_NOTICE.slice(0, 80));
    expect(
      await t.dataSource.query(`SELECT 1 FROM audit_event WHERE action = 'contract.exported'`),
    ).toHaveLength(1);

    // Asking for a change does not take the agreed wording out of force on one person's word.
    data(await answer('mother', e.id, 1, 'REQUEST_CHANGE', 'Two evenings while I travel'));
    const revised = data(
      await t.gql<{
        reviseExpectation: Expectation & { agreedVersion: number; changeUnderDiscussion: boolean };
      }>(
        REVISE.replace('currentVersion', 'currentVersion agreedVersion changeUnderDiscussion'),
        {
          i: {
            expectationId: e.id,
            version: 1,
            text: 'A phone call two evenings a week while Mum travels',
          },
        },
        { cookie: cookie.patient },
      ),
    ).reviseExpectation;
    expect(revised).toMatchObject({
      status: 'AGREED',
      agreedVersion: 1,
      currentVersion: 2,
      changeUnderDiscussion: true,
    });
    expect(((await agreementOf('patient')).contract as Contract).version).toBe(2);
    // Once the new wording is agreed, what the contract contains changed: a new version that needs signing again.
    data(await answer('mother', e.id, 2, 'ACCEPT'));
    const after = (await agreementOf('patient')).contract as Contract;
    expect(after).toMatchObject({
      version: 3,
      signedByAllActiveMembers: false,
      awaitingMySignature: true,
      expectations: [{ text: 'A phone call two evenings a week while Mum travels' }],
    });
    before = await writes();
    expect(codes(await sign('patient', 2))).toEqual(['CONFLICT']);
    expect(await writes()).toEqual(before);
    const old = data(
      await t.gql<{ homeContract: Contract }>(
        `query($i: ContractVersionInput!) { homeContract(input: $i) { ${CONTRACT} } }`,
        { i: { planId, version: 2 } },
        { cookie: cookie.mother },
      ),
    ).homeContract;
    expect(old).toMatchObject({ version: 2, current: false });
    expect(old.signatures).toHaveLength(3);
  });

  it('flags the expectation gap to the counselor: both sides expect different things of each other', async () => {
    data(
      await propose('patient', {
        fromMemberId: member.patient,
        toMemberId: member.partner,
        text: 'A call every day',
      }),
    );
    data(
      await propose('partner', {
        fromMemberId: member.partner,
        toMemberId: member.patient,
        text: 'A call once a week',
      }),
    );
    data(
      await propose('patient', {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        category: 'HOUSEHOLD',
        text: 'My old room',
      }),
    );
    const gap = data(
      await t.gql<{
        expectationGap: {
          category: string;
          mismatch: boolean;
          reasons: string[];
          people: { member: { id: string }; expects: { text: string; of: { id: string } }[] }[];
        }[];
      }>(
        'query($id: ID!) { expectationGap(id: $id) { category mismatch reasons people { member { id } expects { text of { id } } changesAsked } } }',
        { id: planId },
        { cookie: cookie.counselor },
      ),
    ).expectationGap;
    expect(gap.map((g) => [g.category, g.mismatch, g.reasons])).toEqual([
      ['CONTACT', true, ['BOTH_SIDES_DIFFER']],
      ['HOUSEHOLD', false, []],
    ]);
    expect(gap[0].people.map((p) => [p.member.id, p.expects])).toEqual([
      [member.patient, [{ text: 'A call every day', of: { id: member.partner } }]],
      [member.partner, [{ text: 'A call once a week', of: { id: member.patient } }]],
    ]);
    const waiting = data(
      await t.gql<{ waitingOnMe: { kind: string; category: string }[] }>(
        WAITING,
        {},
        { cookie: cookie.counselor },
      ),
    ).waitingOnMe;
    expect(waiting.map((w) => [w.kind, w.category])).toEqual([['EXPECTATION_GAP', 'CONTACT']]);
    expect(
      codes(
        await t.gql(
          'query($id: ID!) { expectationGap(id: $id) { category } }',
          { id: planId },
          { cookie: cookie.patient },
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('never lets written words be rewritten or deleted, even from SQL', async () => {
    const e = data(
      await propose('patient', {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        text: 'Call before visiting',
      }),
    ).proposeExpectation;
    data(await answer('mother', e.id, 1, 'ACCEPT'));
    const b = data(
      await t.gql<{ stateBoundary: Boundary }>(
        STATE,
        {
          i: {
            planId,
            category: 'HOUSEHOLD',
            need: 'Quiet after ten',
            ifCrossed: 'I will go to my room',
            appliesToMemberIds: [member.mother],
            visibility: 'PLAN',
          },
        },
        { cookie: cookie.patient },
      ),
    ).stateBoundary;
    data(
      await t.gql(ACKNOWLEDGE, { i: { boundaryId: b.id, version: 1 } }, { cookie: cookie.mother }),
    );
    data(
      await t.gql(
        SIGN,
        { i: { planId, version: 2, typedName: name.mother } },
        { cookie: cookie.mother },
      ),
    );
    for (const sql of [
      `UPDATE expectation_version SET text = 'changed' WHERE expectation_id = '${e.id}'`,
      `DELETE FROM expectation_answer WHERE expectation_id = '${e.id}'`,
      `UPDATE expectation SET to_member_id = '${member.partner}' WHERE id = '${e.id}'`,
      `DELETE FROM expectation WHERE id = '${e.id}'`,
      `UPDATE boundary_version SET need = 'changed' WHERE boundary_id = '${b.id}'`,
      `DELETE FROM boundary_acknowledgement WHERE boundary_id = '${b.id}'`,
      `UPDATE boundary SET owner_member_id = '${member.mother}' WHERE id = '${b.id}'`,
      `DELETE FROM boundary WHERE id = '${b.id}'`,
      `UPDATE contract_version SET content_hash = repeat('0', 64) WHERE plan_id = '${planId}'`,
      `DELETE FROM contract_signature`,
    ])
      await expect(t.dataSource.query(sql)).rejects.toThrow();
  });

  it('prints names in any alphabet on the PDF, as they were typed', async () => {
    await t.dataSource.query(
      `UPDATE app_user SET display_name = 'Nguyễn Thị Łucja' WHERE id = $1`,
      [org.people.FAMILY.userId],
    );
    const e = data(
      await propose('patient', {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        text: 'Cà phê on Sundays',
      }),
    ).proposeExpectation;
    data(await answer('mother', e.id, 1, 'ACCEPT'));
    data(
      await t.gql(
        SIGN,
        { i: { planId, version: 1, typedName: 'Nguyễn Thị Łucja' } },
        { cookie: cookie.mother },
      ),
    );
    const pdf = data(
      await t.gql<{ homeContractPdf: string }>(
        'query($i: ContractVersionInput!) { homeContractPdf(input: $i) }',
        { i: { planId, version: 1 } },
        { cookie: cookie.mother },
      ),
    ).homeContractPdf;
    const { extractText } = await import('unpdf');
    const { text } = await extractText(new Uint8Array(Buffer.from(pdf, 'base64')), {
      mergePages: true,
    });
    expect(text.replace(/\s+/g, ' ')).toContain('Signed by Nguyễn Thị Łucja');
    expect(text).toContain('Cà phê on Sundays');
  });

  it('reads the agreement in the same number of statements however much it holds', async () => {
    const count = () => t.statements(AGREEMENT, { id: planId }, { cookie: cookie.patient });
    data(
      await propose('patient', {
        fromMemberId: member.patient,
        toMemberId: member.mother,
        text: 'One',
      }),
    );
    const small = await count();
    for (const text of ['Two', 'Three', 'Four'])
      data(
        await propose('patient', {
          fromMemberId: member.patient,
          toMemberId: member.partner,
          text,
        }),
      );
    data(
      await t.gql(
        STATE,
        {
          i: {
            planId,
            category: 'HOUSEHOLD',
            need: 'Quiet after ten',
            ifCrossed: 'I will go to my room',
            appliesToMemberIds: [member.mother],
            visibility: 'PLAN',
          },
        },
        { cookie: cookie.patient },
      ),
    );
    expect(await count()).toBe(small);
    expect(small).toBeLessThanOrEqual(14);
  });

  it('refuses changes to the agreement of a closed plan, and keeps it readable', async () => {
    data(
      await t.gql(
        'mutation($i: SetPlanStatusInput!) { setPlanStatus(input: $i) { id } }',
        { i: { id: planId, status: 'CLOSED', reason: 'Completed the program' } },
        { cookie: cookie.counselor },
      ),
    );
    const before = await writes();
    const result = await propose('patient', {
      fromMemberId: member.patient,
      toMemberId: member.mother,
      text: 'Call before visiting',
    });
    expect(codes(result)).toEqual(['CONFLICT']);
    expect(await writes()).toEqual(before);
    expect((await agreementOf('mother')).expectations).toEqual([]);
  });
});
