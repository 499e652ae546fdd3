import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isVigilError } from '@vigil/core';
import { startTcpProxy, type TcpProxy } from '@vigil/store/testing';
import { startServer } from '../boot.ts';
import { loadConfig } from '../config.ts';

let home: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-startup-'));
});
afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

const configFor = (databaseUrl: string, env: Record<string, string> = {}) =>
  loadConfig({
    VIGIL_HOME: home,
    VIGIL_PORT: '0',
    VIGIL_PSEUDONYM_KEY: 'ab'.repeat(32),
    VIGIL_DATABASE_URL: databaseUrl,
    ...env,
  });

describe('a server started while PostgreSQL is down', () => {
  let down: TcpProxy;
  beforeAll(async () => {
    // A loopback port that refuses connections, as a stopped PostgreSQL's does.
    down = await startTcpProxy({ host: '127.0.0.1', port: 1 });
    await down.setMode({ kind: 'refuse' });
  });
  afterAll(() => down.close());
  const databaseUrl = () => `postgres://vigil:secret@127.0.0.1:${down.port}/vigil`;

  it('listens, answers every route 503 store.unavailable with Retry-After, and keeps waiting', async () => {
    const log: string[] = [];
    let url: string | undefined;
    const stopping = new AbortController();
    // WHEN the server starts with time to wait
    const starting = startServer({
      config: configFor(databaseUrl()),
      analytics: false,
      log: (m) => log.push(m),
      onListening: (u) => (url = u),
      signal: stopping.signal,
    });
    const outcome = starting.then(
      () => 'started',
      (error: unknown) => error,
    );
    while (!url && log.length < 50) await new Promise((resolve) => setTimeout(resolve, 20));
    try {
      // THEN the port answers, saying why it cannot serve yet, naming no host
      for (const route of ['/api/health', '/api/alerts', '/api/session']) {
        const response = await fetch(`${url}${route}`);
        expect(response.status, route).toBe(503);
        expect(response.headers.get('retry-after'), route).toBe('5');
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code, route).toBe('store.unavailable');
        expect(body.error.message).not.toContain('127.0.0.1');
      }
      // AND the log says what it waits for, with the cause and the limit
      expect(log[0]).toMatch(
        /^waiting for the application store: cannot reach PostgreSQL at postgres:\/\/vigil:\*\*\*@127\.0\.0\.1:\d+\/vigil: connect ECONNREFUSED.*\(attempt 1, next in \d+\.\d s, 0 s of 300 s waited; meanwhile http:\/\/127\.0\.0\.1:\d+ answers 503 store\.unavailable\)/,
      );
      expect(log.join('\n'), 'the password stays out of the log').not.toContain('secret');
    } finally {
      // WHEN it is stopped while waiting THEN the start fails and the port is closed
      stopping.abort(new Error('stopped'));
      expect(await outcome).toMatchObject({ message: 'stopped' });
    }
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });

  it('gives up after VIGIL_DATABASE_STARTUP_WAIT_SECONDS and closes the port', async () => {
    let url: string | undefined;
    const failure = await startServer({
      config: configFor(databaseUrl(), { VIGIL_DATABASE_STARTUP_WAIT_SECONDS: '1' }),
      analytics: false,
      log: () => {},
      onListening: (u) => (url = u),
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isVigilError(failure) && failure.code).toBe('store.open_failed');
    expect((failure as Error).message).toMatch(
      /gave up waiting for the application store after 1 s .*VIGIL_DATABASE_STARTUP_WAIT_SECONDS.*ECONNREFUSED/,
    );
    expect(url, 'it listened while waiting').toBeDefined();
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  });
});

const testDatabase = process.env.VIGIL_TEST_DATABASE_URL;
describe.skipIf(!testDatabase && !process.env.CI)('a server pointed at a wrong database', () => {
  it('fails at once with what to fix, without listening', async () => {
    expect(testDatabase, 'VIGIL_TEST_DATABASE_URL (eval "$(bash .ci/postgres.sh)")').toBeTruthy();
    const wrong = new URL(testDatabase!);
    wrong.pathname = '/no_such_vigil_db';
    let listened = false;
    // GIVEN an hour to wait: waiting at all would time the test out
    const failure = await startServer({
      config: configFor(wrong.toString(), { VIGIL_DATABASE_STARTUP_WAIT_SECONDS: '3600' }),
      analytics: false,
      log: () => {},
      onListening: () => (listened = true),
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect((failure as Error).message).toMatch(
      /database "no_such_vigil_db" does not exist on that server \(3D000\): create it/,
    );
    expect(listened).toBe(false);
  });
});
