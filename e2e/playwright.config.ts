import { defineConfig } from '@playwright/test';
import { clockFile, smtpPort } from './support';

// Override when another run holds these ports (for example two journeys at once).
const PORT = Number(process.env['E2E_PORT'] ?? 3100);
const DATABASE_PORT = process.env['E2E_DATABASE_PORT'] ?? '54331';

/** Browser journeys in Debian's Chromium (no browser download) against the built app on a fresh database. */
export default defineConfig({
  testDir: './journeys',
  outputDir: './artifacts/results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [['list']],
  // Every run starts with the API's clock at real time (journeys move it through the file below).
  globalSetup: './global-setup.ts',
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: 'on',
    trace: 'off',
    viewport: { width: 390, height: 844 },
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs',
    cwd: '..',
    url: `http://localhost:${PORT}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      SKIP_BUILD: '1',
      PORT: String(PORT),
      PUBLIC_URL: `http://localhost:${PORT}`,
      EMBEDDED_PG_DIR: `.data/e2e-postgres-${DATABASE_PORT}`,
      EMBEDDED_PG_PORT: DATABASE_PORT,
      EMBEDDED_PG_FRESH: '1',
      // The API's clock is real time plus the days written here (journeys only; refused in production).
      CLOCK_OFFSET_FILE: clockFile(PORT),
      // The journeys build their own homes from the demo people, so the demo starts without Pat's.
      SEED_DEMO_HOME: 'false',
      // Mail goes to the journeys' own SMTP server (global-setup.ts), sent as soon as its change
      // commits (JOBS wakes the sender), so a journey reads it within seconds.
      SMTP_URL: `smtp://127.0.0.1:${smtpPort(PORT)}`,
      JOBS: 'true',
      // Staff sign in with a second factor, as in production: the demo's staff have published
      // keys (support.ts makes their codes) and the two-step journey enrols a new counselor.
      REQUIRE_STAFF_MFA: 'true',
    },
  },
});
