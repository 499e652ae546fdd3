import { VigilError, isVigilError, type ErrorCategory } from '@vigil/core';
import type { ZodError, ZodType } from 'zod';
import { validationProblem } from './validation-problem.ts';

const STATUS_BY_CATEGORY: Record<ErrorCategory, number> = {
  input: 400,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};

/** Codes whose HTTP meaning is narrower than their category. */
const STATUS_BY_CODE: Record<string, number> = {
  'auth.unauthenticated': 401,
  'auth.bad_credentials': 401,
  'auth.rate_limited': 429,
  'auth.locked': 423,
  'request.too_large': 413,
};

export const unauthenticated = () =>
  new VigilError(
    'auth.unauthenticated',
    'forbidden',
    'sign in first: this route needs a session (POST /api/session)',
  );
export const forbidden = (what: string) =>
  new VigilError('auth.forbidden', 'forbidden', `your role may not ${what}`);
export const conflictError = (code: string, message: string) =>
  new VigilError(code, 'conflict', message);

/**
 * Turns a zod failure into one input error that names every bad field. `details.problems` says
 * what is wrong with each field in words a client can translate (validation-problem.ts); the
 * schema and the input sharpen that (a date field, a field left out) when the caller has them.
 */
export function validationError(
  where: 'body' | 'query' | 'path',
  error: ZodError,
  checked?: { schema: ZodType; input: unknown },
): VigilError {
  const problems = error.issues.map(
    (i) => `${i.path.length ? i.path.join('.') : where}: ${i.message}`,
  );
  return new VigilError(
    'request.invalid',
    'input',
    `invalid request ${where}: ${problems.join('; ')}`,
    {
      problems: error.issues.map((i) => validationProblem(i, checked?.schema, checked?.input)),
    },
  );
}

/**
 * An outage answers every request with the same 503: log it once per code every 10 s, with how
 * many were left out, instead of a line per request flooding the log while PostgreSQL restarts.
 */
const LOG_EVERY_MS = 10_000;
const lastLogged = new Map<string, { at: number; suppressed: number }>();
function shouldLog(code: string): boolean {
  const now = Date.now();
  const entry = lastLogged.get(code);
  if (entry && now - entry.at < LOG_EVERY_MS) {
    entry.suppressed++;
    return false;
  }
  lastLogged.set(code, { at: now, suppressed: entry?.suppressed ?? 0 });
  return true;
}
function suppressedNote(code: string): string {
  const entry = lastLogged.get(code);
  if (!entry || entry.suppressed === 0) return '';
  const note = ` (and ${entry.suppressed} more like it in the last ${LOG_EVERY_MS / 1000} s)`;
  entry.suppressed = 0;
  return note;
}

/** When a 503 does not say how long to wait: long enough not to hammer a restarting service. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

/**
 * The one place errors become responses. Known errors say what to fix; anything else is a bug,
 * logged with its stack and answered with a generic 500 that leaks nothing. A 503 (a store or
 * service that is down for now) carries Retry-After.
 */
export function errorResponse(
  error: unknown,
  log: (message: string) => void,
): {
  status: number;
  headers: Record<string, string>;
  body: { error: { code: string; message: string; details?: unknown } };
} {
  if (isVigilError(error)) {
    const status = STATUS_BY_CODE[error.code] ?? STATUS_BY_CATEGORY[error.category];
    if (status >= 500 && shouldLog(error.code))
      log(`${error.code}: ${error.message}${causeOf(error)}${suppressedNote(error.code)}`);
    const retryAfter = error.details?.retryAfterSeconds;
    return {
      status,
      headers:
        status === 503
          ? {
              'retry-after': String(
                typeof retryAfter === 'number' ? retryAfter : DEFAULT_RETRY_AFTER_SECONDS,
              ),
            }
          : {},
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.details ? { details: error.details } : {}),
        },
      },
    };
  }
  log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return {
    status: 500,
    headers: {},
    body: { error: { code: 'internal', message: 'internal error: the server logged the details' } },
  };
}

function causeOf(error: Error): string {
  return error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
}
