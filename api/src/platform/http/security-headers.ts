import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../config/app-config';

/** Powerful features the app never uses, refused to every page (and to anything injected into one). */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'bluetooth',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** A Host header fit to stand in a policy (no spaces, commas or semicolons to smuggle a directive). */
const PLAIN_HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The live updates' socket (graphql-ws on /graphql of the same host). Older engines do not count
 * ws:/wss: as 'self', so it is named. Production is served over TLS: only wss there.
 */
function liveSocketSources(config: AppConfig) {
  return (request: IncomingMessage): string => {
    const host = request.headers.host ?? '';
    if (!PLAIN_HOST.test(host)) return '';
    return config.isProduction ? `wss://${host}` : `ws://${host} wss://${host}`;
  };
}

/**
 * The Content-Security-Policy: every script is a file of our own origin (no inline script, no
 * eval), requests go to our own origin only.
 * Styles allow 'unsafe-inline', for styles only: Angular puts each component's styles in a
 * <style> element it writes at run time, and Material sets style attributes; a nonce would need
 * index.html rewritten per response and still leaves the attributes out. A style cannot run code.
 */
export function contentSecurityPolicy(config: AppConfig) {
  return {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      // data: for pictures made in the page (a QR code to enrol a second factor).
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'", liveSocketSources(config)],
      'manifest-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      // Over plain HTTP (development, journeys) nothing could be upgraded.
      ...(config.isProduction ? { 'upgrade-insecure-requests': [] } : {}),
    },
  };
}

/**
 * Security headers on every answer (pages, files, GraphQL), through @fastify/helmet. HSTS only in
 * production: a development server on http://localhost must not teach the browser HTTPS-only.
 */
export async function useSecurityHeaders(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: contentSecurityPolicy(config),
    strictTransportSecurity: config.isProduction
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
    // Invitation and reset links carry a secret: never send it onward as a Referer.
    referrerPolicy: { policy: 'no-referrer' },
    // Never inside another site's frame (with frame-ancestors 'none' for newer browsers).
    xFrameOptions: { action: 'deny' },
    xContentTypeOptions: true,
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      reply.header('Permissions-Policy', PERMISSIONS_POLICY);
      done();
    });
}
