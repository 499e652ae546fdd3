import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, verifyAuditLog } from '@vigil/store';
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

  it('turns streamed events into pseudonymous alerts in the application store, audited', async () => {
    const stream = streamSettingsFrom({
      VIGIL_NATS_URL: cluster.urls[0],
      VIGIL_STREAM_PARTITIONS: '4',
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

    const home = path.join(root, 'home');
    const config = loadConfig({}, { home, pseudonymKey: 'ab'.repeat(32) });
    const scored: number[] = [];
    const running = await startScoringWorker({
      config,
      stream,
      index: 0,
      count: 1,
      log: () => {},
      onScored: (r) => scored.push(r.events),
    });
    expect(running.partitions).toEqual([0, 1, 2, 3]);
    const deadline = Date.now() + 60_000;
    while (running.worker.status().stored < events.length) {
      if (Date.now() > deadline) throw new Error('worker did not store the stream');
      await new Promise((r) => setTimeout(r, 100));
    }
    await running.stop();
    expect(scored.at(-1)).toBe(events.length);

    const store = await openStore({ kind: 'sqlite', home });
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
      expect(audit.length).toBeGreaterThan(0);
      expect(audit[0]!.actor).toBe('system:worker-0');
      expect((await verifyAuditLog(store)).ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});
