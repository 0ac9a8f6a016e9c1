import { isIP } from 'node:net';
import { isKnownTimeZone } from '@metodika/feed';

/** Everything the receiver reads from the environment, validated once at start. */
export interface Config {
  /** TCP port to listen on (`PORT`). */
  port: number;
  /** Interface to bind (`HOST`). */
  host: string;
  /** SQLite file (`INBOX_DB`), used when no PostgreSQL URL is given. */
  dbPath: string;
  /** PostgreSQL connection string (`INBOX_DATABASE_URL`); when set, PostgreSQL is the store. */
  databaseUrl: string | null;
  /** Origins allowed to POST from a browser (`INBOX_ALLOWED_ORIGINS`). */
  allowedOrigins: string[];
  /** A script token from the environment (`INBOX_TOKEN`), besides those made in the console. */
  token: string | null;
  /** Fastify's `trustProxy`: whom to believe about X-Forwarded-For (`INBOX_TRUST_PROXY`). */
  trustProxy: boolean | number | string;
  /** Largest accepted request body in bytes (`INBOX_BODY_LIMIT`). */
  bodyLimit: number;
  /** POSTs per IP per window (`INBOX_RATE_LIMIT`). */
  rateLimitMax: number;
  /** Rate-limit window in milliseconds (`INBOX_RATE_WINDOW_MS`). */
  rateLimitWindowMs: number;
  /** Submissions filled faster than this are flagged as spam (`INBOX_MIN_FILL_MS`). */
  minFillMs: number;
  /** Working days the department promises for an answer (`INBOX_RESPONSE_DAYS`). */
  responseDays: number;
  /** Answered requests older than this many days are deleted (`INBOX_RETENTION_DAYS`). */
  retentionDays: number;
  /** SMTP URL for notifications (`INBOX_SMTP_URL`); null logs a line instead. */
  smtpUrl: string | null;
  /** Sender of notification mail (`INBOX_MAIL_FROM`). */
  mailFrom: string | null;
  /** Recipients of notification mail, comma-separated (`INBOX_MAIL_TO`). */
  mailTo: string | null;
  /** IANA zone for request numbers' year and CSV times (`INBOX_TIME_ZONE`). */
  timeZone: string;
  /** pino log level (`INBOX_LOG_LEVEL`). */
  logLevel: string;
  /** The address people reach the service at, for links in e-mails (`INBOX_PUBLIC_URL`). */
  publicUrl: string;
  /** A console session ends after this long without use (`INBOX_SESSION_IDLE_MINUTES`). */
  sessionIdleMinutes: number;
  /** A console session ends this long after sign-in whatever happens (`INBOX_SESSION_MAX_HOURS`). */
  sessionMaxHours: number;
  /** Failed sign-ins allowed per account in the throttle window (`INBOX_LOGIN_MAX_FAILURES`). */
  loginMaxFailures: number;
  /** Failed sign-ins allowed per client IP in the throttle window (`INBOX_LOGIN_MAX_FAILURES_IP`). */
  loginMaxFailuresPerIp: number;
  /** The login throttle's window (`INBOX_LOGIN_WINDOW_MINUTES`). */
  loginWindowMinutes: number;
  /** The department's feed (a file or an https URL), for topic and methodist names (`INBOX_FEED`). */
  feed: string | null;
  /**
   * Whether a department with neither a draft nor a published version takes `INBOX_FEED` as both
   * on start (`INBOX_FEED_SEED`, default true; false keeps the console empty until an import).
   */
  seedFeed: boolean;
  /** The built console (`INBOX_CONSOLE_DIR`, default packages/console/dist). */
  consoleDir: string | null;
  /** The built widgets served at /widgets/<build>/ (`INBOX_WIDGETS_DIR`, default packages/widgets/dist). */
  widgetsDir: string | null;
  /**
   * Private addresses (IPs or CIDRs) the service may fetch an editor's calendar link from, say an
   * intranet calendar server (`INBOX_FETCH_ALLOW`, comma-separated; default none: only public
   * addresses are fetched).
   */
  fetchAllow: string[];
}

