import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './paths';
import { parseCodeList } from './modules/organizations/reference/code-list';
import { DEFAULT_REGIONS } from './modules/organizations/reference/regions';
import { DEFAULT_TOPICS } from './modules/organizations/reference/topics';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const int = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(4000, 0, 65535),
  /** The address people reach the service at; links in emails and calendar feeds start with it. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** With no URI the service starts an embedded database (a real mongod, else FerretDB) keeping its data under DATA_DIR. */
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
    .optional(),
  MONGODB_DB_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ and - only')
    .default('exchange'),
  DATA_DIR: z.string().min(1).default('./.data'),
  /** The built web portal (`npm run portal:build`) served at `/`; default portal/dist in the repository. */
  PORTAL_DIR: z.string().min(1).optional(),
  /** Where the embedded FerretDB binary is cached; built from the Go module proxy when missing. */
  FERRETDB_BIN: z.string().min(1).optional(),
  /** Forces the embedded server (no MONGODB_URI); unset: mongod when one can be had, else FerretDB. */
  EMBEDDED_DATABASE: z.enum(['mongodb', 'ferretdb'], { error: 'must be mongodb or ferretdb' }).optional(),
  /** How long the first start waits for MongoDB's download server before falling back to FerretDB. */
  EMBEDDED_MONGODB_DOWNLOAD_TIMEOUT_MS: int(5_000, 100, 120_000),
  /** The server-side time limit (maxTimeMS) of each query a request makes; jobs are not limited. */
  DB_QUERY_TIMEOUT_MS: int(30_000, 100, 600_000),
  RUN_WORKER: bool(true),
  TRUST_PROXY: bool(false),
  BODY_LIMIT_BYTES: int(1_000_000, 1_000, 50_000_000),
  SHUTDOWN_TIMEOUT_MS: int(10_000, 100, 120_000),
  DB_SERVER_SELECTION_TIMEOUT_MS: int(5_000, 100, 120_000),
  GRAPHQL_INTROSPECTION: bool(false).optional(),
  GRAPHQL_EXPLORER: bool(false).optional(),
  GRAPHQL_MAX_DEPTH: int(10, 2, 100),
  GRAPHQL_MAX_ALIASES: int(15, 1, 1_000),
  GRAPHQL_MAX_TOKENS: int(3_000, 100, 100_000),
  // graphql-armor's cost ignores `first`; a portal page of 50 workshops with sessions costs ~9,300.
  GRAPHQL_MAX_COST: int(25_000, 100, 1_000_000),
  GRAPHQL_MAX_DIRECTIVES: int(20, 1, 1_000),
  AGENDA_PROCESS_EVERY_MS: int(5_000, 50, 600_000),
  /** A job locked by a worker that died is free again after this long (at most; jobs may set less). */
  AGENDA_LOCK_LIFETIME_MS: int(600_000, 500, 3_600_000),
  /** How long a sign-in lasts; people on patchy connections should not sign in daily. */
  SESSION_TTL_HOURS: int(168, 1, 24 * 90),
  /** Failed or not, sign-in attempts per email in 15 minutes before RATE_LIMITED. */
  SIGN_IN_ATTEMPTS_PER_WINDOW: int(5, 1, 1_000),
  INVITATION_TTL_HOURS: int(168, 1, 24 * 60),
  /** Participants' personal data is anonymised this long after their workshop ends. */
  PARTICIPANT_RETENTION_MONTHS: int(24, 1, 240),
  /** smtp://user:pass@host:port or smtps://…; without it, development logs messages instead of sending. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  /** The From address of every email. */
  MAIL_FROM: z.string().min(3).max(320).default('Knowledge exchange <no-reply@localhost>'),
  /** Signs download and unsubscribe links (HMAC-SHA256); required in production, random per process otherwise. */
  LINK_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').max(512).optional(),
  /**
   * Keys the audit log's pseudonyms of people (HMAC-SHA256 of the email), so an erased person cannot
   * be re-identified by hashing guessed addresses. Default: derived from LINK_SIGNING_SECRET.
   */
  PSEUDONYM_SECRET: z.string().min(32, 'must be at least 32 characters').max(512).optional(),
  /** Default reminders before a workshop starts, in hours (a workshop may set its own). */
  REMINDER_HOURS_BEFORE: z
    .string()
    .regex(/^\d{1,4}(,\d{1,4}){0,4}$/, 'comma-separated whole hours, at most five')
    .default('168,24'),
  /** Coordinators of eligible groups without registrations are reminded this long before registration closes. */
  DEADLINE_REMINDER_HOURS: int(48, 1, 24 * 30),
  /** The follow-up with the workshop's materials goes this long after its end. */
  FOLLOW_UP_HOURS_AFTER: int(24, 0, 24 * 30),
  /** The Secretariat's daily digest goes at this hour of each recipient's own day. */
  DIGEST_LOCAL_HOUR: int(7, 0, 23),
  /** A send attempt not finished within this time is taken over by another worker (same Message-ID). */
  NOTIFICATION_SEND_LEASE_MS: int(600_000, 500, 3_600_000),
  /** Attempts before a delivery is marked failed (backoff doubles from 1 minute, capped at 1 hour). */
  NOTIFICATION_MAX_ATTEMPTS: int(10, 1, 50),
  /** Largest file `POST /files` accepts, in bytes (checked while streaming: 413 past it). */
  FILE_MAX_BYTES: int(200 * 1024 * 1024, 1, 2_000_000_000),
  /** How long a signed download link works. */
  FILE_LINK_TTL_MINUTES: int(60, 1, 60 * 24 * 14),
  /** Comma-separated region codes (default: the nine of DESIGN.md). */
  REGIONS: z.string().max(2_000).optional(),
  /** Comma-separated focus topic codes. */
  TOPICS: z.string().max(4_000).optional(),
  /** A cancelled workshop stays in calendar feeds (STATUS:CANCELLED) this long, then leaves. */
  CALENDAR_CANCELLED_RETENTION_DAYS: int(30, 0, 3_650),
  /** Workshops that ended longer ago than this leave the calendar feeds (keeps feeds bounded). */
  CALENDAR_HISTORY_DAYS: int(365, 1, 3_650),
  /** REFRESH-INTERVAL and X-PUBLISHED-TTL: how often calendar apps should poll. */
  CALENDAR_REFRESH_MINUTES: int(60, 5, 10_080),
  /** Megabytes of built VEVENT texts kept in memory per process (one per workshop revision and variant). */
  CALENDAR_EVENT_CACHE_MB: int(32, 0, 16_384),
  /** Megabytes of built feeds (gzipped) kept in memory per process (public, per region/topic, per person, per group). */
  CALENDAR_FEED_CACHE_MB: int(64, 0, 16_384),
});

