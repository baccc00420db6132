import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, TestApp } from './create-test-app';

/** A built web app in small: an index naming a content-hashed script, a translation, an icon. */
function builtWebApp(): { dir: string; index: string; script: string } {
  const dir = mkdtempSync(join(tmpdir(), 'homeward-web-'));
  const script = `export const words = [${Array.from({ length: 400 }, (_, i) => `"word ${i}"`).join(',')}];\n`;
  const index = `<!doctype html><html lang="en"><head><title>Homeward</title>${'<meta name="x" content="padding">'.repeat(40)}</head><body><hw-root></hw-root><script src="main-ABCD1234.js" type="module"></script></body></html>`;
  writeFileSync(join(dir, 'index.html'), index);
  writeFileSync(join(dir, 'main-ABCD1234.js'), script);
  writeFileSync(join(dir, 'chunk-BuXC_VM-.js'), script);
  mkdirSync(join(dir, 'i18n'));
  writeFileSync(join(dir, 'i18n', 'en.json'), JSON.stringify({ words: script }));
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // The same step the web build runs after bundling.
  const precompress = spawnSync(
    process.execPath,
    [resolve(__dirname, '../../scripts/precompress.mjs'), dir],
    { encoding: 'utf8' },
  );
  if (precompress.status !== 0) throw new Error(precompress.stderr);
  return { dir, index, script };
}

describe('the web app and GraphQL, delivered for a phone', () => {
  let t: TestApp;
  let web: ReturnType<typeof builtWebApp>;

  beforeAll(async () => {
    web = builtWebApp();
    t = await createTestApp({ env: { WEB_DIST: web.dir } });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web.dir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers });

  it('sends the Brotli file written at build time to a browser that takes it', async () => {
    const response = await get('/main-ABCD1234.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['vary']).toMatch(/accept-encoding/i);
    expect(response.rawPayload.length).toBeLessThan(web.script.length / 3);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(web.script);
  });

  it('falls back to gzip, then to the file itself', async () => {
    const gzipped = await get('/main-ABCD1234.js', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(web.script);
    const plain = await get('/main-ABCD1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(web.script);
  });

  it('keeps content-hashed files for a year, unchanged', async () => {
    for (const file of ['/main-ABCD1234.js', '/chunk-BuXC_VM-.js']) {
      const response = await get(file, { 'accept-encoding': 'br' });
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('never keeps index.html, under its own name or as the page of an app route, without asking again', async () => {
    for (const url of ['/', '/index.html', '/staff/caseload', '/family']) {
      const response = await get(url, { accept: 'text/html', 'accept-encoding': 'br' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(web.index);
    }
  });

  it('asks again about files not named by their content (translations, the icon)', async () => {
    for (const url of ['/i18n/en.json', '/favicon.svg']) {
      const response = await get(url, { 'accept-encoding': 'br' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    // Revalidation is cheap: an unchanged file answers 304 without its body.
    const first = await get('/i18n/en.json');
    const again = await get('/i18n/en.json', { 'if-none-match': String(first.headers['etag']) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it("answers a missing file with a reason, as GraphQL does, for the reader's client to word", async () => {
    const response = await get('/no-such-file.js');
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'NOT_FOUND',
      params: { what: 'record' },
    });
  });

  it('compresses GraphQL answers for a client that takes it, and not for one that does not', async () => {
    const query = '{ __schema { types { name description } } }';
    const compressed = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      payload: { query },
    });
    expect(compressed.headers['content-encoding']).toBe('br');
    const answer = brotliDecompressSync(compressed.rawPayload).toString();
    expect(JSON.parse(answer).data.__schema.types.length).toBeGreaterThan(20);
    expect(compressed.rawPayload.length).toBeLessThan(answer.length / 3);

    const plain = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: { query },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(answer);
  });
});
