import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEventStore, type EventStore } from './event-store.ts';
import { EVENT_STORE_SCHEMA_VERSION } from './schema.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

async function idCodecs(store: EventStore, table: string): Promise<string[]> {
  await store.run('CHECKPOINT');
  const rows = await store.all<{ compression: string }>(
    `SELECT DISTINCT compression FROM pragma_storage_info('${table}') WHERE column_name = 'id' AND segment_type = 'VARCHAR'`,
  );
  return rows.map((r) => r.compression).sort();
}

describe('event store migrations', () => {
  it('rebuilds the event tables with uncompressed ids and keeps every stored event (5 → 6)', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'vigil-schema-'));
    folders.push(home);
    const old = await openEventStore({ home, schemaVersion: 5 });
    // Ids shaped like CERT's: a shared alphabet that FSST compresses, which is what v5 did.
    await old.run(
      `INSERT INTO http SELECT '{X1D9-S0ES98JV-' || lpad(i::VARCHAR, 8, '0') || '}', TIMESTAMP '2010-01-04 08:00:00' + INTERVAL (i) SECOND,
         'ABC0001', 'PC-0001', NULL, 'WWW Visit', 'example.com', NULL FROM range(60000) t(i)`,
    );
    await old.run(
      `INSERT INTO email SELECT 'mail-' || i, TIMESTAMP '2010-01-04 08:00:00', 'ABC0001', 'PC-0001', 'Send',
         'a@x.com', 'b@y.com', NULL, NULL, 100, 0, 0, NULL, 'hello' FROM range(10) t(i)`,
    );
    expect(await idCodecs(old, 'http')).not.toEqual(['Uncompressed']);
    old.close();

    const store = await openEventStore({ home });
    try {
      const version = await store.all<{ v: number }>(
        'SELECT max(version) AS v FROM schema_version',
      );
      expect(version[0]?.v).toBe(EVENT_STORE_SCHEMA_VERSION);
      const http = await store.all<{ n: bigint; hosts: bigint; last: string }>(
        `SELECT count(*) AS n, count(DISTINCT host) AS hosts, max(id) AS last FROM http`,
      );
      expect(http[0]).toEqual({ n: 60000n, hosts: 1n, last: '{X1D9-S0ES98JV-00059999}' });
      const mail = await store.all<{ content: string }>(`SELECT DISTINCT content FROM email`);
      expect(mail).toEqual([{ content: 'hello' }]);
      expect(await idCodecs(store, 'http')).toEqual(['Uncompressed']);
    } finally {
      store.close();
    }
  });
});
