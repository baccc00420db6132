import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : value === 'true' ? true : value === 'false' ? false : value;
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : Number(value);

/**
 * Every setting the API reads, validated once at start-up (STYLE 10). A bad value stops the
 * server with the variable's name; README lists them all.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** postgres://user:password@host:port/database; `npm start` provides an embedded one when unset. */
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL: string;

  /** Keys the hashes of session and invitation tokens. At least 32 characters. */
  @ValidateIf(
    (config: AppConfig) => config.NODE_ENV === 'production' || config.SESSION_SECRET !== undefined,
  )
  @IsString({ message: 'SESSION_SECRET is required in production' })
  @MinLength(32, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;

  /** The address people open, used in invitation links. */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PUBLIC_URL?: string;

  /** Folder of the built web app served at `/`. */
  @IsString()
  WEB_DIST = 'dist/web/browser';

  /** Seed the demo organization when the database has none. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO?: boolean;

  /** With the demo: also a lived-in home for Pat (plan, check-ins, agreement). Journeys turn it off to start from nothing. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'SEED_DEMO_HOME must be true or false' })
  SEED_DEMO_HOME = true;

  /**
   * Staff (admins, counselors) must turn on two-step sign-in before they reach anything else.
   * On by default in production; elsewhere off unless set.
   */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'REQUIRE_STAFF_MFA must be true or false' })
  REQUIRE_STAFF_MFA?: boolean;

  /**
   * Trust X-Forwarded-For from the load balancer in front of the API. Only then is a request's
   * address the client's (else it may be the balancer's), and only then do sign-ins count per address.
   */
  @Transform(toBoolean)
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY = false;

  /**
   * With TRUST_PROXY: how many proxies stand in front (a load balancer: 1; a CDN before it: 2).
   * The client's address is the one they saw; anything further left a client may have written itself.
   */
  @Transform(toInt)
  @IsInt({ message: 'PROXY_HOPS must be a whole number' })
  @Min(1)
  @Max(10)
  PROXY_HOPS = 1;

  /** Browser journeys: a file holding how many days to move the clock forward (never in production). */
  @IsOptional()
  @IsString()
  CLOCK_OFFSET_FILE?: string;

  /** smtp(s)://user:password@host:port: mail goes out through it. Unset: each mail is written to MAIL_DIR. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must look like smtp://user:password@host:587' })
  SMTP_URL?: string;

  /** The sender people see, e.g. `Homeward <no-reply@example.org>`. */
  @IsOptional()
  @IsString()
  MAIL_FROM?: string;

  /** Without SMTP_URL: the folder each mail is written to as an .eml file. */
  @IsString()
  MAIL_DIR = '.data/mail';

  /** Run the schedules (reminders, digests, held mail) on this instance; tests turn them off to move the clock by hand. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'JOBS must be true or false' })
  JOBS = true;

  /** Development and benchmarks: answer each request with an x-sql-statements header. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'EXPOSE_SQL_COUNT must be true or false' })
  EXPOSE_SQL_COUNT = false;

  /**
   * After SIGTERM: how long the instance still serves while it reports unready, so the load
   * balancer stops sending before the listener closes. Default 5000 in production, 0 otherwise.
   */
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds' })
  @Min(0)
  @Max(120_000)
  SHUTDOWN_GRACE_MS?: number;

  /** After SIGTERM: the most a shutdown may take (grace included) before the process exits anyway, with code 1. */
  @Transform(toInt)
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(1000)
  @Max(600_000)
  SHUTDOWN_TIMEOUT_MS = 25_000;

  /** `json`: one JSON object a line (the default in production); `text`: readable lines. */
  @IsOptional()
  @IsIn(['json', 'text'], { message: 'LOG_FORMAT must be json or text' })
  LOG_FORMAT?: 'json' | 'text';

  /** The least severe level written: error, warn, log (the default; one line a request) or debug. */
  @IsOptional()
  @IsIn(['error', 'warn', 'log', 'debug'], {
    message: 'LOG_LEVEL must be error, warn, log or debug',
  })
  LOG_LEVEL?: 'error' | 'warn' | 'log' | 'debug';

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get publicUrl(): string {
    return (this.PUBLIC_URL ?? `http://localhost:${this.PORT}`).replace(/\/$/, '');
  }

  get sessionSecret(): string {
    return this.SESSION_SECRET ?? 'homeward-development-secret-not-for-production-use';
  }

  get requireStaffMfa(): boolean {
    return this.REQUIRE_STAFF_MFA ?? this.isProduction;
  }

  get mailFrom(): string {
    return this.MAIL_FROM ?? `Homeward <no-reply@${new URL(this.publicUrl).hostname}>`;
  }

  get shutdownGraceMs(): number {
    return this.SHUTDOWN_GRACE_MS ?? (this.isProduction ? 5_000 : 0);
  }

  get logJson(): boolean {
    return (this.LOG_FORMAT ?? (this.isProduction ? 'json' : 'text')) === 'json';
  }

  /** Tests write errors only unless LOG_LEVEL says more. */
  get logLevel(): 'error' | 'warn' | 'log' | 'debug' {
    return this.LOG_LEVEL ?? (this.NODE_ENV === 'test' ? 'error' : 'log');
  }

  get seedDemo(): boolean {
    return this.SEED_DEMO ?? !this.isProduction;
  }
}

export class ConfigError extends Error {}

/** Builds the config from the environment or throws one message naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat([
    'DATABASE_URL',
    'SESSION_SECRET',
    'PUBLIC_URL',
    'SEED_DEMO',
    'REQUIRE_STAFF_MFA',
    'SMTP_URL',
    'MAIL_FROM',
    'SHUTDOWN_GRACE_MS',
    'LOG_FORMAT',
    'LOG_LEVEL',
  ]);
  const picked = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined),
  );
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  if (config.isProduction && !env['DATABASE_URL']) {
    throw new ConfigError(
      'DATABASE_URL is required in production: point it at your PostgreSQL server.',
    );
  }
  if (config.isProduction && config.CLOCK_OFFSET_FILE) {
    throw new ConfigError(
      'CLOCK_OFFSET_FILE moves the clock for browser journeys and is refused in production.',
    );
  }
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigError(`Homeward cannot start; fix these settings:\n  ${lines.join('\n  ')}`);
  }
  return config;
}
