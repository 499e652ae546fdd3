/**
 * Scale-out benchmark: `npm run bench:scale` (tsx bench/scale.bench.ts).
 * Events scored end to end through NATS JetStream with 1, 2 and 4 scoring workers (each a
 * `vigil serve --role worker` process with its own DuckDB), against the embedded default in the
 * same run as the peer (`vigil ingest` + `vigil score` of the same events in one process).
 * End to end = from the moment the workers are started on a stream that already holds the
 * events until every worker has stored, scored and exited; the collector's publish rate is
 * measured on its own. Prints per-core figures and the cluster size for 10^9 events a day.
 * Environment: BENCH_EVENTS (default 400000), BENCH_USERS (default 2000), BENCH_DAYS (30),
 * BENCH_WORKERS (default 1,2,4), BENCH_REPLICAS (1: one node; 3: a three-node cluster).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  connectEventStream,
  EventPublisher,
  streamSettingsFrom,
} from '../packages/stream/src/index.ts';
import {
  spawnWorker,
  startNatsCluster,
  syntheticEvents,
  waitUntilDrained,
} from '../packages/stream/src/testing/index.ts';

const env = (name: string, fallback: string) => process.env[name] ?? fallback;
const log = (s: string) => process.stdout.write(`${s}\n`);
const events = Number(env('BENCH_EVENTS', '400000'));
const users = Number(env('BENCH_USERS', '2000'));
const days = Number(env('BENCH_DAYS', '30'));
const workerCounts = env('BENCH_WORKERS', '1,2,4').split(',').map(Number);
const replicas = Number(env('BENCH_REPLICAS', '1')) as 1 | 3;
const partitions = 16;
const cores = os.cpus().length;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-scale-'));
const CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../apps/cli/bin/vigil.js');
const spec = { users, days, events, seed: 77 };

log(`# Vigil scale-out benchmark`);
log(
  `${events.toLocaleString('en')} events of ${users} users over ${days} days; ${partitions} partitions; ` +
    `${replicas === 3 ? 'three-node cluster, replication 3' : 'one NATS node'}; ${cores} cores; nats-server ${spawnSync(
      '/usr/sbin/nats-server',
      ['--version'],
    )
      .stdout.toString()
      .trim()}`,
);

const cluster = await startNatsCluster(path.join(root, 'nats'), replicas);
try {
  // The peer: the embedded default, one process, no NATS.
  const jsonl = path.join(root, 'events', 'events.jsonl');
  fs.mkdirSync(path.dirname(jsonl), { recursive: true });
  const out = fs.createWriteStream(jsonl);
  for (const e of syntheticEvents(spec))
    if (!out.write(`${JSON.stringify(e)}\n`))
      await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
  const peerHome = path.join(root, 'embedded');
  let t = performance.now();
  run(['ingest', path.dirname(jsonl), '--home', peerHome, '--json']);
  run(['score', '--home', peerHome, '--json']);
  const embeddedSeconds = (performance.now() - t) / 1000;
  const embeddedRate = events / embeddedSeconds;
  log(
    `\nembedded (vigil ingest + vigil score, one process): ${embeddedSeconds.toFixed(1)} s, ${fmt(embeddedRate)} events/s`,
  );

  log(
    `\n| workers | publish events/s (1 collector) | stored by | scored and exited by | end-to-end events/s | per worker | per core used | vs embedded |`,
  );
  log(`|---|---|---|---|---|---|---|---|`);
  let perWorkerAtOne = 0;
  for (const count of workerCounts) {
    const name = `BENCH_${count}W_${Date.now()}`;
    const settings = streamSettingsFrom({
      VIGIL_NATS_URL: cluster.urls.join(','),
      VIGIL_STREAM: name,
      VIGIL_STREAM_PARTITIONS: String(partitions),
      VIGIL_STREAM_REPLICAS: String(replicas),
    });
    const connection = await connectEventStream(settings, 'bench');
    t = performance.now();
    const publisher = new EventPublisher(connection, { window: 4_000 });
    for (const e of syntheticEvents(spec)) await publisher.publish(e);
    await publisher.flush();
    const publishRate = events / ((performance.now() - t) / 1000);
    const wenv = { VIGIL_STREAM: name, VIGIL_STREAM_PARTITIONS: String(partitions) };
    t = performance.now();
    const workers = Array.from({ length: count }, (_, index) =>
      spawnWorker({
        home: path.join(root, `${name}-w${index}`),
        natsUrls: cluster.urls,
        index,
        count,
        env: wenv,
      }),
    );
    await waitUntilDrained(connection, { pollMs: 200 });
    const stored = (performance.now() - t) / 1000;
    const codes = await Promise.all(workers.map((w) => w.stop()));
    if (codes.some((c) => c !== 0)) throw new Error(workers.map((w) => w.output()).join('\n'));
    const done = (performance.now() - t) / 1000;
    for (const w of workers)
      process.stderr.write(
        w
          .output()
          .split('\n')
          .filter((l) => l.includes('stopped:'))
          .join('\n') + '\n',
      );
    await connection.close();
    const rate = events / done;
    perWorkerAtOne = Math.max(perWorkerAtOne, rate / Math.min(count, cores));
    log(
      `| ${count} | ${fmt(publishRate)} | ${stored.toFixed(1)} s | ${done.toFixed(1)} s | ${fmt(rate)} | ${fmt(rate / count)} | ${fmt(rate / Math.min(count, cores))} | ${(rate / embeddedRate).toFixed(2)}× |`,
    );
  }

  // 10^9 events a day, sized for a peak of three times the daily average.
  const average = 1e9 / 86_400;
  const peak = 3 * average;
  const perCore = perWorkerAtOne; // the best events/s per core used among the runs
  const coresNeeded = Math.ceil(peak / perCore);
  log(`\n10^9 events/day = ${fmt(average)} events/s on average, ${fmt(peak)} at a 3× peak.`);
  log(
    `Per core used, the pipeline scores up to ${fmt(perCore)} events/s end to end here (NATS and the workers sharing the cores): ${coresNeeded} worker cores for the peak,`,
  );
  log(
    `i.e. ${Math.ceil(coresNeeded / 7)} eight-core worker nodes (one core left for the OS and collector traffic), plus a three-node NATS cluster.`,
  );
} finally {
  await cluster.stop();
  fs.rmSync(root, { recursive: true, force: true });
}

function run(args: string[]): void {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`vigil ${args.join(' ')} failed: ${r.stderr}`);
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en');
}
