import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgresCluster, type PostgresCluster } from '@vigil/store/testing';
import { startServer, type RunningServer } from './boot.ts';
import { loadConfig } from './config.ts';
import { ApiClient, createTestAccount, TEST_PASSWORD } from './testing/test-server.ts';

/**
 * Fault test: the server is started while its PostgreSQL is down (a host booting, a rollout
 * racing a database restart). It must not exit: it listens, answers every route 503
 * store.unavailable with Retry-After, retries with backoff, and once PostgreSQL is up it
 * migrates the empty database and serves, in the same process.
 */

/** PostgreSQL comes back after this; the server must be serving within READY_MS of that. */
const DOWN_MS = 6_000;
/** The backoff's longest step (15 s) plus a start and slack. */
const READY_MS = 30_000;

let cluster: PostgresCluster;
let home: string;
let server: RunningServer | undefined;
const serverLog: string[] = [];

beforeAll(async () => {
  // GIVEN a PostgreSQL of the test's own, empty (never migrated), and stopped
  cluster = await startPostgresCluster();
  await cluster.stop();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-startup-'));
});

afterAll(async () => {
  await server?.stop();
  await cluster?.destroy();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

describe('a server started before its PostgreSQL', () => {
  it('answers 503 while it waits, then migrates and serves without a restart', async () => {
    const config = loadConfig({
      VIGIL_HOME: home,
      VIGIL_PORT: '0',
      VIGIL_PSEUDONYM_KEY: 'ab'.repeat(32),
      VIGIL_SCRYPT_LOG2N: '14',
      VIGIL_DATABASE_URL: cluster.url,
      VIGIL_DATABASE_STARTUP_WAIT_SECONDS: '120',
    });
    let url: string | undefined;
    // WHEN the server starts
    const starting = startServer({
      config,
      analytics: false,
      log: (m) => serverLog.push(m),
      onListening: (u) => (url = u),
    });
    let failed: unknown;
    starting.catch((error: unknown) => (failed = error));
    const began = performance.now();
    while (!url && !failed && performance.now() - began < 10_000) await sleep(50);
    expect(failed, 'the start did not give up').toBeUndefined();
    expect(url, 'listening while it waits').toBeDefined();

    // THEN every route says the store is unavailable, with Retry-After
    const waiting = new ApiClient(url!);
    for (const request of [
      () => waiting.get('/api/health'),
      () => waiting.post('/api/session', { username: 'x', password: 'y' }),
      () => waiting.get('/api/cases'),
    ]) {
      const response = await request();
      expect(response.status, JSON.stringify(response.body)).toBe(503);
      expect(response.body.error.code).toBe('store.unavailable');
      expect(response.headers.get('retry-after')).toBe('5');
    }
    await sleep(DOWN_MS);
    expect(failed, 'still waiting').toBeUndefined();
    expect(
      serverLog.filter((l) => l.startsWith('waiting for the application store')).length,
      `retried with backoff: ${serverLog.join('\n')}`,
    ).toBeGreaterThan(2);
    expect(serverLog[0]).toMatch(/ECONNREFUSED/);

    // WHEN PostgreSQL starts
    await cluster.start();
    const up = performance.now();
    server = await Promise.race([
      starting,
      sleep(READY_MS).then(() => {
        throw new Error(`not serving ${READY_MS} ms after PostgreSQL started`);
      }),
    ]);
    const readyAfter = performance.now() - up;

    // THEN the same port serves the migrated store
    expect(server.url).toBe(url);
    const health = await waiting.get('/api/health');
    expect(health.status, JSON.stringify(health.body)).toBe(200);
    expect(health.body).toMatchObject({ ok: true, store: 'postgres' });
    await createTestAccount(server.ctx.store, 'investigator', 0, config.scryptLog2N);
    const investigator = new ApiClient(server.url);
    expect((await investigator.signIn('investigator', TEST_PASSWORD)).status).toBe(200);
    expect((await investigator.post('/api/cases', { title: 'first' })).status).toBe(201);
    expect(serverLog.at(-1)).toMatch(/^ready: http:\/\/127\.0\.0\.1:\d+ serves the API$/);
    console.info(
      `startup: ${serverLog.filter((l) => l.startsWith('waiting')).length} attempts while PostgreSQL was down; ` +
        `serving ${Math.round(readyAfter)} ms after it started`,
    );
  });
});
