import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Rows are collected into chunks of this size; one write per chunk keeps syscalls rare. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/**
 * Up to four chunks may be queued in the stream before `write` asks us to wait, so generation
 * overlaps the disk writes instead of alternating with them.
 */
const HIGH_WATER_MARK = 4 * CHUNK_BYTES;

/**
 * An append-only CSV file. Rows are assembled directly as bytes in a chunk Buffer; a full chunk is
 * handed to the stream with backpressure respected (wait for 'drain'), and a fresh chunk is taken,
 * since the stream keeps the old one until it is written. Memory stays bounded whatever the run.
 * All simulator output is ASCII (one byte per character).
 */
export class CsvSink {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  /** Write position in `chunk`; exposed so hot loops can put single bytes. */
  pos = 0;
  private written = 0;
  private readonly stream: WriteStream;

  constructor(readonly path: string, header: string) {
    this.stream = createWriteStream(path, { highWaterMark: HIGH_WATER_MARK });
    this.text(`${header}\n`);
  }

  get bytes(): number {
    return this.written + this.pos;
  }

  /** The chunk being filled. */
  get buffer(): Buffer {
    return this.chunk;
  }

  /** Whether `need` more bytes fit in the current chunk; if not, `await reserve(need)`. */
  fits(need: number): boolean {
    return this.pos + need <= this.chunk.length;
  }

  /** Flushes so that the chunk has room for `need` more bytes. */
  async reserve(need: number): Promise<void> {
    if (this.fits(need)) return;
    await this.flush();
    if (need > this.chunk.length) this.chunk = Buffer.allocUnsafe(need);
  }

  /** Appends text; the caller has reserved room. */
  text(s: string): void {
    this.pos += this.chunk.write(s, this.pos, 'latin1');
  }

  async flush(): Promise<void> {
    if (this.pos === 0) return;
    const full = this.chunk.subarray(0, this.pos);
    this.written += this.pos;
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.pos = 0;
    if (!this.stream.write(full)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once('error', reject);
      this.stream.end(() => resolve());
    });
  }
}
