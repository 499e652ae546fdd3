import type { PostgresPool, PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { storeTimeoutKind, translateStoreError, type StoreTimeouts } from './store-outage.ts';

export interface PostgresPoolOptions {
  url: string;
  max: number;
  /** Every statement of a connection runs with this search_path (test runs share a database). */
  schema?: string;
  /** Where to note connections that PostgreSQL closed while they sat idle in the pool. */
  log?: (message: string) => void;
  /** Both 0 (off) when not given: migrations run on such a pool. */
  timeouts?: StoreTimeouts;
}

/**
 * A pg Pool that outlives PostgreSQL restarts. A restart, failover or `pg_terminate_backend`
 * closes pooled connections: pg reports one that dies while idle as an 'error' event on the
 * pool, and one that dies while checked out as an 'error' event on the client. With no listener
 * Node treats either as an uncaught exception and the whole server exits, so both get one here.
 * The pool has already dropped an idle client that died, and drops a checked-out one when it is
 * released (pg marks it not queryable); the next query opens a fresh connection, so nothing has
 * to be restarted when PostgreSQL is back.
 */
export function createPostgresPool(options: PostgresPoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max,
    // Fail a request fast while the server is down instead of queueing it for the client's
    // whole timeout: refused connections already fail at once, this bounds a silent network.
    connectionTimeoutMillis: 5000,
    // A slow statement is cancelled by PostgreSQL itself; a connection that hangs without
    // closing (stalled network, frozen server) never answers, so only the client can end it.
    ...(options.timeouts?.statementTimeoutMs
      ? { statement_timeout: options.timeouts.statementTimeoutMs }
      : {}),
    ...(options.timeouts?.queryTimeoutMs ? { query_timeout: options.timeouts.queryTimeoutMs } : {}),
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  pool.on('error', (error) =>
    options.log?.(
      `application store: PostgreSQL closed an idle connection (${error.message}); the next query opens a new one`,
    ),
  );
  pool.on('connect', (client) =>
    client.on('error', () => {
      // The query under way (if any) fails with the same error and is answered from there.
    }),
  );
  return pool;
}

/**
 * The pool as Kysely sees it, with every failure that means "PostgreSQL cannot be reached"
 * turned into the one `store.unavailable` error, and every timeout into `store.timeout`, so no
 * route or package has to recognize pg's error codes.
 *
 * A connection whose query hit the client-side timeout is still waiting for that answer: pg
 * would queue every later query behind it forever. It is marked broken: what Kysely sends on
 * it next (the ROLLBACK of the transaction) fails at once with the same error instead of
 * waiting out the timeout again, and releasing it makes the pool destroy the socket.
 */
export function outageTranslatingPool(pool: pg.Pool, timeouts?: StoreTimeouts): PostgresPool {
  // Kysely keys its connection objects by client: hand back the same wrapper for a client.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    let broken: unknown = null;
    const query = (sqlOrCursor: unknown, parameters?: ReadonlyArray<unknown>) => {
      // A cursor (streaming) is returned as is; its reads fail with pg's own errors.
      if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as never);
      if (broken) return Promise.reject(broken);
      return client.query(sqlOrCursor, parameters as unknown[]).catch((error: unknown) => {
        const translated = translateStoreError(error, timeouts);
        if (storeTimeoutKind(error) === 'query') broken = translated;
        throw translated;
      });
    };
    return {
      query: query as unknown as PostgresPoolClient['query'],
      // Looked up at call time: the pool gives the client a new release function per checkout.
      // Released with an error, the pool ends the client, which destroys a socket that still has
      // a query outstanding.
      release: () => client.release(broken ? (broken as Error) : undefined),
    };
  };
  return {
    async connect() {
      let client: pg.PoolClient;
      try {
        client = await pool.connect();
      } catch (error) {
        throw translateStoreError(error, timeouts);
      }
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = wrap(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}
