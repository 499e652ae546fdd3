import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startPostgresCluster,
  startTcpProxy,
  type PostgresCluster,
  type TcpProxy,
} from '@vigil/store/testing';
import { startServer, type RunningServer } from './boot.ts';
import { loadConfig } from './config.ts';
import { ApiClient, createTestAccount, TEST_PASSWORD } from './testing/test-server.ts';
import { timedRequest, type Sample } from './testing/timed-request.ts';

/**
 * Fault test: the connections to PostgreSQL hang without closing (a TCP proxy in between stops
 * passing bytes but keeps every socket open: a stalled network, a frozen server or a half-dead
 * firewall). Nothing reports an error; only the query timeout ends a query. Every request must
 * still get an answer (503 store.timeout or store.unavailable, with Retry-After) in bounded time,
 * and once bytes flow again the same server process must answer 200 by itself.
 */

const STATEMENT_TIMEOUT_MS = 1_000;
const QUERY_TIMEOUT_MS = 2_000;
/**
 * The longest a request may take while the connections hang: a query on a pooled connection
 * waits the query timeout; one that needs a new connection waits the pool's connect timeout
 * (5 s); a request runs at most one of each before it fails. Plus slack for a loaded machine.
 */
const BOUND_MS = QUERY_TIMEOUT_MS + 5_000 + 3_000;
/** Requests are aborted (and fail the test) after this; the load stops by itself after LOAD_MAX_MS. */
const ABORT_MS = 30_000;
const LOAD_MAX_MS = 120_000;
const RECOVERY_MS = 20_000;

let cluster: PostgresCluster;
let proxy: TcpProxy;
let server: RunningServer;
let home: string;
let investigator: ApiClient;
const serverLog: string[] = [];

beforeAll(async () => {
  // GIVEN a server whose PostgreSQL is reached through a proxy that can stall every connection,
  // with a 1 s statement timeout and a 2 s query timeout
  cluster = await startPostgresCluster();
  const target = new URL(cluster.url);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-hang-'));
  const config = loadConfig({
    VIGIL_HOME: home,
    VIGIL_PORT: '0',
    VIGIL_PSEUDONYM_KEY: 'ab'.repeat(32),
    VIGIL_SCRYPT_LOG2N: '14',
    VIGIL_DATABASE_URL: proxy.urlFor(cluster.url),
    VIGIL_DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    VIGIL_DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
  });
  server = await startServer({ config, analytics: false, log: (m) => serverLog.push(m) });
  await createTestAccount(server.ctx.store, 'investigator', 0, config.scryptLog2N);
  investigator = new ApiClient(server.url);
  expect((await investigator.signIn('investigator', TEST_PASSWORD)).status).toBe(200);
  for (const title of ['one', 'two', 'three'])
    expect((await investigator.post('/api/cases', { title })).status).toBe(201);
});