/** Thrown with every problem found, each naming its variable, so one restart fixes them all. */
export class ConfigError extends Error {
  /** One line per problem: `VARIABLE: what is wrong`. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** The settings a test or embedder usually passes; everything else has a default. */
export const DEFAULTS: Config = {
  port: 8787,
  host: '127.0.0.1',
  dbPath: './data/inbox.sqlite',
  databaseUrl: null,
  allowedOrigins: [],
  token: null,
  trustProxy: false,
  bodyLimit: 32 * 1024,
  rateLimitMax: 10,
  rateLimitWindowMs: 60_000,
  minFillMs: 3000,
  responseDays: 5,
  retentionDays: 365,
  smtpUrl: null,
  mailFrom: null,
  mailTo: null,
  timeZone: 'Europe/Moscow',
  logLevel: 'info',
  publicUrl: 'http://127.0.0.1:8787',
  sessionIdleMinutes: 30,
  sessionMaxHours: 12,
  loginMaxFailures: 5,
  loginMaxFailuresPerIp: 30,
  loginWindowMinutes: 15,
  feed: null,
  seedFeed: true,
  consoleDir: null,
  widgetsDir: null,
  fetchAllow: [],
};

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i;
const MIN_TOKEN_LENGTH = 24;

type Env = Record<string, string | undefined>;

/** Reads and validates the configuration; throws `ConfigError` naming each bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}: expected a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };

  const databaseUrl = value('INBOX_DATABASE_URL') ?? null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('INBOX_DATABASE_URL: expected a postgres://user:password@host/db URL');
  }

  const allowedOrigins = (value('INBOX_ALLOWED_ORIGINS') ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean);
  for (const origin of allowedOrigins) {
    if (!ORIGIN.test(origin)) {
      problems.push(
        `INBOX_ALLOWED_ORIGINS: "${origin}" is not an origin like https://school.ru or https://*.edu.ru`,
      );
    }
  }

  // Optional since the console creates script tokens; kept for scripts written before it.
  const token = value('INBOX_TOKEN') ?? null;
  if (token && token.length < MIN_TOKEN_LENGTH) {
    problems.push(`INBOX_TOKEN: too short, use at least ${MIN_TOKEN_LENGTH} random characters`);
  }

  const smtpUrl = value('INBOX_SMTP_URL') ?? null;
  const mailFrom = value('INBOX_MAIL_FROM') ?? null;
  const mailTo = value('INBOX_MAIL_TO') ?? null;
  if (smtpUrl) {
    if (!/^smtps?:\/\//.test(smtpUrl))
      problems.push('INBOX_SMTP_URL: expected smtp://… or smtps://…');
    if (!mailFrom) problems.push('INBOX_MAIL_FROM: required when INBOX_SMTP_URL is set');
    if (!mailTo) problems.push('INBOX_MAIL_TO: required when INBOX_SMTP_URL is set');
  }

  const timeZone = value('INBOX_TIME_ZONE') ?? DEFAULTS.timeZone;
  if (!isKnownTimeZone(timeZone)) {
    problems.push(`INBOX_TIME_ZONE: unknown IANA time zone "${timeZone}", e.g. Europe/Moscow`);
  }
  const logLevel = value('INBOX_LOG_LEVEL') ?? DEFAULTS.logLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    problems.push(`INBOX_LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}`);
  }

  const seedRaw = value('INBOX_FEED_SEED')?.toLowerCase();
  if (seedRaw !== undefined && seedRaw !== 'true' && seedRaw !== 'false') {
    problems.push(`INBOX_FEED_SEED: expected true or false, got "${seedRaw}"`);
  }

  const port = integer('PORT', DEFAULTS.port, 0, 65535);
  const host = value('HOST') ?? DEFAULTS.host;
  const publicUrl = (
    value('INBOX_PUBLIC_URL') ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
  ).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(publicUrl)) {
    problems.push(
      'INBOX_PUBLIC_URL: expected the address people open, like https://metodkab.example.ru',
    );
  }
  const config: Config = {
    port,
    host,
    dbPath: value('INBOX_DB') ?? DEFAULTS.dbPath,
    databaseUrl,
    allowedOrigins,
    token,
    trustProxy: parseTrustProxy(value('INBOX_TRUST_PROXY'), problems),
    bodyLimit: integer('INBOX_BODY_LIMIT', DEFAULTS.bodyLimit, 1024, 1024 * 1024),
    rateLimitMax: integer('INBOX_RATE_LIMIT', DEFAULTS.rateLimitMax, 1, 100_000),
    rateLimitWindowMs: integer(
      'INBOX_RATE_WINDOW_MS',
      DEFAULTS.rateLimitWindowMs,
      1000,
      86_400_000,
    ),
    minFillMs: integer('INBOX_MIN_FILL_MS', DEFAULTS.minFillMs, 0, 600_000),
    responseDays: integer('INBOX_RESPONSE_DAYS', DEFAULTS.responseDays, 1, 60),
    retentionDays: integer('INBOX_RETENTION_DAYS', DEFAULTS.retentionDays, 1, 3650),
    smtpUrl,
    mailFrom,
    mailTo,
    timeZone,
    logLevel,
    publicUrl,
    sessionIdleMinutes: integer(
      'INBOX_SESSION_IDLE_MINUTES',
      DEFAULTS.sessionIdleMinutes,
      1,
      24 * 60,
    ),
    sessionMaxHours: integer('INBOX_SESSION_MAX_HOURS', DEFAULTS.sessionMaxHours, 1, 24 * 7),
    loginMaxFailures: integer('INBOX_LOGIN_MAX_FAILURES', DEFAULTS.loginMaxFailures, 1, 1000),
    loginMaxFailuresPerIp: integer(
      'INBOX_LOGIN_MAX_FAILURES_IP',
      DEFAULTS.loginMaxFailuresPerIp,
      1,
      10_000,
    ),
    loginWindowMinutes: integer(
      'INBOX_LOGIN_WINDOW_MINUTES',
      DEFAULTS.loginWindowMinutes,
      1,
      24 * 60,
    ),
    feed: value('INBOX_FEED') ?? null,
    seedFeed: seedRaw !== 'false',
    consoleDir: value('INBOX_CONSOLE_DIR') ?? null,
    widgetsDir: value('INBOX_WIDGETS_DIR') ?? null,
    fetchAllow: parseAddressList('INBOX_FETCH_ALLOW', value('INBOX_FETCH_ALLOW'), problems),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** A comma-separated list of IP addresses or CIDRs (`10.1.2.0/24`), each checked. */
function parseAddressList(name: string, raw: string | undefined, problems: string[]): string[] {
  const list = (raw ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const entry of list) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const bits = family === 6 ? 128 : 32;
    const validPrefix =
      prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
    if (!family || !validPrefix || rest.length > 0)
      problems.push(`${name}: "${entry}" is not an IP address or CIDR like 10.1.2.0/24`);
  }
  return list;
}

/** `false`/`true`, a hop count, or a comma-separated list of proxy addresses/CIDRs. */
function parseTrustProxy(raw: string | undefined, problems: string[]): boolean | number | string {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  const parts = raw.split(',').map((part) => part.trim());
  if (parts.every((part) => /^[0-9a-f.:]+(\/\d{1,3})?$/i.test(part))) return parts.join(',');
  problems.push(
    `INBOX_TRUST_PROXY: expected false, true, a hop count or proxy addresses like 10.0.0.1,10.0.0.0/8`,
  );
  return false;
}
