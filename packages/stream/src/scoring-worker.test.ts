import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { connectEventStream, type EventStreamConnection } from './event-stream.ts';
import { EventPublisher } from './event-publisher.ts';
import { ownedPartitions, partitionOf } from './partitions.ts';
import { consumerNameOf, ScoringWorker } from './scoring-worker.ts';
import { streamSettingsFrom } from './stream-settings.ts';
import { startNatsCluster, type NatsCluster } from './testing/nats-cluster.ts';
import { syntheticEvents } from './testing/synthetic-events.ts';

describe('scoring workers on a JetStream stream', () => {
  let cluster: NatsCluster;
  let connection: EventStreamConnection;
  let natsDir: string | undefined;
  const settings = () =>
    streamSettingsFrom({ VIGIL_NATS_URL: cluster.urls.join(','), VIGIL_STREAM_PARTITIONS: '8' });

  beforeAll(async () => {
    natsDir = mkdtempSync(path.join(os.tmpdir(), 'vigil-nats-'));
    cluster = await startNatsCluster(natsDir, 1);
    connection = await connectEventStream(settings(), 'test');
  });
  afterAll(async () => {
    await connection?.close();
    await cluster?.stop();
    if (natsDir) rmSync(natsDir, { recursive: true, force: true });
  });

  it('stores every event exactly once across workers, each user in one worker, bad messages quarantined', async () => {
    const events = [...syntheticEvents({ users: 60, days: 20, events: 6_000, seed: 3 })];
    const publisher = new EventPublisher(connection);
    for (const e of events) await publisher.publish(e);
    // A collector restarted mid-file re-sends what it had sent: the stream drops the copies.
    for (const e of events.slice(0, 500)) await publisher.publish(e);
    const stats = await publisher.flush();
    expect(stats.published).toBe(events.length);
    expect(stats.duplicates).toBe(500);
    connection.nc.publish('vigil.events.3', new TextEncoder().encode('{"kind":"logon","id":"x"}'));
    await connection.nc.jetstream().publish('vigil.events.3', new TextEncoder().encode('not json'));

    const stores: EventStore[] = [];
    const workers: ScoringWorker[] = [];
    for (let w = 0; w < 2; w++) {
      const store = await openEventStore({ home: ':memory:' });
      stores.push(store);
      const worker = new ScoringWorker({
        connection,
        store,
        partitions: ownedPartitions(w, 2, 8),
        batchSize: 700,
        scoreAfterIdleMs: 60_000,
      });
      workers.push(worker);
      await worker.start();
    }
    // Wait until the consumers have nothing left to hand out, then stop (which scores).
    const deadline = Date.now() + 60_000;
    while (
      workers.reduce((n, w) => n + w.status().stored + w.status().rejected, 0) <
      events.length + 1
    ) {
      if (Date.now() > deadline) throw new Error('workers did not drain the stream');
      await new Promise((r) => setTimeout(r, 100));
    }
    await Promise.all(workers.map((w) => w.stop()));
    // Everything delivered was acknowledged: nothing will come back.
    for (let p = 0; p < 8; p++) {
      const info = await connection.jsm.consumers.info(
        connection.settings.stream,
        consumerNameOf(p),
      );
      expect(info.num_ack_pending, `partition ${p}`).toBe(0);
      expect(info.num_pending).toBe(0);
    }

    const expectedPerUserDay = new Map<string, number>();
    for (const e of events) {
      const key = `${e.user}|${e.ts.slice(0, 10)}`;
      expectedPerUserDay.set(key, (expectedPerUserDay.get(key) ?? 0) + 1);
    }
    const seen = new Map<string, number>();
    for (const [w, store] of stores.entries()) {
      const rows = await store.all<{ user: string; day: string; events: number }>(
        `SELECT "user", strftime(day, '%Y-%m-%d') AS day, events::DOUBLE AS events FROM user_day`,
      );
      for (const r of rows) {
        expect(seen.has(`${r.user}|${r.day}`)).toBe(false);
        seen.set(`${r.user}|${r.day}`, r.events);
        // Every user this worker scored hashes to a partition it owns.
        expect(ownedPartitions(w, 2, 8)).toContain(partitionOf(r.user, 8));
      }
      const scored = await store.all<{ n: bigint }>(`SELECT count(*) AS n FROM user_day_score`);
      expect(Number(scored[0]!.n)).toBe(rows.length);
    }
    expect(seen).toEqual(expectedPerUserDay);
    const quarantined = (
      await Promise.all(
        stores.map((s) =>
          s.all<{ file: string; reason: string }>(`SELECT file, reason FROM quarantine`),
        ),
      )
    ).flat();
    expect(quarantined).toHaveLength(2);
    expect(quarantined.every((q) => q.file === 'nats:vigil.events.3')).toBe(true);
    expect(quarantined.map((q) => q.reason).join(' ')).toMatch(/not valid JSON/);
    for (const s of stores) s.close();
  });
});
