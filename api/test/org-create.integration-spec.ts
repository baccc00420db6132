import { verifyAuditChains } from '../src/audit/audit-verifier';
import { setUpOrganization } from '../src/ops/organization-setup';
import { DomainError } from '../src/platform/domain-error';
import { Mailer } from '../src/platform/mail/mailer.service';
import { createTestApp, TestApp } from './create-test-app';
import { addressee, indiscretions, linkIn } from './discreet-mail';
import { data } from './home';
import { MailSink, startMailSink } from './mail-sink';

const PROGRAM = 'Harbor House Recovery';
const ACCEPT =
  'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email role displayName organization { name } } }';

/** The refusal a set-up ends in: its reason and the field to fix. */
async function refusalOf(
  work: Promise<unknown>,
): Promise<{ reason: string; field?: string; params: object }> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { reason: error.reason, field: error.details.field, params: error.params };
}

describe('org:create (first start in production)', () => {
  let sink: MailSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = await startMailSink();
  });
  afterAll(() => sink.close());

  beforeEach(async () => {
    t = await createTestApp({ env: { SMTP_URL: sink.url } });
  });
  afterEach(() => t.close());

  const setUp = (request: Record<string, unknown>) => setUpOrganization(t.app, request);

  it('creates the organization, its template and its first admin invitation in one transaction with their audit events', async () => {
    const setup = await setUp({
      name: `  ${PROGRAM} `,
      adminEmail: ' Avery@Harbor.Example ',
      adminName: 'Avery Admin',
      language: 'es',
      timeZone: 'America/Chicago',
    });

    expect(setup.organization).toMatchObject({ name: PROGRAM, timeZone: 'America/Chicago' });
    expect(setup.adminEmail).toBe('avery@harbor.example');
    expect(setup.acceptUrl).toMatch(/^http:\/\/localhost:3000\/invite\/[A-Za-z0-9_-]{20,}$/);
    const [invitation] = await t.dataSource.query(
      'SELECT organization_id, email, role, display_name, invited_by_id, token_hash FROM invitation',
    );
    expect(invitation).toMatchObject({
      organization_id: setup.organization.id,
      email: 'avery@harbor.example',
      role: 'ADMIN',
      display_name: 'Avery Admin',
      invited_by_id: null,
    });
    // Only the token's hash is kept: the link cannot be read back from the database.
    expect(setup.acceptUrl).not.toContain(invitation.token_hash);
    expect(await t.count('plan_template')).toBe(1);

    const events = await t.dataSource.query(
      'SELECT action, actor_user_id, record_id, details FROM audit_event WHERE organization_id = $1 ORDER BY id',
      [setup.organization.id],
    );
    expect(events).toEqual([
      {
        action: 'organization.created',
        actor_user_id: null,
        record_id: setup.organization.id,
        details: { timeZone: 'America/Chicago', by: 'org:create' },
      },
      {
        action: 'invitation.created',
        actor_user_id: null,
        record_id: setup.invitationId,
        details: { role: 'ADMIN', planMemberId: null, firstAdmin: true },
      },
    ]);
    expect((await verifyAuditChains(t.dataSource)).firstBreak).toBeNull();
  });

  it('mails the invitation discreetly in the language asked for, and its link makes the first admin', async () => {
    const setup = await setUp({
      name: PROGRAM,
      adminEmail: 'avery@harbor.example',
      language: 'ES',
    });
    const mailer = t.app.get(Mailer);
    expect(await mailer.statusOf('invitation', { invitationId: setup.invitationId })).toEqual({
      status: 'PENDING',
      lastError: null,
    });

    await mailer.deliverDue();
    const mail = await sink.next((m) => addressee(m).includes('avery@harbor.example'));
    expect(mail.subject).toBe('Te invitaron a Homeward');
    expect(indiscretions(mail, [PROGRAM, 'Harbor'])).toEqual([]);
    expect(await mailer.statusOf('invitation', { invitationId: setup.invitationId })).toEqual({
      status: 'SENT',
      lastError: null,
    });

    const link = linkIn(mail, '/invite/');
    expect(link).toBe(setup.acceptUrl);
    const token = link.split('/invite/')[1];
    const joined = data(
      await t.gql<{
        acceptInvitation: {
          email: string;
          role: string;
          displayName: string;
          organization: { name: string };
        };
      }>(ACCEPT, {
        input: { token, displayName: 'Avery', password: 'a long admin password of mine' },
      }),
    );
    expect(joined.acceptInvitation).toEqual({
      email: 'avery@harbor.example',
      role: 'ADMIN',
      displayName: 'Avery',
      organization: { name: PROGRAM },
    });
    // The first admin's invitation shows with no one as its sender.
    const admin = await t.login('avery@harbor.example', 'a long admin password of mine');
    const listed = data(
      await t.gql<{
        invitations: {
          nodes: { status: string; invitedByName: string | null; forPlan: boolean }[];
        };
      }>('{ invitations { nodes { status invitedByName forPlan } } }', {}, { cookie: admin }),
    );
    expect(listed.invitations.nodes).toEqual([
      { status: 'ACCEPTED', invitedByName: null, forPlan: false },
    ]);
  });

  it('refuses a second organization with the same name, ignoring case and spaces, and creates nothing', async () => {
    await setUp({ name: PROGRAM, adminEmail: 'avery@harbor.example' });
    const before = {
      organizations: await t.count('organization'),
      invitations: await t.count('invitation'),
      events: await t.count('audit_event'),
      mails: await t.count('outgoing_mail'),
    };
    expect(
      await refusalOf(
        setUp({ name: ` ${PROGRAM.toUpperCase()}  `, adminEmail: 'b@harbor.example' }),
      ),
    ).toEqual({ reason: 'ORGANIZATION_NAME_TAKEN', field: 'name', params: { name: PROGRAM } });
    expect({
      organizations: await t.count('organization'),
      invitations: await t.count('invitation'),
      events: await t.count('audit_event'),
      mails: await t.count('outgoing_mail'),
    }).toEqual(before);
  });

  it('lets only one of two set-ups with one name at the same moment through', async () => {
    const outcomes = await Promise.allSettled([
      setUp({ name: 'Twin Program', adminEmail: 'one@example.org' }),
      setUp({ name: 'twin program', adminEmail: 'two@example.org' }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await t.count('organization')).toBe(1);
  });

  it.each([
    ['an empty name', { name: '', adminEmail: 'a@example.org' }, 'INPUT_ORGANIZATION_NAME', 'name'],
    [
      'a name of 121 characters',
      { name: 'x'.repeat(121), adminEmail: 'a@example.org' },
      'INPUT_ORGANIZATION_NAME',
      'name',
    ],
    [
      'an email that is not one',
      { name: PROGRAM, adminEmail: 'not an email' },
      'INPUT_INVITE_EMAIL',
      'adminEmail',
    ],
    ['no email', { name: PROGRAM }, 'INPUT_INVITE_EMAIL', 'adminEmail'],
    [
      'a language not spoken',
      { name: PROGRAM, adminEmail: 'a@example.org', language: 'FR' },
      'INPUT_LANGUAGE',
      'language',
    ],
    [
      'an unknown time zone',
      { name: PROGRAM, adminEmail: 'a@example.org', timeZone: 'Mars/Olympus' },
      'INPUT_TIME_ZONE',
      'timeZone',
    ],
    [
      "an admin's name of 121 characters",
      { name: PROGRAM, adminEmail: 'a@example.org', adminName: 'y'.repeat(121) },
      'INPUT_NAME_TOO_LONG',
      'adminName',
    ],
  ])('refuses %s with %s on %s', async (_what, request, reason, field) => {
    expect(await refusalOf(setUp(request))).toMatchObject({ reason, field });
    expect(await t.count('organization')).toBe(0);
  });
});
