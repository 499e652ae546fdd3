import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Up to this many bytes may be queued in the stream before `write` asks us to wait, so that
 * generating the next day overlaps writing the previous one.
 */
const HIGH_WATER_MARK = 64 * 1024 * 1024;

/**
 * An append-only CSV file written in large blocks (a day of rows at a time). Backpressure is
 * respected: when the stream's queue is full we wait for 'drain'. Each block's owner is told when
 * its bytes are on their way to disk, so it can reuse the buffer.
 */
export class CsvSink {
  private written = 0;
  private readonly stream: WriteStream;

  constructor(
    readonly path: string,
    header: string,
  ) {
    this.stream = createWriteStream(path, { highWaterMark: HIGH_WATER_MARK });
    this.stream.write(`${header}\n`, 'latin1');
    this.written = header.length + 1;
  }

  get bytes(): number {
    return this.written;
  }

  /** Queues `block`; `done` runs once the stream has written it (the buffer may then be reused). */
  async write(block: Buffer, done: () => void): Promise<void> {
    if (block.length === 0) {
      done();
      return;
    }
    this.written += block.length;
    if (!this.stream.write(block, () => done())) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}
