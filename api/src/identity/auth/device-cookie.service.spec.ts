import type { FastifyReply } from 'fastify';
import { loadConfig } from '../../platform/config/app-config';
import {
  DEVICE_COOKIE_DAYS,
  DEVICE_COOKIE_PREFIX,
  DeviceCookieService,
} from './device-cookie.service';

const PAT = '6f1c2a9e-3b7d-4e2a-9c1f-0a2b3c4d5e6f';
const MARIA = '0d9e8f7a-6b5c-4d3e-8f2a-1b2c3d4e5f60';
const now = new Date('2026-03-01T12:00:00Z');
const daysLater = (days: number) => new Date(now.getTime() + days * 86_400_000);

function service(secret = 'a'.repeat(40), NODE_ENV = 'development'): DeviceCookieService {
  return new DeviceCookieService(
    loadConfig({
      DATABASE_URL: 'postgres://u:p@localhost:5432/db',
      SESSION_SECRET: secret,
      NODE_ENV,
    }),
  );
}

describe('DeviceCookieService', () => {
  const devices = service();
  const cookie = devices.issue(PAT, now);
  const jar = { [cookie.name]: cookie.value };

  it('names one cookie per account without saying whose it is', () => {
    expect(cookie.name).toMatch(new RegExp(`^${DEVICE_COOKIE_PREFIX}[0-9a-f]{16}$`));
    expect(cookie.name).not.toContain(PAT);
    expect(devices.issue(MARIA, now).name).not.toBe(cookie.name);
    expect(devices.issue(PAT, daysLater(1)).name).toBe(cookie.name);
  });

  it('knows a device by the cookie it signed for this account, a new one each time', () => {
    const device = devices.deviceOf(jar, PAT, daysLater(1));
    expect(device).toMatch(/^[\w-]{22}$/);
    const again = devices.issue(PAT, now);
    expect(devices.deviceOf({ [again.name]: again.value }, PAT, now)).not.toBe(device);
  });

  it('counts a changed signature, another account or another key as no device at all', () => {
    const [owner, issued, nonce, mac] = cookie.value.split('.');
    const flipped = mac.startsWith('A') ? `B${mac.slice(1)}` : `A${mac.slice(1)}`;
    expect(
      devices.deviceOf({ [cookie.name]: [owner, issued, nonce, flipped].join('.') }, PAT, now),
    ).toBeNull();
    // Pat's cookie offered for Maria, under Maria's cookie name or with Maria's id written in.
    const maria = devices.issue(MARIA, now).name;
    expect(devices.deviceOf({ [maria]: cookie.value }, MARIA, now)).toBeNull();
    expect(
      devices.deviceOf({ [maria]: [MARIA, issued, nonce, mac].join('.') }, MARIA, now),
    ).toBeNull();
    expect(service('b'.repeat(40)).deviceOf(jar, PAT, now)).toBeNull();
    expect(devices.deviceOf({ [cookie.name]: 'junk' }, PAT, now)).toBeNull();
    expect(devices.deviceOf(undefined, PAT, now)).toBeNull();
  });

  it('forgets a device a year after its last sign-in', () => {
    expect(devices.deviceOf(jar, PAT, daysLater(DEVICE_COOKIE_DAYS - 1))).not.toBeNull();
    expect(devices.deviceOf(jar, PAT, daysLater(DEVICE_COOKIE_DAYS + 1))).toBeNull();
  });

  it('sends it only over HTTPS in production', () => {
    const setCookie = jest.fn();
    const reply = { setCookie } as unknown as FastifyReply;
    service('a'.repeat(40), 'production').setCookie(reply, cookie);
    devices.setCookie(reply, cookie);
    expect(setCookie.mock.calls.map(([, , options]) => options.secure)).toEqual([true, false]);
    expect(setCookie).toHaveBeenCalledWith(cookie.name, cookie.value, {
      httpOnly: true,
      sameSite: 'strict',
      secure: false,
      path: '/graphql',
      maxAge: DEVICE_COOKIE_DAYS * 86_400,
    });
  });
});
