import { setTimeout as sleep } from 'node:timers/promises';
import { VigilError, isVigilError } from '@vigil/core';
import {
  openStore,
  type AppStore,
  type OpenStoreHooks,
  type OpenStoreOptions,
} from './open-store.ts';
import { isStoreOutage } from './store-outage.ts';

export interface StartupWait {
  /** Give up after waiting this long in all (0: one attempt, as `openStore`). */
  maxWaitMs: number;
  /** Called (and awaited) before each wait, the first time after the first failed attempt. */
  onWaiting?: (wait: {
    attempt: number;
    waitedMs: number;
    nextInMs: number;
    cause: VigilError;
  }) => void | Promise<void>;
  /** Stops waiting (the process is being stopped): rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** The first retry comes quickly (a database started at the same moment), later ones less often. */
const FIRST_DELAY_MS = 500;
/** Never longer between attempts: the store is used within this long of being back. */
const MAX_DELAY_MS = 15_000;

/**
 * The delay before retry `attempt` (1-based): doubling from 0.5 s up to 15 s, each spread by
 * ±20 % so that several servers started together (a deployment rolled out while the database
 * restarts) do not knock on it in lockstep.
 */
export function startupBackoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * True when opening failed because PostgreSQL is not there yet (connection refused or timed out,
 * "the database system is starting up" 57P03, gone in the middle of migrating), so that trying
 * again may succeed. Wrong credentials, a missing database or a failed migration are not: they
 * need an operator.
 */
export function isTransientOpenFailure(error: unknown): error is VigilError {
  if (!isVigilError(error)) return false;
  if (error.code === 'store.unavailable') return true;
  return error.code === 'store.open_failed' && isStoreOutage(error.cause);
}

/**
 * `openStore`, waiting for a PostgreSQL that cannot be reached yet: a server started before its
 * database (a host booting, a compose or Kubernetes rollout, a failover in progress) retries with
 * backoff and migrates once the database answers, instead of exiting and relying on a
 * supervisor's restart loop. Gives up after `maxWaitMs` with the last cause; fails at once on
 * anything that waiting cannot fix.
 */
export async function openStoreWhenReachable(
  options: OpenStoreOptions,
  hooks: OpenStoreHooks,
  wait: StartupWait,
): Promise<AppStore> {
  const began = performance.now();
  for (let attempt = 1; ; attempt++) {
    wait.signal?.throwIfAborted();
    try {
      return await openStore(options, hooks);
    } catch (error) {
      if (options.kind !== 'postgres' || !isTransientOpenFailure(error)) throw error;
      const waitedMs = performance.now() - began;
      const leftMs = wait.maxWaitMs - waitedMs;
      if (leftMs <= 0) throw gaveUp(error, wait.maxWaitMs, attempt);
      const nextInMs = Math.min(leftMs, startupBackoffMs(attempt));
      await wait.onWaiting?.({ attempt, waitedMs, nextInMs, cause: error });
      await sleep(nextInMs, undefined, wait.signal ? { signal: wait.signal } : {}).catch(
        (error: unknown) => {
          throw wait.signal?.aborted ? wait.signal.reason : error;
        },
      );
    }
  }
}

function gaveUp(last: VigilError, maxWaitMs: number, attempts: number): VigilError {
  if (maxWaitMs === 0) return last;
  return new VigilError(
    'store.open_failed',
    'unavailable',
    `gave up waiting for the application store after ${Math.round(maxWaitMs / 1000)} s and ` +
      `${attempts} attempts (VIGIL_DATABASE_STARTUP_WAIT_SECONDS): ${last.message}`,
    undefined,
    { cause: last.cause ?? last },
  );
}
