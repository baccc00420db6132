import { APIRequestContext, request } from '@playwright/test';
import { DEFAULT_LADDER, PhaseTemplate } from '@homeward/domain';
import { DEMO, DEMO_PASSWORD, rememberTotpKey, totpCode, totpKeyOf } from './support';

/**
 * Setting up a home of its own through the GraphQL API, so a journey never depends on what
 * another journey (they share one database) did: a new patient, and family members with new
 * accounts, joined the way the app joins them.
 */

export interface Person {
  name: string;
  email: string;
  password: string;
}

export interface Home {
  planId: string;
  /** The plan's own counselor, so the demo counselor's caseload stays as other journeys expect it. */
  counselor: Person;
  patient: Person;
  mother: Person;
  partner: Person;
  /** Plan member ids of the family members. */
  members: { mother: string; partner: string };
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL operation as the person whose session `api` holds; any error fails loudly with its code. */
export async function gql<T>(
  api: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await api.post('/graphql', { data: { query, variables } });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  if (answer.errors?.length) {
    const [first] = answer.errors;
    throw new Error(
      `${first.extensions?.code ?? 'ERROR'}: ${first.message} (in ${query.trim().split(/\s+/).slice(0, 2).join(' ')})`,
    );
  }
  if (!answer.data) throw new Error(`No data (HTTP ${response.status()})`);
  return answer.data;
}

/** A fresh browserless session for one person. */
export async function session(baseURL: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL });
}

/** Signs in through the API; staff whose key the journeys know send the current code too. */
export async function signIn(
  api: APIRequestContext,
  email: string,
  password: string,
): Promise<void> {
  const totp = totpKeyOf(email) ? { totpCode: totpCode(email) } : {};
  await gql(api, 'mutation Login($input: LoginInput!) { login(input: $input) { id } }', {
    input: { email, password, ...totp },
  });
}

/**
 * Staff whose program requires two-step sign-in turn it on before anything else: as the
 * enrolment screen does, with a code computed from the key (kept for their later sign-ins).
 */
export async function enrolTwoStepIfAsked(api: APIRequestContext, email: string): Promise<void> {
  const { me } = await gql<{ me: { totpEnrollmentRequired: boolean } }>(
    api,
    'query Me { me { totpEnrollmentRequired } }',
  );
  if (!me.totpEnrollmentRequired) return;
  const { startTotpEnrollment } = await gql<{ startTotpEnrollment: { secret: string } }>(
    api,
    'mutation Start { startTotpEnrollment { secret } }',
  );
  rememberTotpKey(email, startTotpEnrollment.secret);
  await gql(
    api,
    'mutation Confirm($code: String!) { confirmTotpEnrollment(code: $code) { recoveryCodes } }',
    { code: totpCode(email) },
  );
}

/** Accepts an invitation link as a new account (which also signs them in on `api`). */
async function accept(api: APIRequestContext, acceptUrl: string, person: Person): Promise<void> {
  const token = decodeURIComponent(new URL(acceptUrl).pathname.split('/').pop() ?? '');
  await gql(
    api,
    'mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }',
    {
      input: { token, displayName: person.name, password: person.password },
    },
  );
}

