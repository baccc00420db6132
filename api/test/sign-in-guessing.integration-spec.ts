import { PasswordService } from '../src/identity/auth/password.service';
import { createTestApp, TestApp } from './create-test-app';
import { createOrganization, TEST_PASSWORD, TestOrganization } from './factories';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { id } }';
/** The load balancer every request comes through. */
const PROXY = '10.0.0.1';

interface Answer {
  /** OK, or the error's code. */
  code: string;
  retryAfterSeconds?: number;
  /** `name=value` of the cookies the answer set. */
  session?: string;
  device?: string;
  setCookies: string[];
}

interface From {
  /** The Cookie header: a device cookie, or none. */
  cookie?: string;
  /** The address the API's socket sees. */
  ip?: string;
  forwardedFor?: string;
}

async function signIn(t: TestApp, email: string, password: string, from: From = {}) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress: from.ip ?? '203.0.113.10',
    payload: { query: LOGIN, variables: { input: { email, password } } },
    headers: {
      'content-type': 'application/json',
      ...(from.cookie ? { cookie: from.cookie } : {}),
      ...(from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {}),
    },
  });
  const error = JSON.parse(response.body).errors?.[0];
  const setCookies = [response.headers['set-cookie'] ?? []].flat();
  const pair = (prefix: string) => setCookies.find((c) => c.startsWith(prefix))?.split(';')[0];
  const answer: Answer = {
    code: error ? String(error.extensions?.code) : 'OK',
    retryAfterSeconds: error?.extensions?.retryAfterSeconds,
    session: pair('hw_session='),
    device: pair('hw_device_'),
    setCookies,
  };
  return answer;
}

const tally = (answers: Answer[]) =>
  answers.reduce<Record<string, number>>(
    (counts, { code }) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }),
    {},
  );

/** A device cookie's parts, to forge others from. */
function partsOf(device: string | undefined) {
  if (!device) throw new Error('no device cookie was set');
  const [name, value] = device.split('=');
  const [owner, issued, nonce, mac] = value.split('.');
  return { name, owner, issued, nonce, mac };
}