export type Env = z.input<typeof envSchema>;

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string | undefined;
  logLevel: string;
  mongodbUri: string | undefined;
  mongodbDbName: string;
  dataDir: string;
  portalDir: string;
  ferretdbBin: string | undefined;
  embeddedDatabase: 'mongodb' | 'ferretdb' | undefined;
  embeddedMongodbDownloadTimeoutMs: number;
  dbQueryTimeoutMs: number;
  runWorker: boolean;
  trustProxy: boolean;
  bodyLimitBytes: number;
  shutdownTimeoutMs: number;
  dbServerSelectionTimeoutMs: number;
  graphql: {
    introspection: boolean;
    explorer: boolean;
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
    maxDirectives: number;
  };
  agendaProcessEveryMs: number;
  agendaLockLifetimeMs: number;
  sessionTtlMs: number;
  signInAttemptsPerWindow: number;
  invitationTtlMs: number;
  participantRetentionMonths: number;
  /** The key of audit pseudonyms (src/shared/pseudonym.ts). */
  pseudonymSecret: string;
  notifications: {
    smtpUrl: string | undefined;
    mailFrom: string;
    linkSigningSecret: string;
    reminderHoursBefore: number[];
    deadlineReminderHours: number;
    followUpHoursAfter: number;
    digestLocalHour: number;
    sendLeaseMs: number;
    maxAttempts: number;
  };
  regions: string[];
  topics: string[];
  calendar: {
    cancelledRetentionDays: number;
    historyDays: number;
    refreshMinutes: number;
    eventCacheBytes: number;
    feedCacheBytes: number;
  };
  files: {
    maxBytes: number;
    /** HMAC key of signed download links. */
    linkSecret: string;
    linkTtlMs: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment once at start-up; every problem is reported with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set": docker-compose and shells often pass VAR= through.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`));
  }
  const e = parsed.data;
  const lists: string[] = [];
  const codeList = (name: string, value: string | undefined, defaults: readonly string[]) => {
    try {
      return parseCodeList(value, defaults);
    } catch (err) {
      lists.push(`${name}: ${(err as Error).message}`);
      return [];
    }
  };
  const regions = codeList('REGIONS', e.REGIONS, DEFAULT_REGIONS);
  const topics = codeList('TOPICS', e.TOPICS, DEFAULT_TOPICS);
  const production = e.NODE_ENV === 'production';
  // A per-process key would make links from one api useless on another (and after a restart).
  if (production && !e.LINK_SIGNING_SECRET) lists.push('LINK_SIGNING_SECRET: required in production (32+ random characters)');
  if (lists.length > 0) throw new ConfigError(lists);
  // Outside production an unset secret is random per process: links then last until a restart.
  const linkSecret = e.LINK_SIGNING_SECRET ?? randomBytes(32).toString('base64url');
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    mongodbUri: e.MONGODB_URI,
    mongodbDbName: e.MONGODB_DB_NAME,
    dataDir: path.resolve(e.DATA_DIR),
    portalDir: e.PORTAL_DIR ? path.resolve(e.PORTAL_DIR) : path.join(projectRoot, 'portal', 'dist'),
    ferretdbBin: e.FERRETDB_BIN,
    embeddedDatabase: e.EMBEDDED_DATABASE,
    embeddedMongodbDownloadTimeoutMs: e.EMBEDDED_MONGODB_DOWNLOAD_TIMEOUT_MS,
    dbQueryTimeoutMs: e.DB_QUERY_TIMEOUT_MS,
    runWorker: e.RUN_WORKER,
    trustProxy: e.TRUST_PROXY,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    dbServerSelectionTimeoutMs: e.DB_SERVER_SELECTION_TIMEOUT_MS,
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION ?? !production,
      explorer: e.GRAPHQL_EXPLORER ?? !production,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxCost: e.GRAPHQL_MAX_COST,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
    },
    agendaProcessEveryMs: e.AGENDA_PROCESS_EVERY_MS,
    agendaLockLifetimeMs: e.AGENDA_LOCK_LIFETIME_MS,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    signInAttemptsPerWindow: e.SIGN_IN_ATTEMPTS_PER_WINDOW,
    invitationTtlMs: e.INVITATION_TTL_HOURS * 3_600_000,
    participantRetentionMonths: e.PARTICIPANT_RETENTION_MONTHS,
    pseudonymSecret: e.PSEUDONYM_SECRET ?? createHmac('sha256', linkSecret).update('audit-pseudonym').digest('base64url'),
    notifications: {
      smtpUrl: e.SMTP_URL,
      mailFrom: e.MAIL_FROM,
      linkSigningSecret: linkSecret,
      reminderHoursBefore: [...new Set(e.REMINDER_HOURS_BEFORE.split(',').map(Number))].sort((a, b) => b - a),
      deadlineReminderHours: e.DEADLINE_REMINDER_HOURS,
      followUpHoursAfter: e.FOLLOW_UP_HOURS_AFTER,
      digestLocalHour: e.DIGEST_LOCAL_HOUR,
      sendLeaseMs: e.NOTIFICATION_SEND_LEASE_MS,
      maxAttempts: e.NOTIFICATION_MAX_ATTEMPTS,
    },
    regions,
    topics,
    calendar: {
      cancelledRetentionDays: e.CALENDAR_CANCELLED_RETENTION_DAYS,
      historyDays: e.CALENDAR_HISTORY_DAYS,
      refreshMinutes: e.CALENDAR_REFRESH_MINUTES,
      eventCacheBytes: e.CALENDAR_EVENT_CACHE_MB * 1024 * 1024,
      feedCacheBytes: e.CALENDAR_FEED_CACHE_MB * 1024 * 1024,
    },
    files: {
      maxBytes: e.FILE_MAX_BYTES,
      linkSecret,
      linkTtlMs: e.FILE_LINK_TTL_MINUTES * 60_000,
    },
  };
}
