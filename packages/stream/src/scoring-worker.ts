import { AckPolicy, DeliverPolicy, nanos, type Consumer, type JsMsg } from 'nats';
import { parseEventLine, type ActivityEvent } from '@vigil/core';
import type { EventStore } from '@vigil/event-store';
import { quarantineRows, storeActivityEvents, type QuarantinedRow } from '@vigil/ingest';
import { buildUserDays, scoreUserDays } from '@vigil/analytics';
import type { EventStreamConnection } from './event-stream.ts';
import { partitionSubject } from './partitions.ts';

export interface ScoreReport {
  userDays: number;
  users: number;
  /** Events behind the scores: the sum of user-day event counts in this worker's store. */
  events: number;
  seconds: number;
}

export interface WorkerStatus {
  partitions: number[];
  stored: number;
  duplicates: number;
  rejected: number;
  batches: number;
  scoringPasses: number;
  lastScore: ScoreReport | null;
}

export interface ScoringWorkerOptions {
  connection: EventStreamConnection;
  /** This worker's own analytics store: its users' events, baselines and scores. */
  store: EventStore;
  partitions: number[];
  batchSize?: number;
  /**
   * Score once every owned partition is caught up (nothing pending on its consumer) and no new
   * event has been stored for this long… (a pass during catch-up would only be redone).
   */
  scoreAfterIdleMs?: number;
  /** …or at the latest this long after the previous pass while events keep coming. */
  scoreAtLeastEveryMs?: number;
  seed?: number;
  /** Called after each scoring pass, e.g. to turn scores into alerts in the application store. */
  onScored?: (report: ScoreReport, store: EventStore) => Promise<void>;
  log?: (line: string) => void;
}

/** Durable consumer name of a partition: the position survives any worker's restart. */
export const consumerNameOf = (partition: number) => `vigil-score-p${partition}`;

/**
 * A scoring worker: owns some partitions of the event stream through durable pull consumers,
 * stores each fetched batch in its own DuckDB in one transaction, and only then acknowledges
 * every message of it. A message whose delivery was lost (a node dying mid-fetch) is never
 * acknowledged, so the stream delivers it again; a message redelivered after a crash between
 * commit and acknowledgement, or re-sent by a collector, is skipped by its (kind, id). Every
 * event counts exactly once. Scores are recomputed when the stream goes quiet, and at least
 * every so often under load.
 */
export class ScoringWorker {
  private stopping = false;
  private loops: Array<Promise<void>> = [];
  private timer: NodeJS.Timeout | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly positions = new Map<number, number>();
  private dirty = false;
  private lastStoredAt = 0;
  /** Messages still waiting on each partition's consumer after the last batch fetched. */
  private readonly pending = new Map<number, number>();
  private lastScoredAt = Date.now();
  private scoring = false;
  /** After a failed pass (e.g. the application store is down), wait before the next try. */
  private retryAfter = 0;
  private readonly statusValue: WorkerStatus;
  private readonly log: (line: string) => void;

  constructor(private readonly options: ScoringWorkerOptions) {
    this.statusValue = {
      partitions: options.partitions,
      stored: 0,
      duplicates: 0,
      rejected: 0,
      batches: 0,
      scoringPasses: 0,
      lastScore: null,
    };
    this.log = options.log ?? (() => {});
  }

  status(): WorkerStatus {
    return { ...this.statusValue };
  }

  async start(): Promise<void> {
    const { connection, store } = this.options;
    const { stream } = connection.settings;
    const rows = await store.all<{ partition: number; last_sequence: bigint }>(
      `SELECT "partition", last_sequence FROM stream_position WHERE stream = $1`,
      [stream],
    );
    for (const r of rows) this.positions.set(Number(r.partition), Number(r.last_sequence));
    // Events stored before a crash but not yet scored are scored on the first pass.
    this.dirty = rows.length > 0;
    const js = connection.nc.jetstream({ timeout: 10_000 });
    for (const partition of this.options.partitions) {
      await this.ensureConsumer(partition);
      const consumer = await js.consumers.get(stream, consumerNameOf(partition));
      this.loops.push(this.consume(partition, consumer));
    }
    this.timer = setInterval(() => void this.maybeScore(), 250);
  }

  /** Stops fetching, lets in-flight batches finish, scores what is new, and returns. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
    if (this.timer) clearInterval(this.timer);
    await this.scoreNow();
  }

  /** Recomputes features and scores over this worker's store if anything new was stored. */
  async scoreNow(): Promise<ScoreReport | null> {
    return this.exclusive(async () => {
      if (!this.dirty) return null;
      this.dirty = false;
      const started = performance.now();
      const { store } = this.options;
      await buildUserDays(store);
      const scores = await scoreUserDays(store, { seed: this.options.seed ?? 7 });
      const totals = await store.all<{ events: number | null }>(
        `SELECT sum(events)::DOUBLE AS events FROM user_day`,
      );
      const report: ScoreReport = {
        userDays: scores.length,
        users: new Set(scores.map((s) => s.user)).size,
        events: Number(totals[0]?.events ?? 0),
        seconds: (performance.now() - started) / 1000,
      };
      this.lastScoredAt = Date.now();
      this.statusValue.scoringPasses++;
      this.statusValue.lastScore = report;
      await this.options.onScored?.(report, store);
      this.log(
        `scored ${report.userDays} user-days of ${report.users} users from ${report.events} events in ${report.seconds.toFixed(1)} s`,
      );
      return report;
    });
  }

