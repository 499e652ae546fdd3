import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { VigilError } from '@vigil/core';
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
    };

export interface OpenStoreHooks {
  /** Where the store notes what it recovers from by itself (PostgreSQL closing connections). */
  log?: (message: string) => void;
}

/** Opens (and migrates) the store the options name. */
export async function openStore(
  options: OpenStoreOptions,
  hooks: OpenStoreHooks = {},
): Promise<AppStore> {
  const store =
    options.kind === 'sqlite' ? openSqlite(options.home) : await openPostgres(options, hooks);
  try {
    // Kysely finds its migration tables by name across schemas; naming the schema keeps two
    // stores in one database (parallel test runs) from seeing each other's.
    await migrate(store.db, options.kind === 'postgres' ? options.schema : undefined);
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
  options: {
    url: string;
    schema?: string;
    poolSize?: number;
  },
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
  const pool = createPostgresPool({
    url: options.url,
    max: options.poolSize ?? 10,
    schema: options.schema,
    log: hooks.log,
  });
  try {
    const client = await pool.connect();
    try {
      if (options.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw new VigilError(
      'store.open_failed',
      'unavailable',
      `cannot reach PostgreSQL at ${location}: ${(error as Error).message}. Check VIGIL_DATABASE_URL and that the server is running.`,
    );
  }
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: outageTranslatingPool(pool) }),
  });
  return { db, dialect: 'postgres', location, close: () => db.destroy() };
}

async function migrate(db: Kysely<Database>, schema: string | undefined): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
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
