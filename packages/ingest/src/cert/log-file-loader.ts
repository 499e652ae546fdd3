import type { LogKind } from '@vigil/core';
import type { EventStore } from '@vigil/event-store';
import { ACTIVITY_VALUES, type LogLayout } from './log-layouts.ts';
import {
  downloadNamesTool,
  hostOf,
  inferredWebActivity,
  keptMailText,
  keptUrl,
  sqlString,
} from '../sql-literal.ts';

export interface LoadResult {
  accepted: number;
  duplicates: number;
  rejected: number;
}

export const CERT_TIMESTAMP = '%m/%d/%Y %H:%M:%S';
/** The longest line a log may hold (an e-mail with its whole body on one line). */
export const MAX_LINE_BYTES = 16 << 20;
/**
 * How much of the file each reader thread takes at a time. DuckDB's default is 16 lines of the
 * longest allowed length (256 MiB here), and at that size the two threads of this machine
 * parse an 8 GB web log in 11 s; at 64 MiB they take 6 s (bench/analytics.bench.ts).
 */
export const READ_BUFFER_BYTES = 64 << 20;

/** DuckDB column types per CERT column; typed parsing is where bad rows are caught. */
function columnType(kind: LogKind, column: string): string {
  switch (column) {
    case 'date':
      return 'TIMESTAMP';
    case 'activity':
      return `ENUM(${ACTIVITY_VALUES[kind].map(sqlString).join(', ')})`;
    case 'to_removable_media':
    case 'from_removable_media':
      return 'BOOLEAN';
    case 'size':
      return 'BIGINT';
    default:
      return 'VARCHAR';
  }
}

/** The projection from a parsed CERT row (alias `s`) onto the store's table of that kind. */
function projection(layout: LogLayout): string {
  const has = (c: string) => layout.columns.includes(c);
  switch (layout.kind) {
    case 'logon':
      return `s.id, s.date, s."user", s.pc, s.activity::VARCHAR`;
    case 'device':
      return `s.id, s.date, s."user", s.pc, s.activity::VARCHAR, ${has('file_tree') ? 's.file_tree' : 'NULL'}`;
    case 'file': {
      const header = has('content') ? `split_part(s.content, ' ', 1)` : 'NULL';
      const flag = (c: string) => (has(c) ? `coalesce(s.${c}, false)` : 'false');
      // r4.2 lists only copies to removable media; later releases say so per row.
      return has('activity')
        ? `s.id, s.date, s."user", s.pc, s.filename, s.activity::VARCHAR,
           ${flag('to_removable_media')}, ${flag('from_removable_media')}, ${header}`
        : `s.id, s.date, s."user", s.pc, s.filename, 'File Copy', true, false, ${header}`;
    }
    case 'email': {
      // r4.2 `attachments` is a count; later releases list `path(size);path(size)`. Most mail
      // has none, and testing for that first spares it the patterns.
      const list = has('attachments') ? `coalesce(s.attachments, '')` : `''`;
      const none = `${list} = ''`;
      return `s.id, s.date, s."user", s.pc, ${has('activity') ? 's.activity::VARCHAR' : `'Send'`}, s."from",
        s."to", s.cc, s.bcc, ${has('size') ? 'coalesce(s.size, 0)' : '0'},
        CASE WHEN ${none} THEN 0
             WHEN regexp_full_match(${list}, '\\s*\\d+\\s*') THEN trim(${list})::INTEGER
             WHEN trim(${list}) = '' THEN 0
             ELSE len(list_filter(string_split(${list}, ';'), x -> trim(x) <> '')) END,
        CASE WHEN ${none} THEN 0
             ELSE coalesce(list_sum(list_transform(regexp_extract_all(${list}, '\\((\\d+)\\)', 1), x -> x::BIGINT)), 0) END,
        CASE WHEN ${none} OR regexp_full_match(${list}, '\\s*\\d*\\s*') THEN NULL ELSE ${list} END,
        ${has('content') ? keptMailText('s.content', 's."from"', ['s."to"', 's.cc', 's.bcc'], has('activity') ? 's.activity::VARCHAR' : null) : 'NULL'}`;
    }
    case 'http': {
      // Column order of the table after migration 4: id, ts, user, pc, url, activity, host,
      // names_tool. Releases without activity get it from the URL.
      const activity = has('activity') ? 's.activity::VARCHAR' : inferredWebActivity('s.url');
      return `s.id, s.date, s."user", s.pc, ${keptUrl('s.url', activity)}, ${activity},
        ${hostOf('s.url')}, ${has('content') ? downloadNamesTool('s.content', activity) : 'NULL'}`;
    }
  }
}

