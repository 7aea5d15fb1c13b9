import { randomBytes } from 'node:crypto';
import { parseTrustProxy } from './client-address.js';
import { StartupError } from './startup.js';
import { plainToInstance, Transform } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateBy, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));

export interface IssuerKeyPair {
  publicKeyMultibase: string;
  secretKeyMultibase: string;
}

/** The hub id → key pair map of SANGGAR_ISSUER_KEYS, or null when it is not one. */
function parseIssuerKeys(value: unknown): Record<string, IssuerKeyPair> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(value));
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const pairs = Object.values(parsed as Record<string, unknown>);
  const isPair = (pair: unknown) =>
    typeof pair === 'object' &&
    pair !== null &&
    typeof (pair as IssuerKeyPair).publicKeyMultibase === 'string' &&
    typeof (pair as IssuerKeyPair).secretKeyMultibase === 'string';
  return pairs.every(isPair) ? (parsed as Record<string, IssuerKeyPair>) : null;
}

/** Every setting the processes read, validated once at boot. Defaults work on a developer machine. */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Matches(/^postgres(ql)?:\/\/[^/]+\/[A-Za-z0-9_]+$/, { message: 'must look like postgres://user@host:port/database' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/sanggar';

  @Matches(/^rediss?:\/\/.+/, { message: 'must look like redis://host:port' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key (queues, rate limits); tests give each file its own. */
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'may contain only letters, digits, _ and -' })
  REDIS_PREFIX = 'sanggar';

  // class-validator reports the decorator nearest the property first: the type check.
  @Transform(toInt)
  @Max(65535)
  @Min(0)
  @IsInt()
  PORT = 3000;

  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  PUBLIC_URL = 'http://localhost:3000';

  /** HMAC secret of access tokens; random per start unless set (required in production). */
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  JWT_SECRET: string;

  @Transform(toInt)
  @Max(900, { message: 'must be at most 900 seconds (15 minutes)' })
  @Min(60)
  @IsInt()
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @Max(365)
  @Min(1)
  @IsInt()
  REFRESH_TOKEN_TTL_DAYS = 30;

  /**
   * How long a spent refresh token may be presented again without revoking its login: a tab reloaded
   * while its refresh was under way never receives the new token, and another tab still holds the old one.
   */
  @Transform(toInt)
  @Max(60)
  @Min(0)
  @IsInt()
  REFRESH_REUSE_GRACE_SECONDS = 10;

  /** smtp://user:pass@host:port; when empty, mail is written as .eml files under MAIL_DIR. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must look like smtp://host:port' })
  SMTP_URL?: string;

  /**
   * How long a notification waits before it is emailed, so that an undo right after (a session scheduled
   * and cancelled again, a grade corrected) sends what a person would expect instead of both.
   */
  @Transform(toInt)
  @Max(600)
  @Min(0)
  @IsInt()
  NOTIFICATION_EMAIL_DELAY_SECONDS = 60;

  /** The hour (hub time, 0–23) of the evening-before reminder of a session. */
  @Transform(toInt)
  @Max(23)
  @Min(0)
  @IsInt()
  SESSION_REMINDER_HOUR = 18;

  /** The hour (hub time, 0–23) of mentors' daily digest of submissions waiting for a grade. */
  @Transform(toInt)
  @Max(23)
  @Min(0)
  @IsInt()
  GRADING_DIGEST_HOUR = 7;

  /** Days a finished outbox row is kept (what ran, for support), then deleted by the daily retention. */
  @Transform(toInt)
  @Min(1)
  @IsInt()
  RETENTION_OUTBOX_DAYS = 30;

  /** Days an email's delivery record (which email went to whom, once) is kept. */
  @Transform(toInt)
  @Min(1)
  @IsInt()
  RETENTION_EMAIL_DELIVERY_DAYS = 365;

  /** Days an `.eml` file under MAIL_DIR is kept (development mail without SMTP). */
  @Transform(toInt)
  @Min(1)
  @IsInt()
  RETENTION_MAIL_FILE_DAYS = 30;

  /** Days after a cohort ends that attendance notes (excuses, often about health or family) are kept. */
  @Transform(toInt)
  @Min(1)
  @IsInt()
  RETENTION_ATTENDANCE_NOTE_DAYS = 365;

  /** Days a notification (read or not) stays in a person's list: they quote names and mentors' feedback. */
  @Transform(toInt)
  @Min(1)
  @IsInt()
  RETENTION_NOTIFICATION_DAYS = 365;

  /** Days the audit log is kept (who exported, erased, corrected, listed whom). */
  @Transform(toInt)
  @Min(1)
  @IsInt()
  RETENTION_AUDIT_DAYS = 730;

  @IsString()
  MAIL_FROM = 'Sanggar <no-reply@sanggar.local>';

  @IsString()
  MAIL_DIR = 'var/mail';

  /** The built web app (`npm run build:web`), served from the same origin as the api. */
  @IsString()
  WEB_DIR = 'dist/web';

  /** Where each hub's Ed25519 issuer key lives (created on first use, mode 0600). Back it up: certificates are verified with it. */
  @IsString()
  SANGGAR_KEY_DIR = 'var/keys';

  /**
   * Issuer keys from a secret store instead of files: a JSON object from hub id to a key pair
   * ({"publicKeyMultibase": …, "secretKeyMultibase": …}, as in a file of SANGGAR_KEY_DIR). A hub
   * listed here never touches the key directory; the others keep using it.
   */
  @IsOptional()
  @ValidateBy({
    name: 'isIssuerKeys',
    validator: {
      validate: (value) => parseIssuerKeys(value) !== null,
      defaultMessage: () => 'must be a JSON object from hub id to {"publicKeyMultibase", "secretKeyMultibase"}',
    },
  })
  SANGGAR_ISSUER_KEYS?: string;

  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  SANGGAR_ADMIN_EMAIL?: string;

  @IsOptional()
  @MinLength(10, { message: 'must be at least 10 characters' })
  SANGGAR_ADMIN_PASSWORD?: string;

  /** Seed demo hubs, people and programmes when the database is empty (npm start sets it). */
  @IsIn(['true', 'false'])
  SANGGAR_DEMO: 'true' | 'false' = 'false';

  /**
   * Behind reverse proxies, where the client address comes from X-Forwarded-For: the number of
   * proxy hops (e.g. 1), or the proxies' addresses and networks (e.g. 10.0.0.5,172.16.0.0/12).
   */
  @ValidateBy({
    name: 'isTrustProxy',
    validator: {
      validate: (value) => typeof value === 'string' && parseTrustProxy(value) !== null,
      defaultMessage: () => 'must be false, a number of proxy hops, or proxy addresses/networks (true would believe any client)',
    },
  })
  TRUST_PROXY = 'false';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** SANGGAR_ISSUER_KEYS, parsed (empty when not set). */
  get issuerKeys(): Record<string, IssuerKeyPair> {
    return (this.SANGGAR_ISSUER_KEYS && parseIssuerKeys(this.SANGGAR_ISSUER_KEYS)) || {};
  }

  /**
   * TRUST_PROXY as the HTTP server takes it. A hop count trusts that many hops whatever their
   * address: use it only when the api can be reached through the proxies alone.
   */
  get trustProxy(): false | string[] | ((address: string, hop: number) => boolean) {
    const parsed = parseTrustProxy(this.TRUST_PROXY) ?? false;
    return typeof parsed === 'number' ? (_address, hop) => hop < parsed : parsed;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get demo(): boolean {
    return this.SANGGAR_DEMO === 'true';
  }
}

export class ConfigError extends StartupError {}

/** Reads and validates the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw: Record<string, string> = {};
  for (const key of [...known, 'JWT_SECRET', 'SMTP_URL', 'SANGGAR_ISSUER_KEYS', 'SANGGAR_ADMIN_EMAIL', 'SANGGAR_ADMIN_PASSWORD']) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const config = plainToInstance(AppConfig, raw);
  if (config.JWT_SECRET === undefined && !config.isProduction) {
    config.JWT_SECRET = randomBytes(32).toString('base64url');
  }
  const [error] = validateSync(config, { forbidUnknownValues: false });
  if (error) {
    // class-validator's own messages start with the property name; ours do not.
    const reason = (Object.values(error.constraints ?? {})[0] ?? 'is invalid').replace(`${error.property} `, '');
    const secret = /SECRET|PASSWORD|KEYS/.test(error.property);
    const given = raw[error.property];
    const shown = given === undefined || secret ? '' : ` (got "${withoutCredentials(given)}")`;
    const hint = error.property === 'JWT_SECRET' && config.isProduction ? ' — required when NODE_ENV=production' : '';
    throw new ConfigError(`Configuration: ${error.property} ${reason}${hint}${shown}`);
  }
  if (Boolean(config.SANGGAR_ADMIN_EMAIL) !== Boolean(config.SANGGAR_ADMIN_PASSWORD)) {
    throw new ConfigError('Configuration: SANGGAR_ADMIN_EMAIL and SANGGAR_ADMIN_PASSWORD must be set together');
  }
  if (config.isProduction) refuseUnsafeProductionDefaults(config, raw);
  return config;
}

/** A value copied from an example or a demo. */
const placeholder = (value: string) => /change|example|placeholder|secret|sanggar|password|default|demo|xxxx|1234/i.test(value);

/** What a demo or a copied example may leave behind must never run in production. */
function refuseUnsafeProductionDefaults(config: AppConfig, given: Record<string, string>): void {
  // Too few different characters to have come from a random generator.
  if (placeholder(config.JWT_SECRET) || new Set(config.JWT_SECRET).size < 16) {
    throw new ConfigError('Configuration: JWT_SECRET looks like a placeholder — use a random value, e.g. `openssl rand -base64 48`');
  }
  if (config.demo) throw new ConfigError('Configuration: SANGGAR_DEMO=true is refused in production (demo logins have a known password)');
  if (given.PUBLIC_URL === undefined) {
    throw new ConfigError('Configuration: PUBLIC_URL must be set in production (it goes into emails, certificates and calendar feeds)');
  }
  if (config.SANGGAR_ADMIN_PASSWORD && (placeholder(config.SANGGAR_ADMIN_PASSWORD) || config.SANGGAR_ADMIN_PASSWORD.length < 12)) {
    throw new ConfigError('Configuration: SANGGAR_ADMIN_PASSWORD is too easy to guess for production');
  }
}

/** postgres://user:secret@host → postgres://user:***@host, so a URL can be shown in a message. */
export function withoutCredentials(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
