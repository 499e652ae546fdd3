/**
 * What DuckDB itself needs on the same files, with nothing of Vigil's on top: the floor under
 * any ingest that keeps events in the analytics store. Two passes over each event log, both
 * with the options Vigil's ingest reads with (typed date, the same reader buffer, 2 threads):
 * - parse: count the rows and take the latest date, which reads, splits and dates every line but
 *   stores nothing;
 * - store: parse plus a table of the four columns every event must keep (its key for the answer
 *   key and the quarantine, who, when, where), into a database file as ingest does.
 * Printed beside the pipelines so that a speed target can be read against what the engine
 * allows on this machine.
 */
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOG_KINDS } from '@vigil/core';
import { openEventStore } from '@vigil/event-store';
import {
  CERT_TIMESTAMP,
  detectLogLayout,
  MAX_LINE_BYTES,
  READ_BUFFER_BYTES,
  readFirstLine,
} from '@vigil/ingest';

export interface EngineFloor {
  parseSeconds: number;
  storeSeconds: number;
}

export async function measureEngineFloor(data: string): Promise<EngineFloor> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'vigil-floor-'));
  // A bare database: the event store's own tables are not used, only its connection settings.
  const store = await openEventStore({ home: dir });
  let parseSeconds = 0;
  let storeSeconds = 0;
  try {
    for (const kind of LOG_KINDS) {
      const file = path.join(data, `${kind}.csv`);
      if (!existsSync(file)) continue;
      const layout = detectLogLayout(kind, file, await readFirstLine(file));
      const columns = layout.columns
        .map((c) => `'${c}': '${c === 'date' ? 'TIMESTAMP' : 'VARCHAR'}'`)
        .join(', ');
      const source = `read_csv('${file.replaceAll("'", "''")}', header = true, auto_detect = false,
        delim = ',', quote = '"', escape = '"', columns = {${columns}},
        timestampformat = '${CERT_TIMESTAMP}', ignore_errors = true,
        max_line_size = ${MAX_LINE_BYTES}, buffer_size = ${READ_BUFFER_BYTES})`;
      let t = performance.now();
      await store.all(`SELECT count(*) AS n, max(date) AS last FROM ${source}`);
      parseSeconds += (performance.now() - t) / 1000;
      t = performance.now();
      // Ids uncompressed, as in the event store (migration 6): compressing them costs the most.
      await store.run(`CREATE TABLE floor_${kind} (id VARCHAR USING COMPRESSION uncompressed,
        date TIMESTAMP, "user" VARCHAR, pc VARCHAR)`);
      await store.run(`INSERT INTO floor_${kind} SELECT id, date, "user", pc FROM ${source}`);
      await store.run('CHECKPOINT');
      storeSeconds += (performance.now() - t) / 1000;
    }
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { parseSeconds, storeSeconds };
}
