import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VigilError, isVigilError } from '@vigil/core';
import { dropPostgresSchema } from './open-store.ts';
import {
  isTransientOpenFailure,
  openStoreWhenReachable,
  startupBackoffMs,
} from './open-store-when-reachable.ts';
import { startTcpProxy, type TcpProxy } from './testing/tcp-proxy.ts';

describe('startupBackoffMs', () => {
  it('doubles from half a second up to 15 s, spread by at most ±20 %', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((n) => startupBackoffMs(n, middle))).toEqual([
      500, 1000, 2000, 4000, 8000, 15000, 15000, 15000,
    ]);
    expect(startupBackoffMs(1, () => 0)).toBe(400);
    expect(startupBackoffMs(10, () => 1)).toBe(18000);
  });
});

describe('isTransientOpenFailure', () => {
  const openFailed = (cause: unknown) =>
    new VigilError('store.open_failed', 'unavailable', 'cannot reach', undefined, { cause });
  const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

  it('waits for a server that is down, starting up or gone mid-migration', () => {
    for (const error of [
      openFailed(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')),
      openFailed(withCode('the database system is starting up', '57P03')),
      openFailed(new Error('timeout exceeded when trying to connect')),
      new VigilError('store.unavailable', 'unavailable', 'down'),
    ])
      expect(isTransientOpenFailure(error), String(error.cause ?? error.message)).toBe(true);
  });

  it('does not wait for what only an operator can fix', () => {
    for (const error of [
      openFailed(withCode('password authentication failed for user "vigil"', '28P01')),
      openFailed(withCode('database "vigil" does not exist', '3D000')),
      new VigilError('store.migration_failed', 'internal', 'migration 002 failed'),
      new Error('ECONNREFUSED'),
    ])
      expect(isTransientOpenFailure(error), String(error.message)).toBe(false);
  });
});

// Against the test PostgreSQL through a proxy that can refuse or answer for it.
const url = process.env.VIGIL_TEST_DATABASE_URL;
describe.skipIf(!url && !process.env.CI)('opening a PostgreSQL store at start', () => {
  let proxy: TcpProxy;
  beforeAll(async () => {
    expect(url, 'VIGIL_TEST_DATABASE_URL (eval "$(bash .ci/postgres.sh)")').toBeTruthy();
    const target = new URL(url!);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  });
  afterAll(() => proxy?.close());

  const open = (
    maxWaitMs: number,
    notes: string[],
    options: { schema?: string; database?: string } = {},
  ) => {
    const target = new URL(proxy.urlFor(url!));
    if (options.database) target.pathname = `/${options.database}`;
    return openStoreWhenReachable(
      {
        kind: 'postgres',
        url: target.toString(),
        poolSize: 2,
        ...(options.schema ? { schema: options.schema } : {}),
      },
      {},
      {
        maxWaitMs,
        onWaiting: ({ attempt, cause }) => void notes.push(`${attempt}: ${cause.message}`),
      },
    );
  };

  it('waits while the server is starting up, then migrates and opens', async () => {
    // GIVEN a server that answers "starting up" (57P03), as PostgreSQL does during recovery
    await proxy.setMode({
      kind: 'reject',
      sqlstate: '57P03',
      message: 'the database system is starting up',
    });
    const notes: string[] = [];
    const schema = `t_${randomBytes(6).toString('hex')}`;
    // WHEN the store is opened with time to wait, and the server is ready after two attempts
    const opening = open(60_000, notes, { schema });
    while (notes.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    await proxy.setMode({ kind: 'forward' });
    const store = await opening;
    try {
      // THEN it retried, saying why, and the store is migrated and usable
      expect(notes[0]).toMatch(
        /^1: cannot reach PostgreSQL at .*the database system is starting up/,
      );
      const tables = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM information_schema.tables
        WHERE table_schema = ${schema} AND table_name = 'audit_log'`.execute(store.db);
      expect(tables.rows[0]!.n, 'migrated').toBe(1);
    } finally {
      await store.close();
      await dropPostgresSchema(url!, schema);
    }
  });

  it('gives up after the wait, with the cause', async () => {
    // GIVEN a server that stays down
    await proxy.setMode({ kind: 'refuse' });
    const notes: string[] = [];
    try {
      const failure = await open(1_000, notes).then(
        () => null,
        (error: unknown) => error,
      );
      // THEN it tried more than once, then failed naming the setting and the last cause
      expect(notes.length, 'attempts before giving up').toBeGreaterThan(0);
      expect(isVigilError(failure) && failure.code).toBe('store.open_failed');
      expect((failure as Error).message).toMatch(
        /gave up waiting .*VIGIL_DATABASE_STARTUP_WAIT_SECONDS.*ECONNREFUSED/,
      );
    } finally {
      await proxy.setMode({ kind: 'forward' });
    }
  });

  it('fails at once, without waiting, on a wrong password or database', async () => {
    // GIVEN an hour to wait: a retry would time the test out
    await proxy.setMode({
      kind: 'reject',
      sqlstate: '28P01',
      message: 'password authentication failed for user "postgres"',
    });
    const notes: string[] = [];
    try {
      const badPassword = await open(3_600_000, notes).then(
        () => null,
        (error: unknown) => error,
      );
      expect(isVigilError(badPassword) && badPassword.code).toBe('store.open_failed');
      expect((badPassword as Error).message).toMatch(
        /refused the password of role "postgres" \(28P01\): fix the password in VIGIL_DATABASE_URL/,
      );
    } finally {
      await proxy.setMode({ kind: 'forward' });
    }
    // AND a database that does not exist, from the real server
    const missing = await open(3_600_000, notes, { database: 'no_such_vigil_db' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect((missing as Error).message).toMatch(
      /database "no_such_vigil_db" does not exist .*3D000.*createdb no_such_vigil_db/,
    );
    expect(notes, 'never waited').toEqual([]);
  });
});
