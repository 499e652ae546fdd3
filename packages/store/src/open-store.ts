import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { VigilError, isVigilError } from '@vigil/core';
import type { Database } from './database.ts';
import { migrationProvider } from './migrations/migration-provider.ts';
import { createPostgresPool, outageTranslatingPool } from './postgres-pool.ts';

export type StoreDialect = 'sqlite' | 'postgres';

/** The application store: one Kysely handle over SQLite or PostgreSQL, already migrated. */
export interface AppStore {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  /** A file path or a connection string with the password removed, for messages. */
  readonly location: string;
  close(): Promise<void>;
}

export type OpenStoreOptions =
  | {
      kind: 'sqlite';
      /** Vigil home: the store is `<home>/app.sqlite`; ':memory:' for throwaway stores. */ home: string;
    }
  | {
      kind: 'postgres';
      url: string;
      /** Keep every table in this schema (created if missing): lets test runs share one database. */
      schema?: string;
      poolSize?: number;
      /** PostgreSQL cancels a statement running longer (ms, 0: never). Default 15 s. */
      statementTimeoutMs?: number;
      /** The client gives up on a query with no answer this long (ms, 0: never). Default 20 s. */
      queryTimeoutMs?: number;
    };

/**
 * Long enough for any request's queries on a healthy database (the slowest, an audit
 * verification page of 2,000 rows, takes milliseconds), short enough that a request never
 * outlives a user's patience or a load balancer's timeout (commonly 30–60 s).
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;
/** A little above the statement timeout, so PostgreSQL's own cancel (a clean error) comes first. */
export const DEFAULT_QUERY_TIMEOUT_MS = 20_000;

export interface OpenStoreHooks {
  /** Where the store notes what it recovers from by itself (PostgreSQL closing connections). */
  log?: (message: string) => void;
}

/** Opens (and migrates) the store the options name. */
export async function openStore(
  options: OpenStoreOptions,
  hooks: OpenStoreHooks = {},
): Promise<AppStore> {
  if (options.kind === 'postgres') return openPostgres(options, hooks);
  const store = openSqlite(options.home);
  try {
    await migrate(store.db, undefined);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function openSqlite(home: string): AppStore {
  const file = home === ':memory:' ? ':memory:' : path.join(home, 'app.sqlite');
  if (file !== ':memory:') mkdirSync(home, { recursive: true });
  let database: SqliteDatabase.Database;
  try {
    database = new SqliteDatabase(file);
  } catch (error) {
    throw new VigilError(
      'store.open_failed',
      'unavailable',
      `cannot open the application store ${file}: ${(error as Error).message}`,
    );
  }
  // WAL lets readers proceed while one writer commits; foreign keys are off by default in SQLite.
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', location: file, close: () => db.destroy() };
}

async function openPostgres(
  options: Extract<OpenStoreOptions, { kind: 'postgres' }>,
  hooks: OpenStoreHooks,
): Promise<AppStore> {
  const location = redact(options.url);
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new VigilError(
      'store.bad_schema',
      'input',
      `PostgreSQL schema name "${options.schema}" must be lower-case letters, digits and _`,
    );
  }
  // Reaching the server, creating the schema and migrating run on a connection of their own
  // without the timeouts: a migration may wait for another instance's migration lock, or
  // rewrite a large table, for longer than any request should.
  const setup = createPostgresPool({
    url: options.url,
    max: 1,
    schema: options.schema,
    log: hooks.log,
  });
  try {
    try {
      const client = await setup.connect();
      try {
        if (options.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
      } finally {
        client.release();
      }
    } catch (error) {
      throw cannotConnect(error, options.url, location);
    }
    const setupDb = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: outageTranslatingPool(setup) }),
    });
    await migrate(setupDb, options.schema);
  } finally {
    await setup.end().catch(() => {});
  }
  const timeouts = {
    statementTimeoutMs: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
    queryTimeoutMs: options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
  };
  const pool = createPostgresPool({
    url: options.url,
    max: options.poolSize ?? 10,
    schema: options.schema,
    log: hooks.log,
    timeouts,
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: outageTranslatingPool(pool, timeouts) }),
  });
  return { db, dialect: 'postgres', location, close: () => db.destroy() };
}

/**
 * Why PostgreSQL could not be reached at open, as `store.open_failed` with pg's error as the
 * cause. Wrong credentials, a missing database or a refused role (SQLSTATE class 28, 3D000)
 * will not fix themselves and say exactly what to change; an outage (`isStoreOutage(cause)`) is
 * worth waiting for (`openStoreWhenReachable`).
 */
function cannotConnect(error: unknown, url: string, location: string): VigilError {
  const code = (error as { code?: unknown }).code;
  const message = (error as Error).message;
  let target: { user: string; database: string } = { user: '?', database: '?' };
  try {
    const u = new URL(url);
    target = {
      user: decodeURIComponent(u.username),
      database: decodeURIComponent(u.pathname.slice(1)),
    };
  } catch {
    // The URL was validated before; the message falls back to pg's own words.
  }
  const fix =
    code === '28P01'
      ? `PostgreSQL refused the password of role "${target.user}" (28P01): fix the password in VIGIL_DATABASE_URL`
      : code === '3D000'
        ? `database "${target.database}" does not exist on that server (3D000): create it (createdb ${target.database}) or fix the database name in VIGIL_DATABASE_URL`
        : typeof code === 'string' && code.startsWith('28')
          ? `PostgreSQL does not let role "${target.user}" connect (${code}: ${message}): check the role in VIGIL_DATABASE_URL and the server's pg_hba.conf`
          : `${message}. Check VIGIL_DATABASE_URL and that the server is running`;
  return new VigilError(
    'store.open_failed',
    'unavailable',
    `cannot reach PostgreSQL at ${location}: ${fix}.`,
    undefined,
    { cause: error },
  );
}

async function migrate(db: Kysely<Database>, schema: string | undefined): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    // PostgreSQL going away mid-migration is an outage, not a broken migration: the migration's
    // transaction rolled back and the next attempt starts it again.
    if (isVigilError(error) && error.code === 'store.unavailable') throw error;
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new VigilError(
      'store.migration_failed',
      'internal',
      `migration ${failed} failed: ${(error as Error).message}`,
    );
  }
}

/** Drops a schema made for a test run (PostgreSQL only). */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new VigilError('store.bad_schema', 'input', `bad schema name ${schema}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

/** Used by health checks: one round trip to the database. */
export async function pingStore(store: AppStore): Promise<void> {
  await sql`SELECT 1`.execute(store.db);
}
