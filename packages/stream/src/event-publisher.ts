import type { JetStreamClient } from 'nats';
import type { ActivityEvent } from '@vigil/core';
import type { EventStreamConnection } from './event-stream.ts';
import { messageIdOf, partitionOf, partitionSubject } from './partitions.ts';

export interface PublishStats {
  /** Events the stream stored for the first time. */
  published: number;
  /** Events the stream already had (same kind and id): dropped by its de-duplication. */
  duplicates: number;
  /** Publishes that had to be retried (no leader for a moment, a node going away). */
  retries: number;
}

/**
 * Publishes events to their user's partition with the event key as message id, keeping up to
 * `window` publishes in flight. A publish is retried with the same id until the stream
 * acknowledges it, so a node failing mid-flow loses nothing and the server's de-duplication
 * makes the retry harmless. `flush` resolves once every event handed over is stored.
 */
export class EventPublisher {
  readonly stats: PublishStats = { published: 0, duplicates: 0, retries: 0 };
  private readonly js: JetStreamClient;
  private readonly inFlight = new Set<Promise<void>>();
  private failure: Error | null = null;
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly connection: EventStreamConnection,
    private readonly options: { window?: number; maxAttempts?: number } = {},
  ) {
    this.js = connection.nc.jetstream({ timeout: 5_000 });
  }

  /** Waits only when the in-flight window is full: back-pressure, not a round trip per event. */
  async publish(event: ActivityEvent): Promise<void> {
    if (this.failure) throw this.failure;
    const { settings } = this.connection;
    const subject = partitionSubject(
      settings.subjectPrefix,
      partitionOf(event.user, settings.partitions),
    );
    const data = this.encoder.encode(JSON.stringify(event));
    const task = this.send(subject, data, messageIdOf(event)).catch((error: unknown) => {
      this.failure ??= error as Error;
    });
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
    while (this.inFlight.size >= (this.options.window ?? 2_000)) await Promise.race(this.inFlight);
  }

  async flush(): Promise<PublishStats> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
    return this.stats;
  }

  private async send(subject: string, data: Uint8Array, msgID: string): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 120;
    for (let attempt = 1; ; attempt++) {
      try {
        const ack = await this.js.publish(subject, data, { msgID });
        if (ack.duplicate) this.stats.duplicates++;
        else this.stats.published++;
        return;
      } catch (error) {
        if (attempt >= maxAttempts) throw error;
        this.stats.retries++;
        await new Promise((r) => setTimeout(r, Math.min(2_000, 50 * attempt)));
      }
    }
  }
}
