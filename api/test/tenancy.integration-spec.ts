import { codes, createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';

describe('tenancy: a second organization sees nothing of the first', () => {
  let t: TestApp;
  let first: TestOrganization;
  let second: TestOrganization;
  let secondAdmin: string;
  let firstInvitationId: string;

  beforeEach(async () => {
    t = await createTestApp();
    first = await createOrganization(t.dataSource, 'First Program');
    second = await createOrganization(t.dataSource, 'Second Program');
    const firstAdmin = await t.login(first.people.ADMIN.email, TEST_PASSWORD);
    const created = await t.gql<{ createInvitation: { invitation: { id: string } } }>(
      'mutation { createInvitation(input: { email: "first.family@example.org", role: FAMILY }) { invitation { id } } }',
      {},
      { cookie: firstAdmin },
    );
    firstInvitationId = created.data?.createInvitation.invitation.id ?? '';
    secondAdmin = await t.login(second.people.ADMIN.email, TEST_PASSWORD);
  });
  afterEach(() => t.close());

  it('lists only its own people, invitations and audit events', async () => {
    const result = await t.gql<{
      people: { nodes: { email: string }[] };
      invitations: { nodes: unknown[] };
      auditEvents: { nodes: { recordId: string | null }[] };
    }>(
      '{ people(first: 50) { nodes { email } } invitations { nodes { id } } auditEvents(first: 50) { nodes { recordId } } }',
      {},
      { cookie: secondAdmin },
    );
    expect(result.data?.people.nodes.map((p) => p.email).sort()).toEqual(
      Object.values(second.people)
        .map((p) => p.email)
        .sort(),
    );
    expect(result.data?.invitations.nodes).toEqual([]);
    expect(result.data?.auditEvents.nodes.map((e) => e.recordId)).not.toContain(firstInvitationId);
  });

  it('answers NOT_FOUND for another organization’s records, exactly as for records that do not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const REVOKE = 'mutation($id: ID!) { revokeInvitation(id: $id) { id } }';
    const DISABLE = 'mutation($id: ID!) { disablePerson(id: $id) { id } }';
    const theirs = await t.gql(REVOKE, { id: firstInvitationId }, { cookie: secondAdmin });
    const nobodys = await t.gql(REVOKE, { id: missing }, { cookie: secondAdmin });
    expect(codes(theirs)).toEqual(['NOT_FOUND']);
    expect(theirs.errors?.[0].message).toBe(nobodys.errors?.[0].message);

    const person = await t.gql(
      DISABLE,
      { id: first.people.PATIENT.membershipId },
      { cookie: secondAdmin },
    );
    const nobody = await t.gql(DISABLE, { id: missing }, { cookie: secondAdmin });
    expect(codes(person)).toEqual(['NOT_FOUND']);
    expect(person.errors?.[0].message).toBe(nobody.errors?.[0].message);
    const [row] = await t.dataSource.query('SELECT status FROM membership WHERE id = $1', [
      first.people.PATIENT.membershipId,
    ]);
    expect(row.status).toBe('ACTIVE');
  });

  it('says UNAUTHENTICATED to nobody and FORBIDDEN to a role without the permission', async () => {
    expect(codes(await t.gql('{ people { nodes { id } } }'))).toEqual(['UNAUTHENTICATED']);
    const family = await t.login(second.people.FAMILY.email, TEST_PASSWORD);
    expect(codes(await t.gql('{ people { nodes { id } } }', {}, { cookie: family }))).toEqual([
      'FORBIDDEN',
    ]);
    const counselor = await t.login(second.people.COUNSELOR.email, TEST_PASSWORD);
    expect(
      codes(await t.gql('{ auditEvents { nodes { id } } }', {}, { cookie: counselor })),
    ).toEqual(['FORBIDDEN']);
  });
});
