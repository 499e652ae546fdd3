import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '@vigil/store';
import { storeBackends } from '@vigil/store/testing';
import { connectEventStream, EventPublisher, streamSettingsFrom } from '@vigil/stream';
import { startNatsCluster, syntheticEvents, type NatsCluster } from '@vigil/stream/testing';
import { loadConfig } from '../config.ts';
import { startScoringWorker } from './start-scoring-worker.ts';

describe('a scoring worker process', () => {
  let cluster: NatsCluster;
  const root = mkdtempSync(path.join(os.tmpdir(), 'vigil-worker-'));
  beforeAll(async () => {
    cluster = await startNatsCluster(path.join(root, 'nats'), 1);
  });
  afterAll(async () => {
    await cluster?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it.each(storeBackends().map((b) => [b.name, b] as const))(
    'two workers turn streamed events into pseudonymous, audited alerts in one %s application store',
    async (_name, backend) => {
      const stream = streamSettingsFrom({
        VIGIL_NATS_URL: cluster.urls[0],
        VIGIL_STREAM_PARTITIONS: '4',
        VIGIL_STREAM: `WORKERS_${_name.toUpperCase()}`,
      });
      const connection = await connectEventStream(stream, 'test');
      const publisher = new EventPublisher(connection);
      const events = [...syntheticEvents({ users: 40, days: 25, events: 8_000, seed: 5 })];
      // One user suddenly active at night, mailing outside and copying to USB: something to alert on.
      for (let i = 0; i < 60; i++)
        events.push({
          kind: 'file',
          id: `{NIGHT-${i}}`,
          ts: `2026-01-27T02:${String(i % 60).padStart(2, '0')}:00Z`,
          user: 'U00007',
          pc: 'PC-0099',
          filename: `C:\\secret\\plan-${i}.docx`,
          activity: 'File Copy',
          to_removable_media: true,
          from_removable_media: false,
          content: '',
        });
      for (const e of events) await publisher.publish(e);
      await publisher.flush();
      await connection.close();

      const store = await backend.open();
      const scored: number[] = [];
      const workers = await Promise.all(
        [0, 1].map((index) =>
          startScoringWorker({
            config: loadConfig(
              {},
              { home: path.join(root, `${_name}-w${index}`), pseudonymKey: 'ab'.repeat(32) },
            ),
            stream,
            index,
            count: 2,
            store,
            log: () => {},
            onScored: (r) => scored.push(r.events),
          }),
        ),
      );
      expect(workers.map((w) => w.partitions)).toEqual([
        [0, 2],
        [1, 3],
      ]);
      const deadline = Date.now() + 60_000;
      while (workers.reduce((n, w) => n + w.worker.status().stored, 0) < events.length) {
        if (Date.now() > deadline) throw new Error('workers did not store the stream');
        await new Promise((r) => setTimeout(r, 100));
      }
      for (const w of workers) await w.stop();
      expect(workers.reduce((n, w) => n + (w.worker.status().lastScore?.events ?? 0), 0)).toBe(
        events.length,
      );

      try {
        const alerts = await store.db.selectFrom('alerts').selectAll().execute();
        expect(alerts.length).toBeGreaterThan(0);
        // Alerts name pseudonyms, never the account.
        expect(alerts.every((a) => !a.pseudonym.includes('U000'))).toBe(true);
        expect(alerts.some((a) => a.day === '2026-01-27')).toBe(true);
        const audit = await store.db
          .selectFrom('audit_log')
          .selectAll()
          .where('action', '=', 'alert.import')
          .execute();
        expect(new Set(audit.map((a) => a.actor))).toEqual(
          new Set(['system:worker-0', 'system:worker-1']),
        );
        expect((await verifyAuditLog(store)).ok).toBe(true);
      } finally {
        await backend.dispose(store);
      }
    },
  );
});