afterAll(async () => {
  await proxy?.setMode({ kind: 'forward' });
  await server?.stop();
  await proxy?.close();
  await cluster?.destroy();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

/** `workers` loops reading the case list and the health route until `stop()`, bounded in time. */
function steadyLoad(client: ApiClient, workers: number) {
  const samples: Sample[] = [];
  /** When each worker's request under way started (undefined: none under way). */
  const inFlight: Array<number | undefined> = [];
  let stopped = false;
  const began = performance.now();
  const loop = async (worker: number) => {
    while (!stopped && performance.now() - began < LOAD_MAX_MS) {
      const route = worker % 2 === 0 ? '/api/cases' : '/api/health';
      inFlight[worker] = performance.now();
      const sample = await timedRequest(client, route, ABORT_MS);
      inFlight[worker] = undefined;
      samples.push(sample);
      await sleep(20);
    }
  };
  const running = Promise.all(Array.from({ length: workers }, (_, i) => loop(i)));
  return {
    samples,
    /** How long the oldest request still under way has waited (ms). */
    longestWaiting: () =>
      Math.max(0, ...inFlight.map((t) => (t === undefined ? 0 : performance.now() - t))),
    async stop() {
      stopped = true;
      await running;
    },
  };
}

const statuses = (samples: Sample[]) =>
  Object.entries(
    samples.reduce<Record<string, number>>((n, s) => {
      const key = `${s.status}${s.code ? ` ${s.code}` : ''}`;
      n[key] = (n[key] ?? 0) + 1;
      return n;
    }, {}),
  )
    .map(([k, v]) => `${k}: ${v}`)
    .sort()
    .join(', ');

describe('connections to PostgreSQL that hang without closing', () => {
  it('are answered 503 within the query timeout and recover when bytes flow again', async () => {
    const load = steadyLoad(investigator, 4);
    try {
      await sleep(1_500);
      const warm = [...load.samples];
      expect(warm.length, 'requests before the stall').toBeGreaterThan(10);
      expect(statuses(warm), 'before the stall').toBe(`200: ${warm.length}`);

      // WHEN every connection stalls
      const frozen = performance.now();
      await proxy.setMode({ kind: 'freeze' });
      await sleep(2 * BOUND_MS);
      const stalled = load.samples.filter((s) => s.start >= frozen);
      // Requests already under way when the bytes stopped hang on their pooled connections until
      // the query timeout, which names the stall a timeout. Whether any request started after
      // the freeze still finds such a connection idle is a race on a loaded machine: the pool
      // drops timed-out connections, and new ones fail to connect (store.unavailable).
      const caught = load.samples.filter((s) => s.start < frozen && s.end >= frozen);
      const waiting = load.longestWaiting();

      // THEN every request started during the stall was answered 503 with Retry-After, and the
      // stall was named as a timeout at least once (the pooled connections' queries)
      expect(stalled.length, 'requests answered during the stall').toBeGreaterThan(8);
      expect(waiting, 'no request still waits past the bound (ms)').toBeLessThan(BOUND_MS);
      const answers = statuses(stalled);
      expect(
        stalled.every((s) => s.status === 503),
        `during the stall: ${answers}`,
      ).toBe(true);
      expect(
        statuses([...caught, ...stalled]),
        'a hung query is a store.timeout (requests caught by the freeze, or started after it)',
      ).toMatch(/503 store\.timeout/);
      expect(
        stalled.every((s) => s.retryAfter === '5'),
        'every 503 says when to retry',
      ).toBe(true);
      const slowest = Math.max(...stalled.map((s) => s.end - s.start));
      expect(slowest, `slowest answer during the stall (ms); bound ${BOUND_MS}`).toBeLessThan(
        BOUND_MS,
      );

      // WHEN bytes flow again
      const thawed = performance.now();
      await proxy.setMode({ kind: 'forward' });
      let recovered: number | undefined;
      while (recovered === undefined && performance.now() - thawed < RECOVERY_MS) {
        await sleep(100);
        recovered = load.samples.find((s) => s.start >= thawed && s.status === 200)?.start;
      }
      // THEN the same process answers 200 again, and keeps doing so
      expect(recovered, `a 200 within ${RECOVERY_MS} ms of the network coming back`).toBeDefined();
      const settled = performance.now() + BOUND_MS;
      while (performance.now() < settled + 2_000) await sleep(100);
      await load.stop();
      const after = load.samples.filter((s) => s.start >= settled);
      expect(after.length, 'requests after recovery').toBeGreaterThan(5);
      expect(statuses(after), 'after recovery').toBe(`200: ${after.length}`);
      const write = await investigator.post('/api/cases', { title: 'after the stall' });
      expect(write.status, JSON.stringify(write.body)).toBe(201);
      const audit = await server.ctx.audit.verify();
      expect(audit.firstBreak, 'the audit chain survives the stall').toBeNull();

      // AND nothing failed otherwise, at any point
      const all = load.samples;
      expect(
        all.filter((s) => s.status !== 200 && s.status !== 503),
        `all requests: ${statuses(all)}`,
      ).toEqual([]);
      expect(
        serverLog.filter((l) => l.startsWith('internal error')),
        'errors the server could not classify',
      ).toEqual([]);
      console.info(
        `stall: ${all.length} requests (${statuses(all)}); slowest answer during the stall ` +
          `${Math.round(slowest)} ms; first 200 ${Math.round(recovered! - thawed)} ms after the network came back`,
      );
    } finally {
      await load.stop();
    }
  });
});
