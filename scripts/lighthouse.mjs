// npm run lighthouse: Lighthouse (mobile, simulated 4G, as its defaults) on the sign-in page, the
// patient's home, the family home and the caseload, against the production build served by the
// API on a fresh embedded PostgreSQL with the demo. The signed-in pages get the session cookie
// of a GraphQL sign-in as an extra header. Prints performance and accessibility next to their
// targets, and the initial JavaScript as transferred; the reports land in .data/lighthouse/.
//   LIGHTHOUSE_RUNS (default 3): runs per page, the median is shown.
//   SKIP_BUILD=1: use the build in dist/ as it is.
//   LIGHTHOUSE_PAGES=/login,/patient: only those pages (default all four).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3300);
const DATABASE_PORT = Number(process.env.LIGHTHOUSE_DATABASE_PORT ?? 54335);
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const BASE = `http://localhost:${PORT}`;
const WEB = 'dist/web/browser';
const REPORTS = '.data/lighthouse';
const DEMO_PASSWORD = 'homeward-demo-2026';
const TARGETS = { performance: 0.9, accessibility: 1, initialJs: 130 * 1000 };
const PAGES = [
  { name: 'sign-in', path: '/login' },
  { name: "patient's home", path: '/patient', email: 'patient@harbor.example' },
  { name: 'family home', path: '/family', email: 'mother@harbor.example' },
  { name: 'caseload', path: '/staff/plans', email: 'counselor@harbor.example' },
];
const ONLY = process.env.LIGHTHOUSE_PAGES?.split(',').map((path) => path.trim());
const PAGES_RUN = ONLY ? PAGES.filter((page) => ONLY.includes(page.path)) : PAGES;
const UNKNOWN = ONLY?.filter((path) => !PAGES.some((page) => page.path === path)) ?? [];
if (UNKNOWN.length > 0) {
  console.error(
    `LIGHTHOUSE_PAGES names ${UNKNOWN.join(', ')}; the pages measured are ${PAGES.map((page) => page.path).join(', ')}.`,
  );
  process.exit(2);
}
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (process.env.SKIP_BUILD !== '1') {
  const build = spawnSync(
    'nx',
    ['run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** What index.html loads before the first screen, as the Brotli files the server sends. */
function initialJavaScript() {
  const index = readFileSync(join(WEB, 'index.html'), 'utf8');
  const files = [
    ...index.matchAll(
      /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g,
    ),
  ].map((match) => match[1]);
  // Files under a kilobyte are sent as they are (scripts/precompress.mjs skips them).
  const sent = (file) => (existsSync(`${file}.br`) ? `${file}.br` : file);
  return files.reduce((sum, file) => sum + statSync(sent(join(WEB, file))).size, 0);
}

/** Starts the built API and resolves once it listens (it migrates and seeds the demo first). */
function startApi(databaseUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/api/main.js'], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: String(PORT),
        PUBLIC_URL: BASE,
        // Development mode over plain HTTP (production would send upgrade-insecure-requests);
        // the web app, compression and caching are the same build and code either way.
        NODE_ENV: 'development',
        SEED_DEMO: 'true',
        SEED_DEMO_HOME: 'true',
        JOBS: 'false',
        MAIL_DIR: join(REPORTS, 'mail'),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // Seeding the demo's eight households takes seconds on a quiet machine, half a minute on a busy one.
    const timer = setTimeout(
      () => reject(new Error('the API did not start within 150 s')),
      150_000,
    );
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Homeward is ready')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`the API exited with ${code}`)));
  });
}

/** Signs in through GraphQL and answers the session cookie (`hw_session=…`). */
async function sessionCookie(email) {
  const response = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: LoginInput!) { login(input: $input) { id } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('hw_session='));
  if (!cookie) throw new Error(`could not sign in as ${email}: ${await response.text()}`);
  return cookie.split(';')[0];
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function audit(page, chrome) {
  const headers = page.email ? { Cookie: await sessionCookie(page.email) } : undefined;
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const result = await lighthouse(
      `${BASE}${page.path}`,
      {
        port: chrome.port,
        output: ['html', 'json'],
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        ...(headers ? { extraHeaders: headers } : {}),
      },
      // Lighthouse's defaults: a mid-range phone on simulated slow 4G.
      undefined,
    );
    runs.push(result);
  }
  // A run Lighthouse could not score (its runtimeError says why) is shown, not counted.
  const score = (result) => result.lhr.categories.performance.score;
  const scored = runs.filter((result) => score(result) !== null);
  const chosen =
    scored.find((result) => score(result) === median(scored.map(score))) ?? runs[runs.length - 1];
  const { lhr } = chosen;
  const file = join(REPORTS, `${page.path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.html`);
  writeFileSync(file, chosen.report[0]);
  writeFileSync(file.replace(/\.html$/, '.json'), chosen.report[1]);
  const scripts = lhr.audits['resource-summary']?.details?.items?.find(
    (item) => item.resourceType === 'script',
  );
  return {
    page,
    landedOn: lhr.finalDisplayedUrl.replace(BASE, ''),
    performance: lhr.categories.performance.score ?? 0,
    problem: lhr.runtimeError?.message,
    performanceRuns: runs.map(score),
    accessibility: lhr.categories.accessibility.score ?? 0,
    fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
    cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    scriptBytes: scripts?.transferSize ?? 0,
    file,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id))
      .map((a) => a.id),
  };
}

