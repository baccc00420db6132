import { ParsedMail } from 'mailparser';
import { Mailer } from '../src/platform/mail/mailer.service';
import { codes, createTestApp, GqlResult, TestApp } from './create-test-app';
import { addressee, indiscretions, linkIn } from './discreet-mail';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';
import { data, refusal } from './home';
import { MailSink, startMailSink } from './mail-sink';

const PROGRAM = 'Harbor Recovery Center';
const REQUEST = 'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }';
const RESET = 'mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }';
const NEW_PASSWORD = 'the porch light stays on for you';

describe('a forgotten password', () => {
  let sink: MailSink;
  let t: TestApp;
  let org: TestOrganization;
  let email: string;
  let names: string[];

  beforeAll(async () => {
    sink = await startMailSink();
  });
  afterAll(() => sink.close());

  beforeEach(async () => {
    // TRUST_PROXY: addresses count only when they are the clients' (see sign-in-guessing).
    t = await createTestApp({ env: { SMTP_URL: sink.url, TRUST_PROXY: 'true' } });
    org = await createOrganization(t.dataSource, PROGRAM);
    email = org.people.FAMILY.email;
    const people: { display_name: string }[] = await t.dataSource.query(
      'SELECT display_name FROM app_user',
    );
    names = [PROGRAM, 'Harbor', ...people.map((p) => p.display_name)];
  });
  afterEach(() => t.close());

  const ask = (address: string, ip?: string) =>
    t.gql<{ requestPasswordReset: boolean }>(REQUEST, { i: { email: address } }, { ip });
  const reset = (token: string, newPassword = NEW_PASSWORD) =>
    t.gql(RESET, { i: { token, newPassword } });
  const deliver = () => t.app.get(Mailer).deliverDue();
  const mailTo = (address: string) => sink.next((mail) => addressee(mail).includes(address));
  const sentTo = (address: string) => sink.messages.filter((m) => addressee(m).includes(address));
  const tokenIn = (mail: ParsedMail) => {
    const link = linkIn(mail, '/reset-password/');
    return link.slice(link.lastIndexOf('/') + 1);
  };
  /** The reset link of a fresh request for this address, as the mail brings it. */
  async function linkFor(address: string): Promise<string> {
    data(await ask(address));
    await deliver();
    return tokenIn(await mailTo(address));
  }

  it('answers an unknown address exactly as a known one, and mails only the account', async () => {
    const known = await ask(email);
    const unknown = await ask('nobody-here@example.org');
    expect(known).toEqual({ data: { requestPasswordReset: true } });
    expect(unknown).toEqual(known);
    await deliver();

    await mailTo(email);
    expect(sentTo('nobody-here@example.org')).toEqual([]);
    expect(await t.count('password_reset')).toBe(1);
    // Both asks count against the limit alike, so the limit cannot tell them apart either.
    const counted = await t.dataSource.query(
      `SELECT email FROM login_attempt WHERE kind = 'PASSWORD_RESET' ORDER BY email`,
    );
    expect(counted.map((r: { email: string }) => r.email).sort()).toEqual(
      [email, 'nobody-here@example.org'].sort(),
    );
  });

  it("mails a discreet one-hour link in the account's language, text and HTML", async () => {
    await t.dataSource.query(`UPDATE app_user SET language = 'ES' WHERE email = $1`, [email]);
    // The request itself comes from a browser in English: the account's language wins.
    data(
      await t.gql(
        REQUEST,
        { i: { email: email.toUpperCase() } },
        { headers: { 'accept-language': 'en-US' } },
      ),
    );
    await deliver();
    const mail = await mailTo(email);

    expect(mail.subject).toBe('Elige una contraseña nueva para Homeward');
    expect(mail.text).toMatch(/Funciona durante una hora/);
    expect(mail.text).toMatch(/una sola vez, durante una hora/);
    expect(mail.html).toContain('lang="es"');
    expect(indiscretions(mail, names)).toEqual([]);
    const link = linkIn(mail, '/reset-password/');
    expect(link).toMatch(/^http:\/\/localhost:3000\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(mail.html).toContain(`href="${link}"`);
    // Only a keyed hash of the token is kept; the queued mail holds it sealed.
    const [row] = await t.dataSource.query('SELECT token_hash FROM password_reset');
    expect(row.token_hash).not.toContain(tokenIn(mail));
    const [queued] = await t.dataSource.query(
      `SELECT data::text AS data FROM outgoing_mail WHERE purpose = 'password_reset'`,
    );
    expect(queued.data).not.toContain(tokenIn(mail));
  });

  it('sets the new password once, ends every session, and is audited without the token', async () => {
    const before = [await t.login(email, TEST_PASSWORD), await t.login(email, TEST_PASSWORD)];
    const token = await linkFor(email);

    expect(await reset(token)).toEqual({ data: { resetPassword: true } });
    for (const cookie of before) {
      expect(codes(await t.gql('{ me { id } }', {}, { cookie }))).toEqual(['UNAUTHENTICATED']);
    }
    await expect(t.login(email, TEST_PASSWORD)).rejects.toThrow(/login failed/);
    await expect(t.login(email, NEW_PASSWORD)).resolves.toMatch(/hw_session=/);

    const again = await reset(token, 'yet another passphrase for later');
    expect(refusal(again)).toMatchObject({
      code: 'CONFLICT',
      reason: 'PASSWORD_RESET_LINK_NOT_USABLE',
    });
    expect(again.errors?.[0].message).toMatch(/already used or has expired\. Ask for a new one/);
    await expect(t.login(email, NEW_PASSWORD)).resolves.toMatch(/hw_session=/);

    const trail: { action: string; details: string }[] = await t.dataSource.query(
      `SELECT action, details::text AS details FROM audit_event WHERE action LIKE 'auth.password_reset.%' ORDER BY id`,
    );
    expect(trail.map((e) => e.action)).toEqual([
      'auth.password_reset.requested',
      'auth.password_reset.completed',
    ]);
    expect(JSON.stringify(trail)).not.toContain(token);
    expect(JSON.parse(trail[1].details)).toEqual({ sessionsEnded: 2 });
  });

  it('closes every other open link of the account once one is used', async () => {
    const first = await linkFor(email);
    const second = await linkFor(email);
    data(await reset(second));
    expect(refusal(await reset(first, 'a different passphrase again'))).toMatchObject({
      reason: 'PASSWORD_RESET_LINK_NOT_USABLE',
    });
  });

  it('works within the hour and not after it, and then changes nothing', async () => {
    const early = await linkFor(email);
    const late = await linkFor(org.people.PATIENT.email);
    t.clock.advanceMinutes(59);
    expect(codes(await reset(early))).toEqual([]);
    t.clock.advanceMinutes(1);
    const expired = await reset(late);
    expect(refusal(expired)).toMatchObject({ reason: 'PASSWORD_RESET_LINK_NOT_USABLE' });
    await expect(t.login(org.people.PATIENT.email, TEST_PASSWORD)).resolves.toMatch(/hw_session/);
  });

  it('skips a mail whose link expired before it could go out', async () => {
    data(await ask(email));
    t.clock.advanceMinutes(60);
    await deliver();
    expect(sentTo(email)).toEqual([]);
    const [queued] = await t.dataSource.query(
      `SELECT status FROM outgoing_mail WHERE purpose = 'password_reset'`,
    );
    expect(queued.status).toBe('SKIPPED');
  });

  it('asks for the password policy, and a refused password leaves the link usable', async () => {
    const token = await linkFor(email);
    const weak = await reset(token, 'short');
    expect(refusal(weak)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_SHORT' });
    expect(weak.errors?.[0].extensions?.['field']).toBe('newPassword');
    expect(codes(await reset(token))).toEqual([]);
  });

  it('sends nothing to a disabled account, with the same answer', async () => {
    await t.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE email = $1`, [email]);
    const answer = await ask(email);
    expect(answer).toEqual({ data: { requestPasswordReset: true } });
    data(await ask(org.people.PATIENT.email));
    await deliver();
    await mailTo(org.people.PATIENT.email);
    expect(sentTo(email)).toEqual([]);
    expect(await t.count('password_reset')).toBe(1);
  });

  it('refuses a link of an account disabled after asking', async () => {
    const token = await linkFor(email);
    await t.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE email = $1`, [email]);
    expect(refusal(await reset(token))).toMatchObject({
      reason: 'PASSWORD_RESET_LINK_NOT_USABLE',
    });
  });

  it('is throttled per email (known or not) and per address, and lets them ask again later', async () => {
    const tooMany = (result: GqlResult) => refusal(result);
    for (const address of [email, 'stranger@example.org']) {
      for (let i = 0; i < 5; i++) data(await ask(address, `198.51.100.${i}`));
      const sixth = await ask(address, '198.51.100.99');
      expect(tooMany(sixth)).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'PASSWORD_RESET_THROTTLED',
      });
      expect(sixth.errors?.[0].message).toMatch(/please wait 60 minutes and ask again/);
    }
    // One address asking for many emails.
    for (let i = 0; i < 20; i++) data(await ask(`someone-${i}@example.org`, '203.0.113.77'));
    expect(codes(await ask('one-more@example.org', '203.0.113.77'))).toEqual(['TOO_MANY_REQUESTS']);
    expect(codes(await ask('one-more@example.org', '203.0.113.78'))).toEqual([]);

    t.clock.advanceMinutes(60);
    expect(codes(await ask(email, '198.51.100.99'))).toEqual([]);
    // Asking never counts against signing in.
    await expect(t.login(email, TEST_PASSWORD)).resolves.toMatch(/hw_session/);
  });
});
