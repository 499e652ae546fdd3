import { VigilError } from '@vigil/core';

/** What a client is told to wait before retrying while the store is unreachable, in seconds. */
export const STORE_RETRY_AFTER_SECONDS = 5;

/**
 * SQLSTATEs that mean "the database server is not there right now", not "this query is wrong":
 * the whole class 08 (connection exception), 57P01–57P03 (administrator or crash shutdown,
 * cannot connect now: starting up, shutting down, in recovery) and 53300 (too many connections).
 */
const OUTAGE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Socket errors on the way to the server. */
const OUTAGE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** What node-postgres says, without a code, when a connection dies or cannot be had in time. */
const OUTAGE_MESSAGES =
  /^(Connection terminated|Connection ended unexpectedly|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable|Client was closed and is not queryable)/;

/** True when `error` says the application store cannot be reached, rather than that a query failed. */
export function isStoreOutage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (OUTAGE_SQLSTATES.has(code) || code.startsWith('08') || OUTAGE_SOCKET_CODES.has(code))
      return true;
  }
  // Connecting to a name with several addresses (localhost: ::1 and 127.0.0.1) fails with one
  // error per address.
  if (error instanceof AggregateError && error.errors.some(isStoreOutage)) return true;
  return OUTAGE_MESSAGES.test(error.message);
}

/**
 * The one error every caller sees while PostgreSQL is down or restarting: the server answers it
 * with 503 and Retry-After, the CLI with exit code 2. The message names no host (the health
 * route is public); the cause, for the log, says what failed.
 */
export function storeUnavailableError(cause: unknown): VigilError {
  return new VigilError(
    'store.unavailable',
    'unavailable',
    'the application store (PostgreSQL) cannot be reached: check that the database server is ' +
      'running and that VIGIL_DATABASE_URL points at it. Vigil reconnects by itself once it is ' +
      `back; retry in ${STORE_RETRY_AFTER_SECONDS} seconds.`,
    { retryAfterSeconds: STORE_RETRY_AFTER_SECONDS },
    { cause },
  );
}

/** How long PostgreSQL may take, as the store was opened with (0: no limit). */
export interface StoreTimeouts {
  /** Server side: PostgreSQL cancels a statement that runs longer (`statement_timeout`). */
  statementTimeoutMs: number;
  /** Client side: pg gives up on a query with no answer this long (`query_timeout`). */
  queryTimeoutMs: number;
}

/** What node-postgres says when `query_timeout` passes without an answer. */
const QUERY_READ_TIMEOUT = 'Query read timeout';

/**
 * Which timeout `error` is, if any. 57014 (query_canceled) is also what an administrator's
 * pg_cancel_backend gives; only the statement timeout's own message counts, so a cancelled
 * query is not blamed on the store's settings.
 */
export function storeTimeoutKind(error: unknown): 'statement' | 'query' | null {
  if (!(error instanceof Error)) return null;
  if (error.message === QUERY_READ_TIMEOUT) return 'query';
  const code = (error as { code?: unknown }).code;
  if (code === '57014' && /statement timeout/.test(error.message)) return 'statement';
  return null;
}

/**
 * The error every caller sees when PostgreSQL is there but does not answer in time: a statement
 * cancelled by `statement_timeout` (overload, a lock held too long) or, worse, a connection that
 * hangs without closing (a stalled network, a frozen server), which only the client-side
 * `query_timeout` ends. Answered like an outage (503, Retry-After): waiting a little may help,
 * and a request never hangs.
 */
export function storeTimeoutError(
  cause: unknown,
  kind: 'statement' | 'query',
  timeouts: StoreTimeouts,
): VigilError {
  const what =
    kind === 'statement'
      ? `a query ran past the statement timeout of ${timeouts.statementTimeoutMs} ms ` +
        '(VIGIL_DATABASE_STATEMENT_TIMEOUT_MS) and PostgreSQL cancelled it: the database may be ' +
        'overloaded or a lock held too long'
      : `PostgreSQL did not answer a query within ${timeouts.queryTimeoutMs} ms ` +
        '(VIGIL_DATABASE_QUERY_TIMEOUT_MS) and the connection was dropped: the database server ' +
        'may be frozen or the network to it stalled';
  return new VigilError(
    'store.timeout',
    'unavailable',
    `the application store (PostgreSQL) timed out: ${what}. Retry in ${STORE_RETRY_AFTER_SECONDS} seconds.`,
    { retryAfterSeconds: STORE_RETRY_AFTER_SECONDS },
    { cause },
  );
}

/**
 * `error` as store.unavailable when it is an outage, as store.timeout when PostgreSQL did not
 * answer in time (given the timeouts the store runs with), unchanged otherwise.
 */
export function translateStoreError(error: unknown, timeouts?: StoreTimeouts): unknown {
  if (isStoreOutage(error)) return storeUnavailableError(error);
  const timeout = timeouts ? storeTimeoutKind(error) : null;
  return timeout ? storeTimeoutError(error, timeout, timeouts!) : error;
}
