import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from './create-test-app';

/** The policy's directives by name: `{ 'script-src': ["'self'"], … }`. */
function directives(header: unknown): Record<string, string[]> {
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );
}

describe('security headers', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'homeward-web-'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Homeward</title>');
  afterAll(() => rmSync(webDir, { recursive: true, force: true }));

  describe('in development and tests', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ env: { WEB_DIST: webDir } });
    });
    afterAll(() => t.close());

    const answers = () =>
      Promise.all([
        t.app.inject({ method: 'GET', url: '/', headers: { host: 'homeward.test:3000' } }),
        t.app.inject({
          method: 'GET',
          url: '/family/agreement',
          headers: { host: 'homeward.test:3000', accept: 'text/html' },
        }),
        t.app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { host: 'homeward.test:3000', 'content-type': 'application/json' },
          payload: { query: '{ __typename }' },
        }),
        t.app.inject({
          method: 'GET',
          url: '/nothing.js',
          headers: { host: 'homeward.test:3000' },
        }),
      ]);

    it('sends a Content-Security-Policy without inline script on pages, files and GraphQL alike', async () => {
      for (const response of await answers()) {
        const policy = directives(response.headers['content-security-policy']);
        expect(policy['default-src']).toEqual(["'self'"]);
        expect(policy['script-src']).toEqual(["'self'"]);
        expect(policy['script-src-attr']).toEqual(["'none'"]);
        // Inline styles only (Angular writes component styles at run time); never scripts.
        expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
        expect(policy['object-src']).toEqual(["'none'"]);
        expect(policy['frame-ancestors']).toEqual(["'none'"]);
        expect(policy['base-uri']).toEqual(["'self'"]);
        expect(policy['form-action']).toEqual(["'self'"]);
        // Requests to this origin only, and the live updates' socket on the same host.
        expect(policy['connect-src']).toEqual([
          "'self'",
          'ws://homeward.test:3000',
          'wss://homeward.test:3000',
        ]);
        expect(policy).not.toHaveProperty('upgrade-insecure-requests');
        expect(JSON.stringify(policy)).not.toMatch(/unsafe-eval|\*/);
      }
    });

    it('keeps the other headers coherent, and no HSTS over development HTTP', async () => {
      for (const response of await answers()) {
        expect(response.headers['referrer-policy']).toBe('no-referrer');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['x-frame-options']).toBe('DENY');
        expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
        expect(response.headers['strict-transport-security']).toBeUndefined();
        const permissions = String(response.headers['permissions-policy']);
        for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
          expect(permissions).toContain(`${feature}=()`);
        // Copying an invitation link to the clipboard stays allowed.
        expect(permissions).not.toContain('clipboard');
      }
    });

    it('names no live socket for a Host header that could smuggle a directive in', async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/',
        headers: { host: "evil.test; script-src 'unsafe-inline'" },
      });
      const policy = directives(response.headers['content-security-policy']);
      expect(policy['connect-src']).toEqual(["'self'"]);
      expect(policy['script-src']).toEqual(["'self'"]);
    });
  });

  describe('in production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({
        env: {
          NODE_ENV: 'production',
          SESSION_SECRET: 'a production secret of at least thirty-two characters',
          WEB_DIST: webDir,
        },
      });
    });
    afterAll(() => t.close());

    it('adds HSTS for a year, upgrades stray HTTP requests and opens the live socket over TLS only', async () => {
      const response = await t.app.inject({
        method: 'GET',
        url: '/',
        headers: { host: 'homeward.example.org' },
      });
      expect(response.headers['strict-transport-security']).toBe(
        'max-age=31536000; includeSubDomains',
      );
      const policy = directives(response.headers['content-security-policy']);
      expect(policy['connect-src']).toEqual(["'self'", 'wss://homeward.example.org']);
      expect(policy['upgrade-insecure-requests']).toEqual([]);
      expect(policy['script-src']).toEqual(["'self'"]);
    });
  });
});