describe('sign-in under guessing: device cookies', () => {
  let t: TestApp;
  let org: TestOrganization;
  afterEach(() => t.close());

  describe('behind a load balancer that is not trusted (TRUST_PROXY off)', () => {
    beforeEach(async () => {
      t = await createTestApp();
      org = await createOrganization(t.dataSource);
    });

    it('gives a signed-in browser an HttpOnly, SameSite=Strict device cookie for /graphql, kept a year', async () => {
      const first = await signIn(t, org.people.PATIENT.email, TEST_PASSWORD);
      const cookie = first.setCookies.find((c) => c.startsWith('hw_device_'));
      expect(cookie).toMatch(/^hw_device_[0-9a-f]{16}=[\w-]+\.\d+\.[\w-]{22}\.[\w-]{43};/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).toMatch(/Path=\/graphql/);
      expect(cookie).toMatch(/Max-Age=31536000/);
      // It names the account, and not by its email.
      expect(partsOf(first.device).owner).toBe(org.people.PATIENT.userId);
      expect(cookie).not.toContain(org.people.PATIENT.email);
      // A refused sign-in gives none.
      expect((await signIn(t, org.people.PATIENT.email, 'not it')).setCookies).toEqual([]);
    });

    it("lets the owner in on their own device through an attacker's 50 guesses from 50 addresses", async () => {
      const owner = org.people.FAMILY.email;
      const home = await signIn(t, owner, TEST_PASSWORD);
      expect(home.device).toBeDefined();

      const guesses: Answer[] = [];
      for (let i = 0; i < 50; i++) {
        guesses.push(await signIn(t, owner, `guess number ${i}`, { ip: `198.51.100.${i + 1}` }));
      }
      // Five guesses are weighed; the other 45 wait without a password being hashed.
      expect(tally(guesses)).toEqual({ UNAUTHENTICATED: 5, TOO_MANY_REQUESTS: 45 });

      const verify = jest.spyOn(t.app.get(PasswordService), 'verify');
      const back = await signIn(t, owner, TEST_PASSWORD, { cookie: home.device });
      expect(back.code).toBe('OK');
      expect(back.session).toMatch(/^hw_session=/);
      expect(verify).toHaveBeenCalledTimes(1);
      // The cookie is renewed at each sign-in, and the new one is as good.
      expect(back.device).not.toBe(home.device);
      expect((await signIn(t, owner, TEST_PASSWORD, { cookie: back.device })).code).toBe('OK');

      // The owner's sign-ins forgave nothing of the guesser's: unknown clients still wait.
      expect((await signIn(t, owner, TEST_PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
      const logins = await t.dataSource.query(
        `SELECT details->>'knownDevice' AS known FROM audit_event
         WHERE action = 'auth.login' AND actor_user_id = $1 ORDER BY id`,
        [org.people.FAMILY.userId],
      );
      expect(logins).toEqual([{ known: 'false' }, { known: 'true' }, { known: 'true' }]);
    });

    it('slows an owner without a device cookie only as the unknown clients’ count says', async () => {
      const owner = org.people.PATIENT.email;
      for (let i = 0; i < 4; i++) await signIn(t, owner, `guess ${i}`, { ip: '198.51.100.9' });
      // Under the limit, the right password from a new browser comes in (and forgives those four).
      expect((await signIn(t, owner, TEST_PASSWORD)).code).toBe('OK');

      for (let i = 0; i < 5; i++) await signIn(t, owner, `guess ${i}`, { ip: '198.51.100.9' });
      const refused = await signIn(t, owner, TEST_PASSWORD);
      expect(refused.code).toBe('TOO_MANY_REQUESTS');
      expect(refused.retryAfterSeconds).toBe(15 * 60);
      t.clock.advanceMinutes(10);
      expect((await signIn(t, owner, TEST_PASSWORD)).retryAfterSeconds).toBe(5 * 60);
      t.clock.advanceMinutes(5);
      expect((await signIn(t, owner, TEST_PASSWORD)).code).toBe('OK');
    });

    it('counts a forged cookie, or another account’s, as no cookie at all', async () => {
      const pat = await signIn(t, org.people.PATIENT.email, TEST_PASSWORD);
      const maria = await signIn(t, org.people.FAMILY.email, TEST_PASSWORD);
      const { name, owner, issued, nonce, mac } = partsOf(pat.device);
      const mariaName = partsOf(maria.device).name;
      const flip = (text: string) => (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
      const forgedForPat = [
        `${name}=${owner}.${issued}.${nonce}.${flip(mac)}`, // a changed signature
        `${name}=${owner}.${issued}.${flip(nonce)}.${mac}`, // another device under Pat's signature
        `${name}=${owner}.${Number(issued) + 1}.${nonce}.${mac}`, // a younger cookie
        `${name}=${owner}.${issued}.${nonce}`, // no signature
        `${name}=junk`,
      ];
      // Guesses with forged cookies land with Pat's unknown clients: five of them, and they wait.
      const guesses: Answer[] = [];
      for (const [i, cookie] of forgedForPat.entries()) {
        guesses.push(await signIn(t, org.people.PATIENT.email, `forged guess ${i}`, { cookie }));
      }
      expect(tally(guesses)).toEqual({ UNAUTHENTICATED: 5 });
      for (const cookie of forgedForPat) {
        const tried = await signIn(t, org.people.PATIENT.email, TEST_PASSWORD, { cookie });
        expect(tried.code).toBe('TOO_MANY_REQUESTS');
      }
      const [{ n }] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM login_attempt WHERE device IS NOT NULL',
      );
      expect(n).toBe(0);

      // Pat's real cookie is Pat's alone: offered for Maria's account it counts for nothing.
      for (let i = 0; i < 5; i++) await signIn(t, org.people.FAMILY.email, `guess ${i}`);
      const patsForMaria = [
        String(pat.device),
        `${mariaName}=${owner}.${issued}.${nonce}.${mac}`,
        `${mariaName}=${org.people.FAMILY.userId}.${issued}.${nonce}.${mac}`,
      ];
      for (const cookie of patsForMaria) {
        const tried = await signIn(t, org.people.FAMILY.email, TEST_PASSWORD, { cookie });
        expect(tried.code).toBe('TOO_MANY_REQUESTS');
      }
      // Their own cookies still let each of them in, also from one browser they share.
      expect(
        (await signIn(t, org.people.FAMILY.email, TEST_PASSWORD, { cookie: maria.device })).code,
      ).toBe('OK');
      const shared = `${pat.device}; ${maria.device}`;
      expect(
        (await signIn(t, org.people.PATIENT.email, TEST_PASSWORD, { cookie: shared })).code,
      ).toBe('OK');
    });

    it('makes a known device that keeps guessing wait on its own, even raced', async () => {
      const owner = org.people.PATIENT.email;
      const laptop = await signIn(t, owner, TEST_PASSWORD);
      const phone = await signIn(t, owner, TEST_PASSWORD);
      // Someone holding the laptop's cookie guesses fourteen times at once.
      const guesses = await Promise.all(
        Array.from({ length: 14 }, (_, i) =>
          signIn(t, owner, `with the laptop ${i}`, { cookie: laptop.device }),
        ),
      );
      expect(tally(guesses)).toEqual({ UNAUTHENTICATED: 10, TOO_MANY_REQUESTS: 4 });
      expect((await signIn(t, owner, TEST_PASSWORD, { cookie: laptop.device })).code).toBe(
        'TOO_MANY_REQUESTS',
      );
      // The phone and unknown clients are not held by the laptop's count.
      expect((await signIn(t, owner, TEST_PASSWORD, { cookie: phone.device })).code).toBe('OK');
      expect((await signIn(t, owner, TEST_PASSWORD)).code).toBe('OK');
    });

    it('treats confirming an account by invitation like a sign-in, device cookie and all', async () => {
      const maria = org.people.FAMILY;
      const home = await signIn(t, maria.email, TEST_PASSWORD);
      for (let i = 0; i < 5; i++) await signIn(t, maria.email, `guess ${i}`);
      // Another program invites Maria, who already has an account.
      const other = await createOrganization(t.dataSource, 'Another Program');
      const counselor = await t.login(other.people.COUNSELOR.email, TEST_PASSWORD);
      const invite = async (email: string) => {
        const created = await t.gql<{ createInvitation: { acceptUrl: string } }>(
          'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { acceptUrl } }',
          { input: { email, role: 'FAMILY' } },
          { cookie: counselor },
        );
        const url = created.data?.createInvitation.acceptUrl ?? '';
        return url.slice(url.lastIndexOf('/') + 1);
      };
      const accept = async (token: string, password: string, cookie?: string) => {
        const response = await t.app.inject({
          method: 'POST',
          url: '/graphql',
          payload: {
            query:
              'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }',
            variables: { input: { token, displayName: 'Maria', password } },
          },
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        });
        const setCookies = [response.headers['set-cookie'] ?? []].flat();
        const error = JSON.parse(response.body).errors?.[0];
        return {
          code: error ? String(error.extensions?.code) : 'OK',
          device: setCookies.find((c) => c.startsWith('hw_device_'))?.split(';')[0],
        };
      };
      const token = await invite(maria.email);
      // From a browser Maria never used, the guesser's count holds it up as it would a sign-in.
      expect((await accept(token, TEST_PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
      // From her own phone it goes through, and the phone's cookie is renewed.
      const joined = await accept(token, TEST_PASSWORD, home.device);
      expect(joined.code).toBe('OK');
      expect(joined.device).toMatch(/^hw_device_/);
      // A person new to Homeward leaves their first browser a known device too.
      const newcomer = await accept(
        await invite('newcomer@test.example'),
        'a fresh passphrase of mine',
      );
      expect(newcomer).toMatchObject({ code: 'OK', device: expect.stringMatching(/^hw_device_/) });
    });

    it('counts no address: guessing at many accounts through the proxy refuses nobody else', async () => {
      const guesses: Answer[] = [];
      for (let i = 0; i < 40; i++) {
        guesses.push(
          await signIn(t, `guess${i}@test.example`, 'wrong guess', {
            ip: PROXY,
            forwardedFor: '198.51.100.7',
          }),
        );
      }
      expect(tally(guesses)).toEqual({ UNAUTHENTICATED: 40 });
      const someoneElse = await signIn(t, org.people.ADMIN.email, TEST_PASSWORD, { ip: PROXY });
      expect(someoneElse.code).toBe('OK');
      // The forwarded address is not believed: the audit keeps the one the socket saw.
      const [event] = await t.dataSource.query(
        `SELECT ip FROM audit_event WHERE action = 'auth.login.failed' LIMIT 1`,
      );
      expect(event.ip).toBe(PROXY);
    });

    it('counts no address for reset links either, so one proxy does not refuse everyone', async () => {
      const REQUEST =
        'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }';
      for (let i = 0; i < 25; i++) {
        const asked = await t.gql(
          REQUEST,
          { i: { email: `person${i}@test.example` } },
          { ip: PROXY },
        );
        expect(asked.errors).toBeUndefined();
      }
      // The per-email limit still holds.
      for (let i = 0; i < 5; i++) {
        await t.gql(REQUEST, { i: { email: org.people.FAMILY.email } }, { ip: PROXY });
      }
      const sixth = await t.gql(REQUEST, { i: { email: org.people.FAMILY.email } }, { ip: PROXY });
      expect(sixth.errors?.[0].extensions?.['code']).toBe('TOO_MANY_REQUESTS');
    });
  });

  describe('behind a trusted load balancer (TRUST_PROXY on)', () => {
    beforeEach(async () => {
      t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
      org = await createOrganization(t.dataSource);
    });

    it('counts per X-Forwarded-For address, believing only the address the proxy saw', async () => {
      const guesses: Answer[] = [];
      for (let i = 0; i < 30; i++) {
        // The client writes an address of its own in front each time: only the proxy's entry counts.
        guesses.push(
          await signIn(t, `guess${i}@test.example`, 'wrong guess', {
            ip: PROXY,
            forwardedFor: `192.0.2.${i + 1}, 198.51.100.7`,
          }),
        );
      }
      expect(tally(guesses)).toEqual({ UNAUTHENTICATED: 30 });
      const fromThere = await signIn(t, org.people.ADMIN.email, TEST_PASSWORD, {
        ip: PROXY,
        forwardedFor: '198.51.100.7',
      });
      expect(fromThere.code).toBe('TOO_MANY_REQUESTS');
      expect(fromThere.retryAfterSeconds).toBe(15 * 60);

      const fromElsewhere = await signIn(t, org.people.ADMIN.email, TEST_PASSWORD, {
        ip: PROXY,
        forwardedFor: '198.51.100.8',
      });
      expect(fromElsewhere.code).toBe('OK');
      // A known device is never refused for the address it shares with a guesser.
      const atHome = await signIn(t, org.people.ADMIN.email, TEST_PASSWORD, {
        ip: PROXY,
        forwardedFor: '198.51.100.7',
        cookie: fromElsewhere.device,
      });
      expect(atHome.code).toBe('OK');
      const addresses = await t.dataSource.query(
        `SELECT DISTINCT ip FROM audit_event WHERE action LIKE 'auth.login%' ORDER BY ip`,
      );
      expect(addresses).toEqual([{ ip: '198.51.100.7' }, { ip: '198.51.100.8' }]);
    });

    it('cannot be raced: guesses at forty accounts at once from one address stop at thirty', async () => {
      const guesses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          signIn(t, `raced${i}@test.example`, 'wrong guess', {
            ip: PROXY,
            forwardedFor: '198.51.100.20',
          }),
        ),
      );
      expect(tally(guesses)).toEqual({ UNAUTHENTICATED: 30, TOO_MANY_REQUESTS: 10 });
    });
  });
});