mkdirSync(REPORTS, { recursive: true });
console.log(`Starting the embedded PostgreSQL (port ${DATABASE_PORT})…`);
const database = await startEmbeddedPostgres({
  dataDir: `.data/lighthouse-postgres-${DATABASE_PORT}`,
  port: DATABASE_PORT,
  fresh: true,
});
let api = null;
let chrome = null;
try {
  await ensureDatabase(database.url(), 'homeward');
  api = await startApi(database.url('homeward'));
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  const results = [];
  for (const page of PAGES_RUN) {
    console.log(`Lighthouse on ${page.path} (${RUNS} run${RUNS > 1 ? 's' : ''})…`);
    results.push(await audit(page, chrome));
  }

  const pass = (ok) => (ok ? 'yes' : 'NO');
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const ms = (value) => `${(value / 1000).toFixed(2)} s`;
  const rows = results.map((r) => [
    `${r.page.name} (${r.page.path})`,
    `${r.performance.toFixed(2)} [${r.performanceRuns.map((s) => (s === null ? '–' : s.toFixed(2))).join(' ')}]`,
    pass(r.performance >= TARGETS.performance),
    r.accessibility.toFixed(2),
    pass(r.accessibility >= TARGETS.accessibility),
    `${ms(r.fcp)} / ${ms(r.lcp)} / ${Math.round(r.tbt)} ms / ${r.cls.toFixed(3)}`,
    kB(r.scriptBytes),
  ]);
  const header = [
    'page',
    'performance (median [runs])',
    '≥ 0.90',
    'accessibility',
    '= 1.00',
    'FCP / LCP / TBT / CLS',
    'JS transferred',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(`\nLighthouse ${results.length} pages, mobile, simulated 4G (median of ${RUNS}):\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  const initial = initialJavaScript();
  console.log(
    `\nInitial JavaScript (index.html's scripts, Brotli): ${kB(initial)}  target ≤ ${kB(TARGETS.initialJs)}: ${pass(initial <= TARGETS.initialJs)}`,
  );
  for (const r of results) {
    if (r.landedOn !== r.page.path) console.log(`Note: ${r.page.path} ended on ${r.landedOn}.`);
    if (r.problem) console.log(`Lighthouse on ${r.page.path}: ${r.problem}`);
    if (r.failing.length) console.log(`Accessibility on ${r.page.path}: ${r.failing.join(', ')}`);
  }
  console.log(`\nReports (the median run of each page): ${REPORTS}/*.html`);
} finally {
  chrome?.kill();
  if (api) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  }
  await database.stop();
}
