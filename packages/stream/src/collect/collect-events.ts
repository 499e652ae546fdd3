import { parseEventLine } from '@vigil/core';
import type { EventPublisher } from '../event-publisher.ts';
import type { SourceLine } from './line-source.ts';

export interface RejectedLine {
  source: string;
  line: number;
  reason: string;
  raw: string;
}

export interface CollectProgress {
  source: string;
  lines: number;
  published: number;
  rejected: number;
}

export interface CollectOptions {
  onRejected: (rejected: RejectedLine) => void;
  /**
   * Called after every checkpoint with the byte offset and line up to which every event is in
   * the stream: saving it lets a restarted collector resume there instead of at the start.
   */
  onCheckpoint?: (position: { offset: number; line: number }) => void | Promise<void>;
  onProgress?: (progress: CollectProgress) => void;
  /** Lines between checkpoints. */
  checkpointEvery?: number;
}

/**
 * Validates each line of a source as a Vigil JSON event (docs/EVENTS.md) and publishes it.
 * A bad line is handed to `onRejected` with its line number and the failing fields, never
 * silently dropped; the collector goes on with the next line.
 */
export async function collectEvents(
  source: string,
  lines: AsyncIterable<SourceLine>,
  publisher: EventPublisher,
  options: CollectOptions,
): Promise<CollectProgress> {
  const progress: CollectProgress = { source, lines: 0, published: 0, rejected: 0 };
  const every = options.checkpointEvery ?? 10_000;
  let last: SourceLine | null = null;
  const checkpoint = async () => {
    await publisher.flush();
    if (last) await options.onCheckpoint?.({ offset: last.end, line: last.line });
    options.onProgress?.(progress);
  };
  for await (const entry of lines) {
    last = entry;
    progress.lines++;
    if (entry.text.trim() !== '') {
      const parsed = parseEventLine(entry.text);
      if (parsed.ok) {
        await publisher.publish(parsed.event);
        progress.published++;
      } else {
        progress.rejected++;
        options.onRejected({ source, line: entry.line, reason: parsed.reason, raw: entry.text });
      }
    }
    if (progress.lines % every === 0) await checkpoint();
  }
  await checkpoint();
  return progress;
}