  private async maybeScore(): Promise<void> {
    const now = Date.now();
    if (this.scoring || !this.dirty || this.stopping || now < this.retryAfter) return;
    const caughtUp = [...this.pending.values()].every((n) => n === 0);
    const quiet = caughtUp && now - this.lastStoredAt >= (this.options.scoreAfterIdleMs ?? 1_000);
    const due = now - this.lastScoredAt >= (this.options.scoreAtLeastEveryMs ?? 60_000);
    if (!quiet && !due) return;
    this.scoring = true;
    try {
      await this.scoreNow();
    } catch (error) {
      this.log(`scoring failed (will retry in 10 s): ${(error as Error).message}`);
      this.dirty = true;
      this.retryAfter = Date.now() + 10_000;
    } finally {
      this.scoring = false;
    }
  }

  private async ensureConsumer(partition: number): Promise<void> {
    const { jsm, settings } = this.options.connection;
    const name = consumerNameOf(partition);
    const exists = await jsm.consumers.info(settings.stream, name).then(
      () => true,
      () => false,
    );
    if (exists) return;
    await jsm.consumers.add(settings.stream, {
      durable_name: name,
      filter_subject: partitionSubject(settings.subjectPrefix, partition),
      deliver_policy: DeliverPolicy.All,
      // Each message on its own: with cumulative acknowledgement a delivery lost in flight
      // would be acknowledged by a later one and never come back.
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(30_000),
      max_ack_pending: 50_000,
    });
  }

  private async consume(partition: number, consumer: Consumer): Promise<void> {
    const batchSize = this.options.batchSize ?? 5_000;
    while (!this.stopping) {
      const batch: JsMsg[] = [];
      try {
        const messages = await consumer.fetch({ max_messages: batchSize, expires: 1_000 });
        for await (const m of messages) batch.push(m);
      } catch (error) {
        // A node going away or a consumer leader election: wait and fetch again.
        this.log(`partition ${partition}: fetch failed (${(error as Error).message}); retrying`);
        await sleep(500);
        if (batch.length === 0) continue;
      }
      if (batch.length === 0) {
        this.pending.set(partition, 0);
        continue;
      }

      // The same batch until it is stored: its messages are acknowledged only after the commit.
      for (let attempt = 1; ; attempt++) {
        try {
          await this.exclusive(() => this.storeBatch(partition, batch));
          break;
        } catch (error) {
          this.log(
            `partition ${partition}: storing a batch failed (${(error as Error).message}); retrying`,
          );
          if (this.stopping) return;
          await sleep(Math.min(5_000, 200 * attempt));
        }
      }
      // If an acknowledgement is lost the message is redelivered and skipped by its key.
      for (const m of batch) m.ack();
      this.pending.set(partition, batch[batch.length - 1]!.info.pending);
    }
  }

  private async storeBatch(partition: number, batch: readonly JsMsg[]): Promise<void> {
    const { store, connection } = this.options;
    const events: ActivityEvent[] = [];
    const rejected: QuarantinedRow[] = [];
    let top = this.positions.get(partition) ?? 0;
    for (const m of batch) {
      const seq = m.info.streamSequence;
      top = Math.max(top, seq);
      const raw = m.string();
      // The stream is an external input like any file: every message is validated again here.
      const parsed = parseEventLine(raw);
      if (parsed.ok) events.push(parsed.event);
      else rejected.push({ file: `nats:${m.subject}`, line: seq, reason: parsed.reason, raw });
    }
    const added = await store.transaction(async () => {
      const n = await storeActivityEvents(store, events);
      await quarantineRows(store, rejected);
      // How far into the partition this store reaches, for operators (not used to skip: after a
      // lost delivery, earlier messages can still arrive).
      await store.run(`INSERT OR REPLACE INTO stream_position VALUES ($1, $2, $3)`, [
        connection.settings.stream,
        partition,
        top,
      ]);
      return n;
    });
    this.positions.set(partition, top);
    this.statusValue.stored += added;
    this.statusValue.duplicates += batch.length - rejected.length - added;
    this.statusValue.rejected += rejected.length;
    this.statusValue.batches++;
    this.dirty = true;
    this.lastStoredAt = Date.now();
  }

  /** DuckDB work runs one piece at a time on the worker's single connection. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => {});
    return run;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
