import { loadConfig } from './app-config';

const url = 'postgres://homeward:secret@localhost:5432/homeward';

describe('loadConfig', () => {
  it('starts with nothing but a database in development', () => {
    const config = loadConfig({ DATABASE_URL: url });
    expect(config.PORT).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.seedDemo).toBe(true);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ DATABASE_URL: url, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: url, SEED_DEMO: 'yes' })).toThrow(/SEED_DEMO/);
  });

  it('requires a database and a session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: url })).toThrow(
      /SESSION_SECRET/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, SESSION_SECRET: 'short' }),
    ).toThrow(/at least 32/);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: url,
      SESSION_SECRET: 'x'.repeat(32),
    });
    expect(config.seedDemo).toBe(false);
  });
});

describe('the staff second factor', () => {
  const production = { NODE_ENV: 'production', DATABASE_URL: url, SESSION_SECRET: 'x'.repeat(32) };

  it('is required in production unless turned off, and elsewhere only when turned on', () => {
    expect(loadConfig(production).requireStaffMfa).toBe(true);
    expect(loadConfig({ ...production, REQUIRE_STAFF_MFA: 'false' }).requireStaffMfa).toBe(false);
    expect(loadConfig({ DATABASE_URL: url }).requireStaffMfa).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, REQUIRE_STAFF_MFA: 'true' }).requireStaffMfa).toBe(true);
    expect(() => loadConfig({ DATABASE_URL: url, REQUIRE_STAFF_MFA: 'on' })).toThrow(
      /REQUIRE_STAFF_MFA/,
    );
  });
});

describe('the journey clock', () => {
  it('is refused in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://x/y',
        SESSION_SECRET: 'x'.repeat(40),
        CLOCK_OFFSET_FILE: '/tmp/clock',
      }),
    ).toThrow(/refused in production/);
  });
});

describe('holding up', () => {
  const production = { NODE_ENV: 'production', DATABASE_URL: url, SESSION_SECRET: 'x'.repeat(32) };

  it('serves 5 s after SIGTERM in production and stops at once elsewhere, unless told', () => {
    expect(loadConfig(production).shutdownGraceMs).toBe(5_000);
    expect(loadConfig({ DATABASE_URL: url }).shutdownGraceMs).toBe(0);
    expect(loadConfig({ ...production, SHUTDOWN_GRACE_MS: '1500' }).shutdownGraceMs).toBe(1_500);
    expect(() => loadConfig({ DATABASE_URL: url, SHUTDOWN_GRACE_MS: 'soon' })).toThrow(
      /SHUTDOWN_GRACE_MS/,
    );
    expect(loadConfig({ DATABASE_URL: url }).SHUTDOWN_TIMEOUT_MS).toBe(25_000);
  });

  it('logs JSON in production and readable lines elsewhere, unless told', () => {
    expect(loadConfig(production).logJson).toBe(true);
    expect(loadConfig({ DATABASE_URL: url }).logJson).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, LOG_FORMAT: 'json' }).logJson).toBe(true);
    expect(loadConfig({ DATABASE_URL: url, NODE_ENV: 'test' }).logLevel).toBe('error');
    expect(() => loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
