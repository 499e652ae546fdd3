import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityEvent } from '@vigil/core';
import { openEventStore } from '@vigil/event-store';
import { connectEventStream } from './event-stream.ts';
import { EventPublisher } from './event-publisher.ts';
import { consumerNameOf } from './scoring-worker.ts';
import { streamSettingsFrom } from './stream-settings.ts';
import { startNatsCluster, type NatsCluster } from './testing/nats-cluster.ts';
import { syntheticEvents } from './testing/synthetic-events.ts';
import { waitUntilDrained } from './testing/wait-drained.ts';
import { spawnWorker, type WorkerProcess } from './testing/worker-process.ts';

const PARTITIONS = 8;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Per user-day event counts of the input: what exactly-once scoring must reproduce. */
function countByUserDay(events: Iterable<ActivityEvent>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = `${e.user}|${e.ts.slice(0, 10)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** What the workers stored and scored, read back from their DuckDB files once they have exited. */
async function readWorkerResults(homes: string[]) {
  const perUserDay = new Map<string, number>();
  const scores = new Map<string, string>();
  let stored = 0;
  let distinct = 0;
  for (const home of homes) {
    const store = await openEventStore({ home });
    try {
      const [scored] = await store.all<{ n: number }>(
        `SELECT count(*)::DOUBLE AS n FROM duckdb_tables() WHERE table_name = 'user_day_score'`,
      );
      for (const r of scored!.n === 0
        ? []
        : await store.all<{ user: string; day: string; events: number }>(
            `SELECT "user", strftime(day, '%Y-%m-%d') AS day, events::DOUBLE AS events FROM user_day`,
          )) {
        const key = `${r.user}|${r.day}`;
        if (perUserDay.has(key)) throw new Error(`user-day ${key} scored by two workers`);
        perUserDay.set(key, r.events);
      }
      for (const r of scored!.n === 0
        ? []
        : await store.all<{
            user: string;
            day: string;
            score: number;
            reasons: string;
          }>(`SELECT "user", strftime(day, '%Y-%m-%d') AS day, score, reasons FROM user_day_score`))
        scores.set(`${r.user}|${r.day}`, `${r.score.toFixed(9)}|${r.reasons}`);
      const [row] = await store.all<{ n: number; d: number }>(
        `SELECT count(*)::DOUBLE AS n, count(DISTINCT kind || id)::DOUBLE AS d FROM (
           SELECT 'logon' AS kind, id FROM logon UNION ALL SELECT 'device', id FROM device
           UNION ALL SELECT 'file', id FROM file UNION ALL SELECT 'email', id FROM email
           UNION ALL SELECT 'http', id FROM http)`,
      );
      stored += row!.n;
      distinct += row!.d;
    } finally {
      store.close();
    }
  }
  return { perUserDay, scores, stored, distinct };
}

describe('scale-out under faults', () => {
  let cluster: NatsCluster;
  const root = mkdtempSync(path.join(os.tmpdir(), 'vigil-faults-'));

  beforeAll(async () => {
    cluster = await startNatsCluster(path.join(root, 'nats'), 3);
  });
  afterAll(async () => {
    await cluster?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('scores every one of a million events exactly once while a JetStream node is killed mid-flow', async () => {
    const settings = streamSettingsFrom({
      VIGIL_NATS_URL: cluster.urls.join(','),
      VIGIL_STREAM: 'NODE_FAULT',
      VIGIL_STREAM_PARTITIONS: String(PARTITIONS),
      VIGIL_STREAM_REPLICAS: '3',
    });
    const connection = await connectEventStream(settings, 'fault-test');
    const homes = [path.join(root, 'node-w0'), path.join(root, 'node-w1')];
    const env = { VIGIL_STREAM: settings.stream, VIGIL_STREAM_PARTITIONS: String(PARTITIONS) };
    const workers: WorkerProcess[] = homes.map((home, index) =>
      spawnWorker({ home, natsUrls: cluster.urls, index, count: 2, env }),
    );
    const total = 1_000_000;
    const spec = { users: 500, days: 60, events: total, seed: 11 };
    const publisher = new EventPublisher(connection, { window: 4_000 });
    let sent = 0;
    let killed = '';
    let killedIndex = -1;
    for (const event of syntheticEvents(spec)) {
      await publisher.publish(event);
      if (++sent === 300_000) {
        // Kill the node that leads the stream: the harshest choice (a new leader must be elected).
        const info = await connection.jsm.streams.info(settings.stream);
        const leader = cluster.nodes.findIndex((n) => n.name === info.cluster?.leader);
        killedIndex = leader >= 0 ? leader : 1;
        killed = cluster.nodes[killedIndex]!.name;
        await cluster.kill(killedIndex);
      }
    }
    const stats = await publisher.flush();
    expect(killed).not.toBe('');
    expect(stats.published + stats.duplicates).toBe(total);
    await waitUntilDrained(connection, { messages: total });
    const codes = await Promise.all(workers.map((w) => w.stop()));
    expect(codes, workers.map((w) => w.output()).join('\n')).toEqual([0, 0]);
    await connection.close();

    const results = await readWorkerResults(homes);
    expect(results.stored).toBe(total);
    expect(results.distinct).toBe(total);
    expect(results.perUserDay).toEqual(countByUserDay(syntheticEvents(spec)));
    // The node comes back and catches up (healthy means its JetStream is current again).
    const t = performance.now();
    await cluster.restart(killedIndex);
    console.log(
      `node fault: ${killed} rejoined and caught up in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    console.log(
      `node fault: killed ${killed} after 300k events; ${stats.retries} publish retries, ${stats.duplicates} duplicates dropped by the stream`,
    );
  });

  it('a worker killed mid-stream and restarted resumes from its consumer and ends with the same scores as an uninterrupted run', async () => {
    const spec = { users: 300, days: 45, events: 120_000, seed: 23 };
    const run = async (name: string, interrupt: boolean) => {
      const settings = streamSettingsFrom({
        VIGIL_NATS_URL: cluster.urls.join(','),
        VIGIL_STREAM: name,
        VIGIL_STREAM_PARTITIONS: String(PARTITIONS),
        VIGIL_STREAM_REPLICAS: '3',
      });
      const connection = await connectEventStream(settings, `fault-${name}`);
      const publisher = new EventPublisher(connection);
      for (const event of syntheticEvents(spec)) await publisher.publish(event);
      await publisher.flush();
      const home = path.join(root, name);
      const env = { VIGIL_STREAM: name, VIGIL_STREAM_PARTITIONS: String(PARTITIONS) };
      let worker = spawnWorker({ home, natsUrls: cluster.urls, index: 0, count: 1, env });
      if (interrupt) {
        // Kill it once it has acknowledged part of the stream, but well before the end.
        const deadline = Date.now() + 120_000;
        for (;;) {
          let acked = 0;
          for (let p = 0; p < PARTITIONS; p++) {
            const info = await connection.jsm.consumers
              .info(name, consumerNameOf(p))
              .catch(() => null);
            acked += info?.ack_floor.consumer_seq ?? 0;
          }
          if (acked >= spec.events * 0.3) break;
          if (Date.now() > deadline) throw new Error(`worker made no progress: ${worker.output()}`);
          await sleep(50);
        }
        await worker.kill();
        const stored = await readWorkerResults([home]);
        expect(stored.stored).toBeGreaterThan(0);
        expect(stored.stored).toBeLessThan(spec.events);
        worker = spawnWorker({ home, natsUrls: cluster.urls, index: 0, count: 1, env });
      }
      await waitUntilDrained(connection, { messages: spec.events });
      expect(await worker.stop(), worker.output()).toBe(0);
      await connection.close();
      return readWorkerResults([home]);
    };
    const clean = await run('WORKER_CLEAN', false);
    const interrupted = await run('WORKER_KILLED', true);
    expect(interrupted.stored).toBe(spec.events);
    expect(interrupted.distinct).toBe(spec.events);
    expect(interrupted.perUserDay).toEqual(clean.perUserDay);
    expect(interrupted.scores.size).toBe(clean.scores.size);
    expect(interrupted.scores).toEqual(clean.scores);
  });
});
