import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '@vigil/store';
import { startPostgresCluster, type PostgresCluster } from '@vigil/store/testing';
import { startServer, type RunningServer } from './boot.ts';
import { loadConfig } from './config.ts';
import { scoredOrganization } from './testing/scored-organization.ts';
import { ApiClient, createTestAccount, TEST_PASSWORD } from './testing/test-server.ts';
import { timedRequest, type Sample } from './testing/timed-request.ts';

/**
 * Fault test (issue 5): PostgreSQL is stopped (`pg_ctl stop -m fast`, which terminates every
 * session with 57P01) and started again under a steady stream of signed-in requests. While it is
 * down the API must answer 503 store.unavailable with Retry-After, quickly, never 500 and never
 * hang; once it is back the same server process must answer 200 again by itself.
 */

/** A request slower than this counts as hung: the point of a 503 is to answer at once. */
const HANG_MS = 5_000;
/** Requests are aborted (and fail the test) after this; the load stops by itself after LOAD_MAX_MS. */
const ABORT_MS = 15_000;
const LOAD_MAX_MS = 150_000;
const RECOVERY_MS = 15_000;

let cluster: PostgresCluster;
let organization: Awaited<ReturnType<typeof scoredOrganization>>;
let server: RunningServer;
let home: string;
const serverLog: string[] = [];
const clients = {} as Record<'analyst' | 'investigator', ApiClient>;

beforeAll(async () => {
  // GIVEN a server whose application store is a PostgreSQL cluster of the test's own, opened
  // from VIGIL_DATABASE_URL as in production, with an alert queue to read
  cluster = await startPostgresCluster();
  organization = await scoredOrganization();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-outage-'));
  const config = loadConfig({
    VIGIL_HOME: home,
    VIGIL_PORT: '0',
    VIGIL_PSEUDONYM_KEY: 'ab'.repeat(32),
    VIGIL_SCRYPT_LOG2N: '14',
    VIGIL_DATABASE_URL: cluster.url,
  });
  server = await startServer({
    config,
    analytics: organization.events,
    log: (m) => serverLog.push(m),
  });
  for (const [i, role] of (['analyst', 'investigator'] as const).entries()) {
    await createTestAccount(server.ctx.store, role, i, config.scryptLog2N);
    const client = new ApiClient(server.url);
    expect((await client.signIn(role, TEST_PASSWORD)).status, `${role} signs in`).toBe(200);
    clients[role] = client;
  }
  const imported = await clients.analyst.post('/api/alerts/import', {});
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
  expect(imported.body.imported, 'alerts in the queue').toBeGreaterThan(0);
});

afterAll(async () => {
  await server?.stop();
  organization?.dispose();
  await cluster?.destroy();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

/** `workers` loops reading the alert queue as the analyst until `stop()`, bounded in time. */
function steadyLoad(client: ApiClient, workers: number) {
  const samples: Sample[] = [];
  let stopped = false;
  const began = performance.now();
  const loop = async () => {
    while (!stopped && performance.now() - began < LOAD_MAX_MS) {
      const sample = await timedRequest(client, '/api/alerts?limit=50', ABORT_MS);
      samples.push(sample);
      await sleep(10);
    }
  };
  const running = Promise.all(Array.from({ length: workers }, loop));
  return {
    samples,
    async stop() {
      stopped = true;
      await running;
    },
  };
}

const since = (samples: Sample[], from: number, to = Infinity) =>
  samples.filter((s) => s.start >= from && s.end <= to);
const statuses = (samples: Sample[]) =>
  Object.entries(
    samples.reduce<Record<string, number>>((n, s) => {
      const key = `${s.status}${s.code ? ` ${s.code}` : ''}`;
      n[key] = (n[key] ?? 0) + 1;
      return n;
    }, {}),
  )
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');

describe('PostgreSQL restarted under load', () => {
  it('answers 503 store.unavailable while it is down and recovers by itself', async () => {
    const load = steadyLoad(clients.analyst, 3);
    try {
      // Steady state
      await sleep(2_000);
      const warm = [...load.samples];
      expect(warm.length, 'requests before the outage').toBeGreaterThan(10);
      expect(statuses(warm), 'before the outage').toBe(`200: ${warm.length}`);

      // WHEN PostgreSQL stops
      const stopping = performance.now();
      await cluster.stop();
      const stopped = performance.now();
      await sleep(3_000);

      // THEN the API says so at once, on every route that needs the store
      const health = await clients.analyst.get('/api/health');
      expect(health.status, 'health while the store is down').toBe(503);
      expect(health.body.error.code).toBe('store.unavailable');
      const write = await clients.investigator.post('/api/cases', { title: 'during the outage' });
      expect(write.status, `a change while the store is down: ${JSON.stringify(write.body)}`).toBe(
        503,
      );
      expect(write.body.error.message, 'the message tells an operator what to check').toMatch(
        /PostgreSQL.*running.*VIGIL_DATABASE_URL/,
      );
      expect(write.headers.get('retry-after')).toBe('5');
      const down = since(load.samples, stopped);
      expect(down.length, 'requests while the store was down').toBeGreaterThan(20);
      expect(statuses(down), 'while the store is down').toBe(
        `503 store.unavailable: ${down.length}`,
      );
      expect(
        down.every((s) => s.retryAfter === '5'),
        'every 503 says when to retry',
      ).toBe(true);

      // WHEN PostgreSQL is back
      const starting = performance.now();
      await cluster.start();
      const started = performance.now();
      let recovered: number | undefined;
      while (recovered === undefined && performance.now() - started < RECOVERY_MS) {
        await sleep(100);
        recovered = load.samples.find((s) => s.start >= started && s.status === 200)?.start;
      }
      // THEN the same server process answers again, without a restart
      expect(recovered, `a 200 within ${RECOVERY_MS} ms of PostgreSQL being back`).toBeDefined();
      await sleep(2_000);
      await load.stop();
      const after = since(load.samples, recovered!);
      expect(statuses(after), 'every request once the first one succeeded again').toBe(
        `200: ${after.length}`,
      );
      const healthAfter = await clients.analyst.get('/api/health');
      expect(healthAfter.status).toBe(200);
      expect(healthAfter.body).toMatchObject({ ok: true, store: 'postgres' });
      const writeAfter = await clients.investigator.post('/api/cases', { title: 'after it' });
      expect(writeAfter.status, JSON.stringify(writeAfter.body)).toBe(201);
      const audit = await verifyAuditLog(server.ctx.store);
      expect(audit.firstBreak, 'the audit chain survives the outage').toBeNull();

      // AND no request failed otherwise or hung, at any point
      const all = load.samples;
      const unexpected = all.filter((s) => s.status !== 200 && s.status !== 503);
      expect(unexpected, `all requests: ${statuses(all)}`).toEqual([]);
      const slowest = Math.max(...all.map((s) => s.end - s.start));
      expect(slowest, 'slowest request (ms)').toBeLessThan(HANG_MS);
      expect(
        serverLog.filter((l) => l.startsWith('internal error')),
        'errors the server could not classify',
      ).toEqual([]);
      console.info(
        `outage: ${all.length} requests (${statuses(all)}); stop took ${Math.round(stopped - stopping)} ms, ` +
          `start ${Math.round(started - starting)} ms; first 200 ${Math.round(recovered! - started)} ms after start; ` +
          `slowest request ${Math.round(slowest)} ms`,
      );
    } finally {
      await load.stop();
    }
  });
});
