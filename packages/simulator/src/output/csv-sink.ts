import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Strings are collected up to this size before one write: many small writes are the bottleneck. */
const CHUNK_CHARS = 4 * 1024 * 1024;

/**
 * An append-only CSV file fed by strings. Rows are batched into large chunks and each chunk is
 * written with backpressure respected (wait for 'drain'), so memory stays bounded however large
 * the run. All simulator output is ASCII, so characters equal bytes.
 */
export class CsvSink {
  private buffer = '';
  private written = 0;
  private readonly stream: WriteStream;

  constructor(readonly path: string, header: string) {
    this.stream = createWriteStream(path, { highWaterMark: CHUNK_CHARS });
    this.buffer = `${header}\n`;
  }

  get bytes(): number {
    return this.written + this.buffer.length;
  }

  /** Appends a line (without newline). Returns true when the caller should `await flush()`. */
  line(text: string): boolean {
    this.buffer += text;
    this.buffer += '\n';
    return this.buffer.length >= CHUNK_CHARS;
  }

  async flush(): Promise<void> {
    if (!this.buffer) return;
    const chunk = this.buffer;
    this.buffer = '';
    this.written += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}
