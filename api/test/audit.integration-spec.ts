import { verifyAuditChains } from '../src/audit/audit-verifier';
import { codes, createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';

describe('audit trail', () => {
  let t: TestApp;
  let org: TestOrganization;
  let admin: string;

  beforeEach(async () => {
    t = await createTestApp();
    org = await createOrganization(t.dataSource);
    admin = await t.login(org.people.ADMIN.email, TEST_PASSWORD);
    await t.gql(
      'mutation { createInvitation(input: { email: "a@example.org", role: FAMILY }) { acceptUrl } }',
      {},
      { cookie: admin },
    );
    await t.gql('mutation { setLanguage(language: ES) { id } }', {}, { cookie: admin });
  });
  afterEach(() => t.close());

  it('records actor, action, record, time and address for each change', async () => {
    const [event] = await t.dataSource.query(
      `SELECT * FROM audit_event WHERE action = 'invitation.created'`,
    );
    expect(event).toMatchObject({
      organization_id: org.id,
      actor_user_id: org.people.ADMIN.userId,
      record_type: 'invitation',
      ip: '203.0.113.10',
    });
    expect(event.record_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.occurred_at).toEqual(t.clock.now());
  });

  it('is append-only in the database itself', async () => {
    await expect(t.dataSource.query(`UPDATE audit_event SET action = 'edited'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
  });

  it('verifies an untouched chain and names the first event that was edited', async () => {
    expect((await verifyAuditChains(t.dataSource)).firstBreak).toBeNull();
    const [target] = await t.dataSource.query(
      `SELECT id FROM audit_event WHERE action = 'invitation.created'`,
    );
    // Only a superuser can step around the trigger; this is what tampering would look like.
    await t.dataSource.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_change');
    await t.dataSource.query(`UPDATE audit_event SET details = '{"role":"ADMIN"}' WHERE id = $1`, [
      target.id,
    ]);
    await t.dataSource.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_change');
    const { firstBreak } = await verifyAuditChains(t.dataSource);
    expect(firstBreak).toEqual({
      id: target.id,
      organizationId: org.id,
      reason: 'CONTENT_CHANGED',
    });
  });

  it('lists events newest first, a bounded page at a time', async () => {
    const page = await t.gql<{
      auditEvents: {
        nodes: { action: string; actorName: string | null }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      '{ auditEvents(first: 2) { nodes { action actorName } pageInfo { hasNextPage endCursor } } }',
      {},
      { cookie: admin },
    );
    expect(page.data?.auditEvents.nodes.map((e) => e.action)).toEqual([
      'user.language.set',
      'invitation.created',
    ]);
    expect(page.data?.auditEvents.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql<{ auditEvents: { nodes: { action: string }[] } }>(
      'query($after: String) { auditEvents(first: 2, after: $after) { nodes { action } } }',
      { after: page.data?.auditEvents.pageInfo.endCursor },
      { cookie: admin },
    );
    expect(next.data?.auditEvents.nodes.map((e) => e.action)).toEqual(['auth.login']);
    expect(
      codes(await t.gql('{ auditEvents(first: 51) { nodes { id } } }', {}, { cookie: admin })),
    ).toEqual(['BAD_USER_INPUT']);
  });
});
