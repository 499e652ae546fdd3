import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isVigilError } from '@vigil/core';
import { dropPostgresSchema, openStore } from './open-store.ts';
import { isStoreOutage, storeTimeoutKind, translateStoreError } from './store-outage.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isStoreOutage', () => {
  it('recognizes a server that is down, shutting down or unreachable', () => {
    for (const error of [
      withCode('terminating connection due to administrator command', '57P01'),
      withCode('terminating connection due to crash of another server process', '57P02'),
      withCode('the database system is shutting down', '57P03'),
      withCode('sorry, too many clients already', '53300'),
      withCode('connection failure', '08006'),
      withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      withCode('read ECONNRESET', 'ECONNRESET'),
      new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], ''),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
    ])
      expect(isStoreOutage(error), error.message).toBe(true);
  });

  it('leaves errors of the query itself alone', () => {
    for (const error of [
      withCode('syntax error at or near "SELEC"', '42601'),
      withCode('duplicate key value violates unique constraint', '23505'),
      withCode('relation "x" does not exist', '42P01'),
      withCode('canceling statement due to statement timeout', '57014'),
      new Error('no result'),
      'Connection terminated',
    ])
      expect(isStoreOutage(error), String(error)).toBe(false);
    const bug = new TypeError('x is undefined');
    expect(translateStoreError(bug), 'anything else passes through unchanged').toBe(bug);
  });
});

describe('storeTimeoutKind', () => {
  const timeouts = { statementTimeoutMs: 15_000, queryTimeoutMs: 20_000 };

  it("tells PostgreSQL's statement timeout from pg's client-side query timeout", () => {
    const statement = withCode('canceling statement due to statement timeout', '57014');
    const query = new Error('Query read timeout');
    expect(storeTimeoutKind(statement)).toBe('statement');
    expect(storeTimeoutKind(query)).toBe('query');
    for (const [error, setting] of [
      [statement, /statement timeout of 15000 ms.*VIGIL_DATABASE_STATEMENT_TIMEOUT_MS/],
      [query, /within 20000 ms.*VIGIL_DATABASE_QUERY_TIMEOUT_MS/],
    ] as const) {
      const translated = translateStoreError(error, timeouts);
      expect(isVigilError(translated) && translated.code, String(error)).toBe('store.timeout');
      expect((translated as Error).message, 'names the setting to change').toMatch(setting);
      expect((translated as { details?: unknown }).details).toEqual({ retryAfterSeconds: 5 });
    }
  });

  it("leaves an administrator's cancel and other errors alone", () => {
    const cancelled = withCode('canceling statement due to user request', '57014');
    expect(storeTimeoutKind(cancelled)).toBeNull();
    expect(translateStoreError(cancelled, timeouts)).toBe(cancelled);
    expect(storeTimeoutKind(new Error('no result'))).toBeNull();
  });
});

// PostgreSQL closing the store's connections (what a restart or failover does), for real. In CI
// PostgreSQL is required, as for every store test.
const url = process.env.VIGIL_TEST_DATABASE_URL;
describe.skipIf(!url && !process.env.CI)('a PostgreSQL store whose connections are closed', () => {
  it('keeps the process up, answers store.unavailable, and reconnects on the next query', async () => {
    expect(url, 'VIGIL_TEST_DATABASE_URL (eval "$(bash .ci/postgres.sh)")').toBeTruthy();
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const notes: string[] = [];
    const store = await openStore(
      { kind: 'postgres', url: url!, schema, poolSize: 2 },
      { log: (m) => notes.push(m) },
    );
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const backendPid = async (db = store.db) =>
      Number((await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db)).rows[0]!.pid);
    const terminate = (pid: number) => admin.query('SELECT pg_terminate_backend($1)', [pid]);
    try {
      // GIVEN an idle pooled connection that PostgreSQL then closes
      const idle = await backendPid();
      await terminate(idle);
      await sleep(200);
      // THEN the pool noted it, and the next query runs on a new connection
      expect(notes.join('\n')).toMatch(/closed an idle connection/);
      expect(await backendPid(), 'a new connection').not.toBe(idle);

      // GIVEN a connection closed in the middle of a transaction
      const failure = await store.db
        .transaction()
        .execute(async (trx) => {
          await terminate(await backendPid(trx));
          await sleep(200);
          await sql`SELECT 1`.execute(trx);
        })
        .then(
          () => null,
          (error: unknown) => error,
        );
      // THEN the transaction fails with the one outage error, and the store goes on
      expect(isVigilError(failure) && failure.code, String(failure)).toBe('store.unavailable');
      expect(await backendPid(), 'the store answers again').toBeGreaterThan(0);
    } finally {
      await admin.end();
      await store.close();
      await dropPostgresSchema(url!, schema);
    }
  });
});

describe.skipIf(!url && !process.env.CI)('a PostgreSQL store with timeouts', () => {
  it('cancels a statement past the statement timeout and goes on', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    // GIVEN a store whose statements may run 200 ms
    const store = await openStore({
      kind: 'postgres',
      url: url!,
      schema,
      poolSize: 1,
      statementTimeoutMs: 200,
      queryTimeoutMs: 10_000,
    });
    try {
      // WHEN a query runs longer
      const failure = await sql`SELECT pg_sleep(2)`.execute(store.db).then(
        () => null,
        (error: unknown) => error,
      );
      // THEN it fails with store.timeout, naming the setting, and the connection is still good
      expect(isVigilError(failure) && failure.code, String(failure)).toBe('store.timeout');
      expect((failure as Error).message).toMatch(/statement timeout of 200 ms/);
      const pid = async () =>
        (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(store.db)).rows[0]!.pid;
      expect(await pid(), 'the store answers again').toBeGreaterThan(0);
    } finally {
      await store.close();
      await dropPostgresSchema(url!, schema);
    }
  });

  it('gives up on a query with no answer, drops its connection, and rolls back at once', async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    // GIVEN a store that waits at most 300 ms for an answer, with no server-side limit (as when
    // the server is frozen or the network stalled: it never cancels anything itself)
    const store = await openStore({
      kind: 'postgres',
      url: url!,
      schema,
      poolSize: 1,
      statementTimeoutMs: 0,
      queryTimeoutMs: 300,
    });
    try {
      const pid = async () =>
        Number(
          (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(store.db)).rows[0]!
            .pid,
        );
      const before = await pid();
      // WHEN a transaction's query gets no answer in time
      const failure = await store.db
        .transaction()
        .execute(async (trx) => {
          await sql`SELECT pg_sleep(3)`.execute(trx);
        })
        .then(
          () => null,
          (error: unknown) => error,
        );
      // THEN it fails with store.timeout (the ROLLBACK on the same connection fails the same way
      // rather than waiting again), and the next query runs on a new connection
      expect(isVigilError(failure) && failure.code, String(failure)).toBe('store.timeout');
      expect((failure as Error).message).toMatch(/within 300 ms/);
      expect(await pid(), 'a new connection').not.toBe(before);
    } finally {
      await store.close();
      await dropPostgresSchema(url!, schema);
    }
  });
});
