import type { EventStore } from './event-store.ts';

/**
 * Appends text rows to `table` through a VARCHAR staging table and DuckDB's appender, then
 * copies them over with `selectList` (casts, defaults) and `INSERT OR IGNORE`, so rows whose
 * key is already stored are not added twice. Returns how many rows were new.
 */
export async function insertTextRows(
  store: EventStore,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | null>>,
  selectList = columns.map((c) => `"${c}"`).join(', '),
  /** For tables without a primary key: skip rows whose value in this column is stored. */
  dedupeOn?: string,
): Promise<number> {
  if (rows.length === 0) return 0;
  const staging = `staging_${table}`;
  await store.run(
    `CREATE OR REPLACE TEMP TABLE ${staging} (${columns.map((c) => `"${c}" VARCHAR`).join(', ')})`,
  );
  const appender = await store.connection.createAppender(staging, 'main', 'temp');
  for (const row of rows) {
    for (const value of row) {
      if (value === null) appender.appendNull();
      else appender.appendVarchar(value);
    }
    appender.endRow();
  }
  appender.closeSync();
  const added = await store.runCounting(
    dedupeOn
      ? `INSERT INTO ${table} SELECT ${selectList} FROM ${staging} s
         WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t."${dedupeOn}" = s."${dedupeOn}")
         QUALIFY row_number() OVER (PARTITION BY s."${dedupeOn}") = 1`
      : `INSERT OR IGNORE INTO ${table} SELECT ${selectList} FROM ${staging}`,
  );
  await store.run(`DROP TABLE ${staging}`);
  return added;
}
