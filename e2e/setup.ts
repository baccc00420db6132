import { APIRequestContext, request } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from './support';

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
}

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL operation as the person whose session `api` holds; any error fails loudly with its code. */
export async function gql<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await api.post('/graphql', { data: { query, variables } });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  if (answer.errors?.length) {
    const [first] = answer.errors;
    throw new Error(`${first.extensions?.code ?? 'ERROR'}: ${first.message} (in ${query.trim().split(/\s+/).slice(0, 2).join(' ')})`);
  }
  if (!answer.data) throw new Error(`No data (HTTP ${response.status()})`);
  return answer.data;
}

/** A fresh browserless session for one person. */
async function session(baseURL: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL });
}

async function signIn(api: APIRequestContext, email: string, password: string): Promise<void> {
  await gql(api, 'mutation Login($input: LoginInput!) { login(input: $input) { id } }', { input: { email, password } });
}

/** Accepts an invitation link as a new account (which also signs them in on `api`). */
async function accept(api: APIRequestContext, acceptUrl: string, person: Person): Promise<void> {
  const token = decodeURIComponent(new URL(acceptUrl).pathname.split('/').pop() ?? '');
  await gql(api, 'mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }', {
    input: { token, displayName: person.name, password: person.password },
  });
}

/** The membership id of the person with this email (people are listed oldest first, in pages). */
async function membershipOf(api: APIRequestContext, email: string, role: string): Promise<string> {
  let after: string | null = null;
  for (;;) {
    const { people }: { people: { nodes: { id: string; email: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(
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
export async function newHome(baseURL: string, names: { counselor: string; patient: string; mother: string; partner: string }): Promise<Home> {
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
    await accept(patientApi, await invite(counselor, patient, 'PATIENT'), patient);

    const patientId = await membershipOf(counselor, patient.email, 'PATIENT');
    const { createPlan } = await gql<{ createPlan: { id: string } }>(
      counselor,
      'mutation Plan($input: CreatePlanInput!) { createPlan(input: $input) { id } }',
      { input: { patientId } },
    );
    const planId = createPlan.id;

    const suggest = async (who: Person, relationship: string) => {
      const { addFamilyMember } = await gql<{ addFamilyMember: { acceptUrl: string | null; member: { id: string } } }>(
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
      await gql(patientApi, 'mutation Respond($input: RespondToFamilyInvitationInput!) { respondToFamilyInvitation(input: $input) { id } }', {
        input: { memberId: member.id, approve: true },
      });
    }
    await accept(motherApi, motherMember.acceptUrl as string, mother);
    await accept(partnerApi, partnerMember.acceptUrl as string, partner);
    return { planId, counselor: counselorPerson, patient, mother, partner };
  } finally {
    await Promise.all([admin, counselor, patientApi, motherApi, partnerApi].map((api) => api.dispose()));
  }
}