/**
 * Loads one CERT log file into the store with DuckDB's parallel CSV reader. Rows that fail
 * to parse (wrong field count, bad date, bad activity, truncated line) are written to the
 * quarantine with file, line and reason instead of being dropped. Rows whose (kind, id) is
 * already stored are skipped, so re-ingesting a file adds nothing twice. The caller wraps the
 * call in a transaction.
 */
export async function loadLogFile(
  store: EventStore,
  file: string,
  layout: LogLayout,
  scanTag: string,
): Promise<LoadResult> {
  const columns = layout.columns
    .map((c) => `${sqlString(c)}: ${sqlString(columnType(layout.kind, c))}`)
    .join(', ');
  const rejects = `rejects_${scanTag}`;
  const source = `read_csv(${sqlString(file)}, header = true, auto_detect = false, delim = ',',
      quote = '"', escape = '"', columns = {${columns}}, timestampformat = '${CERT_TIMESTAMP}',
      store_rejects = true, rejects_table = '${rejects}', rejects_scan = '${rejects}_scan',
      strict_mode = true, max_line_size = ${MAX_LINE_BYTES}, buffer_size = ${READ_BUFFER_BYTES})`;
  const table = layout.kind;
  let accepted: number;
  let duplicates = 0;
  if ((await count(store, table)) === 0) {
    // Fresh table: stream straight from the file; nothing to de-duplicate against.
    accepted = await store.runCounting(
      `INSERT INTO ${table} SELECT ${projection(layout)} FROM ${source} s`,
    );
  } else {
    await store.run(
      `CREATE OR REPLACE TEMP TABLE staged AS SELECT ${projection(layout)} FROM ${source} s`,
    );
    const staged = await count(store, 'staged');
    accepted = await store.runCounting(
      `INSERT INTO ${table} SELECT * FROM staged s WHERE NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.id = s.id)`,
    );
    duplicates = staged - accepted;
    await store.run('DROP TABLE staged');
  }

  // One quarantine row per bad line, all of its problems in the reason.
  await store.run(
    `INSERT INTO quarantine
     SELECT ${sqlString(file)}, line, string_agg(DISTINCT reason, '; ' ORDER BY reason), any_value(csv_line)
     FROM (SELECT line, csv_line,
             CASE error_type
               WHEN 'CAST' THEN 'field ' || column_name || ': ' || error_message
               WHEN 'MISSING COLUMNS' THEN 'wrong field count (' || error_message || ')'
               WHEN 'TOO MANY COLUMNS' THEN 'wrong field count (' || error_message || ')'
               ELSE lower(error_type) || ': ' || error_message END AS reason
           FROM ${rejects}) r
     WHERE NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.file = ${sqlString(file)} AND q.line = r.line)
     GROUP BY line`,
  );
  const rejectedRows = await store.all<{ n: bigint }>(
    `SELECT count(DISTINCT line) AS n FROM ${rejects}`,
  );
  await store.run(`DROP TABLE IF EXISTS ${rejects}`);
  await store.run(`DROP TABLE IF EXISTS ${rejects}_scan`);
  return {
    accepted,
    duplicates,
    rejected: Number(rejectedRows[0]?.n ?? 0),
  };
}

async function count(store: EventStore, table: string): Promise<number> {
  const rows = await store.all<{ n: bigint }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]?.n ?? 0);
}
