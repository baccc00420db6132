import { Injectable } from '@nestjs/common';
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '../../platform/config/app-config';

/** Every device cookie's name starts so; the rest is a keyed digest of the account it names. */
export const DEVICE_COOKIE_PREFIX = 'hw_device_';

/** How long a browser stays a known device after its last sign-in (each sign-in renews it). */
export const DEVICE_COOKIE_DAYS = 365;

/** A clock a little ahead on another instance must not turn a fresh cookie away. */
const CLOCK_SKEW_SECONDS = 300;

export interface DeviceCookie {
  name: string;
  value: string;
}

/** The cookies a request came with, by name (Fastify's `req.cookies`). */
export type PresentedCookies = Readonly<Record<string, string | undefined>>;

/**
 * OWASP's device cookies ("Slow Down Online Guessing Attacks with Device Cookies"): a browser
 * that signed in to an account with the right password gets a signed cookie naming that account,
 * so its later sign-ins are counted on their own and someone else's guessing cannot lock it out.
 *
 * Value: `<userId>.<issued at, seconds>.<nonce>.<HMAC-SHA256>`, under a key derived from
 * SESSION_SECRET that signs nothing else. One cookie per account (its name is a keyed digest of
 * the account, so it tells nobody whose it is), so people sharing a tablet keep theirs apart.
 * Nothing is stored: a cookie is a known device because only this server could have signed it.
 */
@Injectable()
export class DeviceCookieService {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = Buffer.from(
      hkdfSync('sha256', config.sessionSecret, 'homeward', 'device cookie v1', 32),
    );
  }

  /** A new cookie for this account, made after a sign-in with the right password. */
  issue(userId: string, now: Date): DeviceCookie {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const nonce = randomBytes(16).toString('base64url');
    const signed = `${userId}.${issuedAt}.${nonce}`;
    return { name: this.nameFor(userId), value: `${signed}.${this.sign(signed)}` };
  }

  /**
   * The device (the cookie's nonce) when the request carries a valid cookie for this account,
   * or null: a bad signature, another account's cookie, an expired one or none all count as
   * an unknown client.
   */
  deviceOf(cookies: PresentedCookies | undefined, userId: string, now: Date): string | null {
    const value = cookies?.[this.nameFor(userId)];
    const parts = value?.split('.');
    if (!parts || parts.length !== 4) return null;
    const [owner, issued, nonce, mac] = parts;
    if (owner !== userId || !/^\d{1,12}$/.test(issued) || !/^[\w-]{22}$/.test(nonce)) return null;
    const expected = Buffer.from(this.sign(`${owner}.${issued}.${nonce}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const ageSeconds = now.getTime() / 1000 - Number(issued);
    if (ageSeconds > DEVICE_COOKIE_DAYS * 86_400 || ageSeconds < -CLOCK_SKEW_SECONDS) return null;
    return nonce;
  }

  /** Sent only with GraphQL requests, never readable by a script, never to another site. */
  setCookie(reply: FastifyReply, cookie: DeviceCookie): void {
    reply.setCookie(cookie.name, cookie.value, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.isProduction,
      path: '/graphql',
      maxAge: DEVICE_COOKIE_DAYS * 86_400,
    });
  }

  private nameFor(userId: string): string {
    return DEVICE_COOKIE_PREFIX + this.sign(`name.${userId}`, 'hex').slice(0, 16);
  }

  private sign(text: string, encoding: 'base64url' | 'hex' = 'base64url'): string {
    return createHmac('sha256', this.key).update(text).digest(encoding);
  }
}