/** The membership id of the person with this email (people are listed oldest first, in pages). */
async function membershipOf(api: APIRequestContext, email: string, role: string): Promise<string> {
  let after: string | null = null;
  for (;;) {
    const {
      people,
    }: {
      people: {
        nodes: { id: string; email: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await gql(
      api,
      'query People($after: String, $role: Role) { people(first: 50, after: $after, role: $role) { nodes { id email } pageInfo { hasNextPage endCursor } } }',
      { after, role },
    );
    const found = people.nodes.find((p) => p.email === email);
    if (found) return found.id;
    if (!people.pageInfo.hasNextPage) throw new Error(`No ${role} with the email ${email}`);
    after = people.pageInfo.endCursor;
  }
}

/**
 * A new home: the admin invites a counselor of its own, who joins; the counselor invites a
 * patient, who joins; starts a plan for them; suggests a mother and a partner without accounts;
 * the patient welcomes both; each joins through their link.
 */
export async function newHome(
  baseURL: string,
  names: { counselor: string; patient: string; mother: string; partner: string },
): Promise<Home> {
  const stamp = `${Date.now()}.${Math.floor(Math.random() * 1e6)}`;
  const person = (name: string, role: string): Person => ({
    name,
    email: `${role}.${stamp}@home.example`,
    password: `${name.split(' ')[0].toLowerCase()} walks by the river at dusk`,
  });
  const counselorPerson = person(names.counselor, 'counselor');
  const patient = person(names.patient, 'patient');
  const mother = person(names.mother, 'mother');
  const partner = person(names.partner, 'partner');

  const admin = await session(baseURL);
  const counselor = await session(baseURL);
  const patientApi = await session(baseURL);
  const motherApi = await session(baseURL);
  const partnerApi = await session(baseURL);
  try {
    const invite = async (api: APIRequestContext, who: Person, role: string) => {
      const { createInvitation } = await gql<{ createInvitation: { acceptUrl: string } }>(
        api,
        'mutation Invite($input: CreateInvitationInput!) { createInvitation(input: $input) { acceptUrl } }',
        { input: { email: who.email, role, displayName: who.name } },
      );
      return createInvitation.acceptUrl;
    };
    await signIn(admin, DEMO.admin, DEMO_PASSWORD);
    await accept(counselor, await invite(admin, counselorPerson, 'COUNSELOR'), counselorPerson);
    await enrolTwoStepIfAsked(counselor, counselorPerson.email);
    await accept(patientApi, await invite(counselor, patient, 'PATIENT'), patient);

    const patientId = await membershipOf(counselor, patient.email, 'PATIENT');
    const { createPlan } = await gql<{ createPlan: { id: string } }>(
      counselor,
      'mutation Plan($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
      { input: { patientId } },
    );
    const planId = createPlan.id;

    const suggest = async (who: Person, relationship: string) => {
      const { addFamilyMember } = await gql<{
        addFamilyMember: { acceptUrl: string | null; member: { id: string } };
      }>(
        counselor,
        'mutation Add($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) { acceptUrl member { id } } }',
        { input: { planId, displayName: who.name, email: who.email, relationship } },
      );
      if (!addFamilyMember.acceptUrl) throw new Error(`${who.email} already had an account`);
      return addFamilyMember;
    };
    const motherMember = await suggest(mother, 'PARENT');
    const partnerMember = await suggest(partner, 'PARTNER');

    for (const { member } of [motherMember, partnerMember]) {
      await gql(
        patientApi,
        'mutation Respond($input: RespondToFamilyInvitationInput!) { respondToFamilyInvitation(input: $input) { id } }',
        {
          input: { memberId: member.id, approve: true },
        },
      );
    }
    await accept(motherApi, motherMember.acceptUrl as string, mother);
    await accept(partnerApi, partnerMember.acceptUrl as string, partner);
    return {
      planId,
      counselor: counselorPerson,
      patient,
      mother,
      partner,
      members: { mother: motherMember.member.id, partner: partnerMember.member.id },
    };
  } finally {
    await Promise.all(
      [admin, counselor, patientApi, motherApi, partnerApi].map((api) => api.dispose()),
    );
  }
}

/** Runs `work` as one person through the API, signed in for it and signed out after. */
export async function as<T>(
  baseURL: string,
  who: Person | string,
  work: (api: APIRequestContext) => Promise<T>,
): Promise<T> {
  const api = await session(baseURL);
  try {
    if (typeof who === 'string') await signIn(api, who, DEMO_PASSWORD);
    else await signIn(api, who.email, who.password);
    return await work(api);
  } finally {
    await api.dispose();
  }
}

/** Admins: saves a ladder as the organization's new template version (new plans start from it). */
export async function saveTemplate(
  baseURL: string,
  ladder: readonly PhaseTemplate[],
): Promise<number> {
  const phases = ladder.map((phase) => ({
    name: phase.name,
    description: phase.description,
    contactTypes: phase.contactTypes,
    stage: phase.stage ?? null,
    milestones: phase.milestones.map((m) => ({
      title: m.title,
      kind: m.kind,
      party: m.party,
      target: m.target ?? null,
      windowDays: m.windowDays ?? null,
      measure: m.measure ?? null,
      contactType: m.contactType ?? null,
    })),
  }));
  return as(baseURL, DEMO.admin, async (admin) => {
    const { updatePlanTemplate } = await gql<{ updatePlanTemplate: { version: number } }>(
      admin,
      'mutation Template($input: UpdatePlanTemplateInput!) { updatePlanTemplate(input: $input) { version } }',
      { input: { phases } },
    );
    return updatePlanTemplate.version;
  });
}

/** The patient signs a consent for one family member to see these categories, for a year. */
export async function grantConsent(
  baseURL: string,
  home: Home,
  memberId: string,
  categories: string[],
): Promise<void> {
  await as(baseURL, home.patient, (api) =>
    gql(api, 'mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }', {
      input: {
        memberId,
        categories,
        expiresAt: new Date(Date.now() + 365 * 86_400_000).toISOString(),
        purpose: 'So they can support me in our plan to come home together.',
        signature: home.patient.name,
      },
    }),
  );
}

/** The counselor proposes the next phase and the patient and both family members agree, through the API. */
export async function moveUpAPhase(baseURL: string, home: Home, reason: string): Promise<void> {
  const proposalId = await as(baseURL, home.counselor, async (api) => {
    const { proposeNextPhase } = await gql<{ proposeNextPhase: { id: string } }>(
      api,
      'mutation Propose($input: ProposeNextPhaseInput!) { proposeNextPhase(input: $input) { id } }',
      { input: { planId: home.planId, reason } },
    );
    return proposeNextPhase.id;
  });
  for (const person of [home.patient, home.mother, home.partner]) {
    await as(baseURL, person, (api) =>
      gql(
        api,
        'mutation Answer($input: AnswerPhaseProposalInput!) { answerPhaseProposal(input: $input) { id } }',
        { input: { proposalId, agree: true } },
      ),
    );
  }
}

/**
 * The ladder for the track-record journey: nothing to reach in phase 1, and in phase 2 three
 * check-in days within a week and one supervised visit that went well. The rest is the default.
 */
export const TRACK_RECORD_LADDER: PhaseTemplate[] = DEFAULT_LADDER.map((phase, index) =>
  index === 0
    ? { ...phase, milestones: [] }
    : index === 1
      ? {
          ...phase,
          milestones: [
            {
              title: 'Check-ins: 3 in 7 days',
              kind: 'COUNT',
              party: 'PATIENT',
              target: 3,
              windowDays: 7,
              measure: 'CHECK_IN_DAYS',
            },
            {
              title: 'A supervised visit that went well',
              kind: 'EVENT',
              party: 'PATIENT',
              target: 1,
              measure: 'VISITS_WENT_WELL',
              contactType: 'ON_SITE_SUPERVISED',
            },
          ],
        }
      : phase,
);

/**
 * A new home on the short track-record ladder (the default ladder is saved back at once, so other
 * journeys start from it), at phase 2 after everyone agreed; the mother sees everything the
 * patient can share, the partner only progress (no check-ins).
 */
export async function trackRecordHome(
  baseURL: string,
  names: { counselor: string; patient: string; mother: string; partner: string },
): Promise<Home> {
  await saveTemplate(baseURL, TRACK_RECORD_LADDER);
  let home: Home;
  try {
    home = await newHome(baseURL, names);
  } finally {
    await saveTemplate(baseURL, DEFAULT_LADDER);
  }
  await grantConsent(baseURL, home, home.members.mother, [
    'PROGRESS',
    'CHECKINS',
    'ATTENDANCE',
    'VISIT_REFLECTIONS',
  ]);
  await grantConsent(baseURL, home, home.members.partner, ['PROGRESS']);
  await moveUpAPhase(baseURL, home, 'Letters and calls have been steady and kind.');
  return home;
}

/**
 * What a family agreed on the way home, through the API: the patient's expectation of the mother
 * (accepted), the partner's boundary (acknowledged by the patient), and the home contract signed
 * by all three.
 */
export async function agree(
  url: string,
  home: Home,
  words: { expectation: string; boundary: string },
): Promise<void> {
  const patientMember = await as(url, home.patient, async (api) => {
    const { agreement } = await gql<{ agreement: { members: { id: string; isMe: boolean }[] } }>(
      api,
      'query Members($id: ID!) { agreement(id: $id) { members { id isMe } } }',
      { id: home.planId },
    );
    return agreement.members.find((m) => m.isMe)?.id as string;
  });
  const expectationId = await as(url, home.patient, async (api) => {
    const { proposeExpectation } = await gql<{ proposeExpectation: { id: string } }>(
      api,
      'mutation P($input: ProposeExpectationInput!) { proposeExpectation(input: $input) { id } }',
      {
        input: {
          planId: home.planId,
          fromMemberId: patientMember,
          toMemberId: home.members.mother,
          category: 'CONTACT',
          appliesFromPhase: 1,
          text: words.expectation,
        },
      },
    );
    return proposeExpectation.id;
  });
  await as(url, home.mother, (api) =>
    gql(
      api,
      'mutation A($input: AnswerExpectationInput!) { answerExpectation(input: $input) { id } }',
      {
        input: { expectationId, version: 1, decision: 'ACCEPT' },
      },
    ),
  );
  const boundaryId = await as(url, home.partner, async (api) => {
    const { stateBoundary } = await gql<{ stateBoundary: { id: string } }>(
      api,
      'mutation B($input: StateBoundaryInput!) { stateBoundary(input: $input) { id } }',
      {
        input: {
          planId: home.planId,
          category: 'HOUSEHOLD',
          need: words.boundary,
          ifCrossed: 'We talk it over with the counselor',
          appliesToMemberIds: [patientMember],
          visibility: 'PLAN',
        },
      },
    );
    return stateBoundary.id;
  });
  await as(url, home.patient, (api) =>
    gql(
      api,
      'mutation K($input: AcknowledgeBoundaryInput!) { acknowledgeBoundary(input: $input) { id } }',
      {
        input: { boundaryId, version: 1 },
      },
    ),
  );
  for (const person of [home.patient, home.mother, home.partner])
    await as(url, person, async (api) => {
      const { agreement } = await gql<{ agreement: { contract: { version: number } } }>(
        api,
        'query C($id: ID!) { agreement(id: $id) { contract { version } } }',
        { id: home.planId },
      );
      await gql(
        api,
        'mutation S($input: SignHomeContractInput!) { signHomeContract(input: $input) { version } }',
        {
          input: {
            planId: home.planId,
            version: agreement.contract.version,
            typedName: person.name,
          },
        },
      );
    });
}

/**
 * A new home on a ladder of its own (the default ladder is saved back at once, so other
 * journeys start from it), whose mother sees the patient's progress and reads Homeward in Spanish.
 */
export async function spanishHomeOnLadder(
  baseURL: string,
  ladder: readonly PhaseTemplate[],
  names: { counselor: string; patient: string; mother: string; partner: string },
): Promise<Home> {
  await saveTemplate(baseURL, ladder);
  let home: Home;
  try {
    home = await newHome(baseURL, names);
  } finally {
    await saveTemplate(baseURL, DEFAULT_LADDER);
  }
  await grantConsent(baseURL, home, home.members.mother, ['PROGRESS']);
  await as(baseURL, home.mother, (api) =>
    gql(api, 'mutation Lang { setLanguage(language: ES) { id } }'),
  );
  return home;
}
