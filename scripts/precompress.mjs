// After the web build: writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the
// built app, at the highest levels (done once here, not on every request), for @fastify/static's
// `preCompressed`. Then prints the initial JavaScript (what index.html loads before the first
// screen) as transferred, next to its target.
//   node scripts/precompress.mjs [dist/web/browser]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const INITIAL_JS_TARGET = 130 * 1000;
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|xml|webmanifest|ico|map)$/;
/** Under a packet or so, compression saves nothing worth a second file. */
const SMALLEST = 1024;

const root = process.argv[2] ?? 'dist/web/browser';

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

const brotli = (bytes) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
const gzip = (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });

let written = 0;
let before = 0;
let after = 0;
for (const path of [...files(root)]) {
  if (!COMPRESSIBLE.test(path) || statSync(path).size < SMALLEST) continue;
  const bytes = readFileSync(path);
  const br = brotli(bytes);
  const gz = gzip(bytes);
  // A copy no smaller than the file would only cost a lookup.
  if (br.length < bytes.length) writeFileSync(`${path}.br`, br);
  if (gz.length < bytes.length) writeFileSync(`${path}.gz`, gz);
  written += 1;
  before += bytes.length;
  after += Math.min(br.length, bytes.length);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(
  `Precompressed ${written} files in ${relative(process.cwd(), root) || '.'}: ${kB(before)} → ${kB(after)} with Brotli.`,
);

// The initial JavaScript: the module script and the chunks index.html preloads with it.
const index = readFileSync(join(root, 'index.html'), 'utf8');
const initial = [
  ...index.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
].map((match) => match[1]);
const transferred = initial.reduce(
  (sum, file) => sum + brotli(readFileSync(join(root, file))).length,
  0,
);
console.log(
  `Initial JavaScript: ${kB(transferred)} transferred with Brotli in ${initial.length} files (target ≤ ${kB(INITIAL_JS_TARGET)}).`,
);
