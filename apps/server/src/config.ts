import path from 'node:path';
import { z } from 'zod';
import { inputError } from '@vigil/core';
import { DEFAULT_QUERY_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS } from '@vigil/store';

/**
 * Every server setting, read from the environment in this one place and validated at once:
 * a bad deployment fails at start with the full list of problems, not one per restart.
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | VIGIL_HOME | ./.vigil | where the SQLite application store, the DuckDB analytics store and the attribution store live |
 * | VIGIL_HOST | 127.0.0.1 | interface to listen on |
 * | VIGIL_PORT | 8080 | port (0: any free port) |
 * | VIGIL_DATABASE_URL | (unset: SQLite) | postgres://user:pass@host:port/db for the application store |
 * | VIGIL_DATABASE_STARTUP_WAIT_SECONDS | 300 | how long a starting server waits for an unreachable PostgreSQL (answering 503 meanwhile) before it exits; 0: exit at once |
 * | VIGIL_DATABASE_STATEMENT_TIMEOUT_MS | 15000 | PostgreSQL cancels a statement running longer (0: never) |
 * | VIGIL_DATABASE_QUERY_TIMEOUT_MS | 20000 | the server gives up on a query PostgreSQL has not answered and drops the connection (0: never); above the statement timeout |
 * | VIGIL_PUBLIC_URL | http://HOST:PORT | the URL users reach; https:// turns on Secure cookies |
 * | VIGIL_SESSION_HOURS | 8 | idle-independent session lifetime |
 * | VIGIL_LOGIN_MAX_FAILURES | 5 | consecutive failed logins before an account locks |
 * | VIGIL_LOCKOUT_MINUTES | 15 | how long a locked account stays locked |
 * | VIGIL_LOGIN_RATE_PER_MINUTE | 20 | login attempts per client address per minute |
 * | VIGIL_SCRYPT_LOG2N | 17 | scrypt cost for new password hashes (2^17 = 128 MiB per hash; values below 17 are for tests) |
 * | VIGIL_PSEUDONYM_KEY | (generated into VIGIL_HOME) | ≥ 32 hex characters keying the HMAC that turns staff ids into pseudonyms |
 * | VIGIL_SMTP_URL | (unset: e-mail disabled) | smtp://host:port for simulated-approach campaigns |
 * | VIGIL_MAIL_FROM | security-office@localhost | sender of campaign e-mail |
 * | VIGIL_DEBRIEF_DAYS | 14 | days after return by which a travel debrief is due |
 * | VIGIL_RETENTION | dismissed_alerts=365,tips=730,document_access=1825,closed_cases=3650,sessions=30 | days each record type is kept |
 */
export interface ServerConfig {
  home: string;
  host: string;
  port: number;
  databaseUrl: string | undefined;
  /** PostgreSQL only: see the table above. */
  databaseStartupWaitSeconds: number;
  databaseStatementTimeoutMs: number;
  databaseQueryTimeoutMs: number;
  publicUrl: string | undefined;
  secureCookies: boolean;
  sessionHours: number;
  loginMaxFailures: number;
  lockoutMinutes: number;
  loginRatePerMinute: number;
  scryptLog2N: number;
  pseudonymKey: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  debriefDays: number;
  retentionDays: RetentionDays;
}

export const RETENTION_TYPES = [
  'dismissed_alerts',
  'tips',
  'document_access',
  'closed_cases',
  'sessions',
] as const;
export type RetentionType = (typeof RETENTION_TYPES)[number];
export type RetentionDays = Record<RetentionType, number>;
const DEFAULT_RETENTION: RetentionDays = {
  dismissed_alerts: 365,
  tips: 730,
  document_access: 1825,
  closed_cases: 3650,
  sessions: 30,
};

