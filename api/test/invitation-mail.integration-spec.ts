import { Mailer } from '../src/platform/mail/mailer.service';
import { InvitationsService } from '../src/identity/invitations/invitations.service';
import { RequestContext } from '../src/platform/request-context';
import { createTestApp, TestApp } from './create-test-app';
import { addressee, indiscretions, linkIn } from './discreet-mail';
import { createHome, data, Home } from './home';
import { MailSink, startMailSink } from './mail-sink';

const PROGRAM = 'Harbor Recovery Center';
const CREATE =
  'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { acceptUrl invitation { id } } }';
const ACCEPT =
  'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email role } }';
const ADD_FAMILY =
  'mutation($i: AddFamilyMemberInput!) { addFamilyMember(input: $i) { acceptUrl member { id } } }';
const RESPOND =
  'mutation($i: RespondToFamilyInvitationInput!) { respondToFamilyInvitation(input: $i) { status } }';

describe('invitation mail', () => {
  let sink: MailSink;
  let t: TestApp;
  let home: Home;
  /** Names that must never show on the outside of a mail: the program's and its people's. */
  let names: string[];

  beforeAll(async () => {
    sink = await startMailSink();
  });
  afterAll(() => sink.close());

  beforeEach(async () => {
    t = await createTestApp({ env: { SMTP_URL: sink.url } });
    home = await createHome(t, PROGRAM);
    const people: { display_name: string }[] = await t.dataSource.query(
      'SELECT display_name FROM app_user',
    );
    names = [PROGRAM, 'Harbor', ...people.map((p) => p.display_name)];
  });
  afterEach(() => t.close());

  const deliver = () => t.app.get(Mailer).deliverDue();
  const to = (email: string) => sink.next((mail) => addressee(mail).includes(email));
  const mailStatuses = async (email: string): Promise<string[]> =>
    (
      await t.dataSource.query(
        `SELECT status FROM outgoing_mail WHERE purpose = 'invitation' AND to_address = $1`,
        [email],
      )
    ).map((row: { status: string }) => row.status);

  async function invite(email: string): Promise<{ acceptUrl: string; id: string }> {
    const created = data(
      await t.gql<{ createInvitation: { acceptUrl: string; invitation: { id: string } } }>(
        CREATE,
        { input: { email, role: 'FAMILY', displayName: 'Aunt Rosa' } },
        { cookie: home.cookie.counselor },
      ),
    ).createInvitation;
    return { acceptUrl: created.acceptUrl, id: created.invitation.id };
  }

  it('arrives discreetly, in the language the inviter uses, with the link staff can also copy, and the link joins', async () => {
    data(
      await t.gql(
        'mutation { setLanguage(language: ES) { id } }',
        {},
        {
          cookie: home.cookie.counselor,
        },
      ),
    );
    const { acceptUrl } = await invite('rosa@example.org');
    await deliver();
    const mail = await to('rosa@example.org');

    expect(mail.subject).toBe('Te invitaron a Homeward');
    expect(mail.text).toMatch(/Te invitaron a unirte a Homeward/);
    expect(mail.html).toContain('lang="es"');
    expect(indiscretions(mail, names)).toEqual([]);
    // Nothing inside names the program either: only the invitation page does, once opened.
    expect(`${mail.text}${mail.html}`).not.toContain('Harbor');

    const link = linkIn(mail, '/invite/');
    expect(link).toBe(acceptUrl);
    expect(mail.html).toContain(`href="${link}"`);
    const token = link.slice(link.lastIndexOf('/') + 1);
    const accepted = await t.gql(ACCEPT, {
      input: { token, displayName: 'Rosa', password: 'sunday dinners are back on' },
    });
    expect(accepted.data).toEqual({
      acceptInvitation: { email: 'rosa@example.org', role: 'FAMILY' },
    });
  });

  it('is written in English for an inviter who uses English', async () => {
    await invite('ana@example.org');
    await deliver();
    const mail = await to('ana@example.org');
    expect(mail.subject).toBe("You're invited to Homeward");
    expect(mail.text).toMatch(/The link works once, until March 9, 2026/);
    expect(indiscretions(mail, names)).toEqual([]);
  });

  it('is not sent when the invitation is rolled back, and is when it commits', async () => {
    const [counselor] = await t.dataSource.query(
      `SELECT id AS "membershipId", user_id AS "userId", organization_id AS "organizationId", role FROM membership WHERE id = $1`,
      [home.org.people.COUNSELOR.membershipId],
    );
    const actor = { ...counselor, sessionId: '', language: 'EN' as const };
    const invitations = t.app.get(InvitationsService);
    const issue = (email: string) =>
      t.dataSource.transaction((manager) =>
        invitations.issue(RequestContext.forActor(actor, t.clock, manager), {
          email,
          role: 'FAMILY',
          displayName: null,
          planMemberId: null,
        }),
      );

    await expect(
      t.dataSource.transaction(async (manager) => {
        await invitations.issue(RequestContext.forActor(actor, t.clock, manager), {
          email: 'never@example.org',
          role: 'FAMILY',
          displayName: null,
          planMemberId: null,
        });
        throw new Error('something later in the same change went wrong');
      }),
    ).rejects.toThrow('went wrong');
    await issue('kept@example.org');
    await deliver();

    await to('kept@example.org');
    expect(sink.messages.filter((m) => addressee(m).includes('never@example.org'))).toEqual([]);
    expect(await mailStatuses('never@example.org')).toEqual([]);
  });

  it('is skipped once the invitation is withdrawn before it goes out', async () => {
    const { id } = await invite('withdrawn@example.org');
    data(
      await t.gql(
        'mutation($id: ID!) { revokeInvitation(id: $id) { status } }',
        { id },
        {
          cookie: home.cookie.counselor,
        },
      ),
    );
    await invite('control@example.org');
    await deliver();

    await to('control@example.org');
    expect(sink.messages.filter((m) => addressee(m).includes('withdrawn@example.org'))).toEqual([]);
    expect(await mailStatuses('withdrawn@example.org')).toEqual(['SKIPPED']);
  });

  it("waits for the patient's yes before inviting family, and never goes out after a no", async () => {
    const add = async (email: string, displayName: string) =>
      data(
        await t.gql<{ addFamilyMember: { acceptUrl: string; member: { id: string } } }>(
          ADD_FAMILY,
          { i: { planId: home.planId, email, displayName, relationship: 'SIBLING' } },
          { cookie: home.cookie.counselor },
        ),
      ).addFamilyMember;
    const welcomed = await add('sister@example.org', 'Lena');
    const declined = await add('cousin@example.org', 'Theo');
    await deliver();
    expect(await mailStatuses('sister@example.org')).toEqual(['PENDING']);
    expect(sink.messages.filter((m) => addressee(m).includes('sister@example.org'))).toEqual([]);

    for (const [member, approve] of [
      [welcomed.member.id, true],
      [declined.member.id, false],
    ] as const) {
      data(
        await t.gql(
          RESPOND,
          { i: { memberId: member, approve } },
          {
            cookie: home.cookie.patient,
          },
        ),
      );
    }
    await deliver();
    const mail = await to('sister@example.org');
    expect(indiscretions(mail, names)).toEqual([]);
    expect(linkIn(mail, '/invite/')).toBe(welcomed.acceptUrl);
    expect(await mailStatuses('sister@example.org')).toEqual(['SENT']);

    // The declined invitation's mail stays held, and is skipped once its link would have expired.
    expect(await mailStatuses('cousin@example.org')).toEqual(['PENDING']);
    t.clock.advanceDays(7);
    await deliver();
    expect(await mailStatuses('cousin@example.org')).toEqual(['SKIPPED']);
    expect(sink.messages.filter((m) => addressee(m).includes('cousin@example.org'))).toEqual([]);
  });

  it('keeps the raw token out of the database: the queued mail holds it sealed', async () => {
    const { acceptUrl } = await invite('sealed@example.org');
    const token = acceptUrl.slice(acceptUrl.lastIndexOf('/') + 1);
    const [row] = await t.dataSource.query(
      `SELECT data::text AS data FROM outgoing_mail WHERE to_address = 'sealed@example.org'`,
    );
    expect(row.data).toMatch(/"token": "[\w-]+\.[\w-]+\.[\w-]+"/);
    expect(row.data).not.toContain(token);
  });
});
