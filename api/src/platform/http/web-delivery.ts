import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { describeReason } from '@homeward/domain';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { constants } from 'node:zlib';
import type { AppConfig } from '../config/app-config';

/** A year: a content-hashed file never changes under its name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but asked about again every time (a 304 when unchanged): index.html names the new files. */
export const REVALIDATE = 'no-cache';

/** Files the web build names by their content (`main-MVCY4VPR.js`, `chunk-BuXC_VM-.js`, `media/…`). */
const CONTENT_HASHED = /^(?:main|polyfills|styles|chunk|worker)-[A-Za-z0-9_-]{8,}\.(?:js|mjs|css)$/;

/** How long a browser may keep a file of the web app, by its path on disk (a .br/.gz sibling as its original). */
export function cacheControlFor(path: string): string {
  const name = basename(path).replace(/\.(?:br|gz)$/, '');
  return CONTENT_HASHED.test(name) || /[\\/]media[\\/]/.test(path) ? IMMUTABLE : REVALIDATE;
}

/**
 * Answers compressed for clients that accept it (GraphQL JSON, mostly; the web app's files come
 * precompressed). Brotli at quality 4 on the fly: most of the saving for a fraction of the CPU of 11.
 */
export async function useCompression(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}

/**
 * The built web app at `/`, when there is one: Brotli or gzip files written at build time
 * (`scripts/precompress.mjs`) when the browser takes them; content-hashed files kept a year,
 * everything else (index.html first) checked again on every use.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const webRoot = resolve(config.WEB_DIST);
  if (!existsSync(resolve(webRoot, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => reply.header('cache-control', cacheControlFor(path)),
  });
  // Angular routes (/staff, /invite/…) get the app shell; files are matched first by @fastify/static.
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => {
      if ((request.headers.accept ?? '').includes('text/html'))
        return reply.type('text/html').sendFile('index.html');
      // The same refusal GraphQL gives, as a reason the reader's client words.
      const params = { what: 'record' as const };
      return reply.code(404).send({
        code: 'NOT_FOUND',
        reason: 'NOT_FOUND',
        params,
        message: describeReason('NOT_FOUND', params, 'EN'),
      });
    });
}