const positiveInt = (min = 1, max = 1_000_000) =>
  z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const retention = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const out = { ...DEFAULT_RETENTION };
    if (!raw) return out;
    for (const part of raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [key, value] = part.split('=');
      if (!RETENTION_TYPES.includes(key as RetentionType)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown record type "${key}" (known: ${RETENTION_TYPES.join(', ')})`,
        });
        continue;
      }
      const days = Number(value);
      if (!Number.isInteger(days) || days < 1)
        ctx.addIssue({
          code: 'custom',
          message: `${key} needs a whole number of days ≥ 1, got "${value ?? ''}"`,
        });
      else out[key as RetentionType] = days;
    }
    return out;
  });

/** A database a few minutes late (a host booting, a failover) is worth waiting for; a day is not. */
const DEFAULT_STARTUP_WAIT_SECONDS = 300;

const environmentSchema = z
  .object({
    VIGIL_HOME: z.string().default('./.vigil'),
    VIGIL_HOST: z.string().min(1).default('127.0.0.1'),
    VIGIL_PORT: positiveInt(0, 65535).default(8080),
    VIGIL_DATABASE_URL: optionalText.refine(
      (v) => v === undefined || /^postgres(ql)?:\/\/.+/.test(v),
      'must be a postgres:// or postgresql:// URL',
    ),
    VIGIL_DATABASE_STARTUP_WAIT_SECONDS: positiveInt(0, 24 * 3600).default(
      DEFAULT_STARTUP_WAIT_SECONDS,
    ),
    VIGIL_DATABASE_STATEMENT_TIMEOUT_MS: positiveInt(0, 3_600_000).default(
      DEFAULT_STATEMENT_TIMEOUT_MS,
    ),
    VIGIL_DATABASE_QUERY_TIMEOUT_MS: positiveInt(0, 3_600_000).default(DEFAULT_QUERY_TIMEOUT_MS),
    VIGIL_PUBLIC_URL: optionalText.refine(
      (v) => v === undefined || /^https?:\/\/[^/]+/.test(v),
      'must be an http:// or https:// URL',
    ),
    VIGIL_SESSION_HOURS: positiveInt(1, 24 * 30).default(8),
    VIGIL_LOGIN_MAX_FAILURES: positiveInt(1, 100).default(5),
    VIGIL_LOCKOUT_MINUTES: positiveInt(1, 24 * 60).default(15),
    VIGIL_LOGIN_RATE_PER_MINUTE: positiveInt(1, 10_000).default(20),
    VIGIL_SCRYPT_LOG2N: positiveInt(10, 20).default(17),
    VIGIL_PSEUDONYM_KEY: optionalText.refine(
      (v) => v === undefined || /^[0-9a-fA-F]{32,}$/.test(v),
      'must be at least 32 hexadecimal characters',
    ),
    VIGIL_SMTP_URL: optionalText.refine(
      (v) => v === undefined || /^smtps?:\/\/[^/]+/.test(v),
      'must be an smtp:// or smtps:// URL',
    ),
    VIGIL_MAIL_FROM: z.email('must be an e-mail address').default('security-office@localhost'),
    VIGIL_DEBRIEF_DAYS: positiveInt(1, 365).default(14),
    VIGIL_RETENTION: retention,
  })
  // The client-side timeout must leave PostgreSQL time to cancel the statement itself: that
  // keeps the connection and gives the clearer error.
  .refine(
    (e) =>
      e.VIGIL_DATABASE_QUERY_TIMEOUT_MS === 0 ||
      e.VIGIL_DATABASE_STATEMENT_TIMEOUT_MS === 0 ||
      e.VIGIL_DATABASE_QUERY_TIMEOUT_MS > e.VIGIL_DATABASE_STATEMENT_TIMEOUT_MS,
    {
      path: ['VIGIL_DATABASE_QUERY_TIMEOUT_MS'],
      message: 'must be larger than VIGIL_DATABASE_STATEMENT_TIMEOUT_MS (or 0: no limit)',
    },
  );

/** Reads the configuration; `overrides` (from CLI flags or tests) win over the environment. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `  - ${i.path.join('.') || 'environment'}: ${i.message}`,
    );
    throw inputError(
      'config.invalid',
      `the server configuration has ${problems.length} problem(s):\n${problems.join('\n')}`,
      {
        problems: parsed.error.issues.map((i) => ({
          variable: i.path.join('.'),
          message: i.message,
        })),
      },
    );
  }
  const e = parsed.data;
  const config: ServerConfig = {
    home: path.resolve(e.VIGIL_HOME),
    host: e.VIGIL_HOST,
    port: e.VIGIL_PORT,
    databaseUrl: e.VIGIL_DATABASE_URL,
    databaseStartupWaitSeconds: e.VIGIL_DATABASE_STARTUP_WAIT_SECONDS,
    databaseStatementTimeoutMs: e.VIGIL_DATABASE_STATEMENT_TIMEOUT_MS,
    databaseQueryTimeoutMs: e.VIGIL_DATABASE_QUERY_TIMEOUT_MS,
    publicUrl: e.VIGIL_PUBLIC_URL,
    secureCookies: e.VIGIL_PUBLIC_URL?.startsWith('https://') ?? false,
    sessionHours: e.VIGIL_SESSION_HOURS,
    loginMaxFailures: e.VIGIL_LOGIN_MAX_FAILURES,
    lockoutMinutes: e.VIGIL_LOCKOUT_MINUTES,
    loginRatePerMinute: e.VIGIL_LOGIN_RATE_PER_MINUTE,
    scryptLog2N: e.VIGIL_SCRYPT_LOG2N,
    pseudonymKey: e.VIGIL_PSEUDONYM_KEY,
    smtpUrl: e.VIGIL_SMTP_URL,
    mailFrom: e.VIGIL_MAIL_FROM,
    debriefDays: e.VIGIL_DEBRIEF_DAYS,
    retentionDays: e.VIGIL_RETENTION,
  };
  return { ...config, ...overrides };
}
