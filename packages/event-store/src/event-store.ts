import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  DuckDBInstance,
  DuckDBTypeId,
  type DuckDBConnection,
  type DuckDBValue,
} from '@duckdb/node-api';
import { VigilError } from '@vigil/core';
import { migrateEventStore } from './schema.ts';

export type SqlParams = DuckDBValue[] | Record<string, DuckDBValue>;

/**
 * The analytics store: activity events, directory snapshots and context, and everything
 * derived from them (features, scores). Ingestion and analytics talk to it only through this
 * interface and its SQL, so a distributed engine that speaks the same SQL (MotherDuck, or a
 * DuckDB per partition as in the scale-out design) can replace the embedded file.
 */
export interface EventStore {
  readonly location: string;
  run(sql: string, params?: SqlParams): Promise<void>;
  /** Runs a data-changing statement and returns how many rows it changed. */
  runCounting(sql: string, params?: SqlParams): Promise<number>;
  all<T extends Record<string, unknown>>(sql: string, params?: SqlParams): Promise<T[]>;
  /** Column-wise result, for loading large numeric tables into typed arrays. */
  columns(sql: string, params?: SqlParams): Promise<Record<string, unknown[]>>;
  /**
   * Column-wise result read chunk by chunk straight from DuckDB's vectors: DOUBLE columns
   * become Float64Arrays (NULL as 0), everything else strings. Several times faster than
   * materializing JS values for hundreds of thousands of rows.
   */
  typedColumns(sql: string, params?: SqlParams): Promise<TypedColumns>;
  /**
   * How far the statement now running on this handle has got, in percent, when the engine can
   * tell (a scan of a file or table); undefined otherwise. Polled while a long load runs, to
   * show progress within a file of many gigabytes.
   */
  progress(): number | undefined;
  /** Runs `work` in one transaction: an interrupted import leaves nothing half-written. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** The underlying connection, for bulk appends. */
  readonly connection: DuckDBConnection;
  /**
   * A second handle on the same database over its own connection, for a concurrent user in the
   * same process (the API reading while a scoring worker writes): DuckDB isolates the two
   * connections' transactions. Closing it closes only that connection.
   */
  session(): Promise<EventStore>;
  close(): void;
}

export interface TypedColumns {
  rows: number;
  numbers: Record<string, Float64Array>;
  strings: Record<string, Array<string | null>>;
}

export interface OpenEventStoreOptions {
  /** Vigil home directory; the store is `<home>/analytics.duckdb`. Use ':memory:' for tests. */
  home: string;
  threads?: number;
  memoryLimit?: string;
  /** Schema version to migrate to; the current one unless a test opens an older store. */
  schemaVersion?: number;
}

export async function openEventStore(options: OpenEventStoreOptions): Promise<EventStore> {
  const file =
    options.home === ':memory:' ? ':memory:' : path.join(options.home, 'analytics.duckdb');
  if (file !== ':memory:') mkdirSync(options.home, { recursive: true });
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(file, {
      threads: String(options.threads ?? 2),
      memory_limit: options.memoryLimit ?? '3GB',
      preserve_insertion_order: 'false',
    });
  } catch (error) {
    throw new VigilError(
      'store.open_failed',
      'unavailable',
      `cannot open the analytics store at ${file}: ${(error as Error).message}. ` +
        'Is another vigil process using the same --home?',
    );
  }
  const store = overConnection(file, instance, await connectTracked(instance), () =>
    instance.closeSync(),
  );
  await migrateEventStore(store, options.schemaVersion);
  return store;
}

/**
 * A connection whose statements report their progress (`EventStore.progress`). DuckDB tracks it
 * only with its progress bar on; the bar itself is not printed: the CLI draws its own.
 */
async function connectTracked(instance: DuckDBInstance): Promise<DuckDBConnection> {
  const connection = await instance.connect();
  await connection.run('SET enable_progress_bar = true');
  await connection.run('SET enable_progress_bar_print = false');
  return connection;
}

function overConnection(
  file: string,
  instance: DuckDBInstance,
  connection: DuckDBConnection,
  onClose: () => void,
): EventStore {
  return {
    location: file,
    connection,
    async run(sql, params) {
      await connection.run(sql, params);
    },
    async runCounting(sql, params) {
      const result = await connection.run(sql, params);
      return Number(result.rowsChanged);
    },
    async all<T extends Record<string, unknown>>(sql: string, params?: SqlParams) {
      const reader = await connection.runAndReadAll(sql, params);
      return reader.getRowObjectsJS() as T[];
    },
    async columns(sql, params) {
      const reader = await connection.runAndReadAll(sql, params);
      return reader.getColumnsObjectJS() as Record<string, unknown[]>;
    },
    async typedColumns(sql, params) {
      const result = await connection.run(sql, params);
      const chunks = await result.fetchAllChunks();
      const rows = chunks.reduce((n, c) => n + c.rowCount, 0);
      const out: TypedColumns = { rows, numbers: {}, strings: {} };
      for (let c = 0; c < result.columnCount; c++) {
        const name = result.columnName(c);
        const isDouble = result.columnTypeId(c) === DuckDBTypeId.DOUBLE;
        const numbers = isDouble ? new Float64Array(rows) : undefined;
        const strings: Array<string | null> = isDouble ? [] : new Array(rows);
        let offset = 0;
        for (const chunk of chunks) {
          const vector = chunk.getColumnVector(c);
          const n = chunk.rowCount;
          if (numbers)
            for (let i = 0; i < n; i++)
              numbers[offset + i] = (vector.getItem(i) as number | null) ?? 0;
          else
            for (let i = 0; i < n; i++)
              strings[offset + i] =
                (vector.getItem(i) as { toString(): string } | null)?.toString() ?? null;
          offset += n;
        }
        if (numbers) out.numbers[name] = numbers;
        else out.strings[name] = strings;
      }
      return out;
    },
    progress() {
      const percentage = connection.progress.percentage;
      return percentage >= 0 ? percentage : undefined;
    },
    async transaction<T>(work: () => Promise<T>) {
      await connection.run('BEGIN TRANSACTION');
      try {
        const result = await work();
        await connection.run('COMMIT');
        return result;
      } catch (error) {
        await connection.run('ROLLBACK');
        throw error;
      }
    },
    async session() {
      return overConnection(file, instance, await connectTracked(instance), () => {});
    },
    close() {
      connection.closeSync();
      onClose();
    },
  };
}

/** Opens the store, runs `work` with it, and closes it however `work` ends. */
export async function withEventStore<T>(
  options: OpenEventStoreOptions,
  work: (store: EventStore) => Promise<T>,
): Promise<T> {
  const store = await openEventStore(options);
  try {
    return await work(store);
  } finally {
    store.close();
  }
}
