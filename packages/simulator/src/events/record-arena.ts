import type { Incident } from './incident.ts';

/**
 * One day's rows of one log, stored as bytes. Rows are written field by field (`begin`, `text`,
 * `byte`, `end`) straight into a growing Buffer: building each row as a JavaScript string and
 * keeping it until the day is sorted made the run spend most of its time flattening rope strings
 * and collecting garbage. Only (time, offset, length) per row stay, in typed arrays. All simulator
 * text is ASCII, one byte per character.
 */
export class RecordArena {
  bytes: Buffer = Buffer.allocUnsafe(1 << 20);
  pos = 0;
  count = 0;
  times = new Int32Array(1024);
  offsets = new Int32Array(1024);
  lengths = new Int32Array(1024);
  /** Row index → incident, for the few malicious rows. */
  readonly incidents = new Map<number, Incident>();

  begin(t: number, incident: Incident | undefined): void {
    const n = this.count;
    if (n === this.times.length) this.growRows();
    this.times[n] = t;
    this.offsets[n] = this.pos;
    if (incident) this.incidents.set(n, incident);
  }

  /** Appends the characters of `s` (ASCII). */
  text(s: string): void {
    const length = s.length;
    if (this.pos + length > this.bytes.length) this.growBytes(length);
    const b = this.bytes;
    let p = this.pos;
    for (let i = 0; i < length; i++) b[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  byte(code: number): void {
    if (this.pos >= this.bytes.length) this.growBytes(1);
    this.bytes[this.pos++] = code;
  }

  end(): void {
    const n = this.count;
    this.lengths[n] = this.pos - (this.offsets[n] as number);
    this.count = n + 1;
  }

  /** Row indexes ordered by time; equal times keep insertion order (deterministic). */
  order(): Uint32Array {
    const idx = new Uint32Array(this.count);
    for (let i = 0; i < idx.length; i++) idx[i] = i;
    const times = this.times;
    return idx.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  }

  /** The row bytes as a plain Uint8Array view (cheaper to `subarray` than a Buffer). */
  view(): Uint8Array {
    return new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.pos);
  }

  clear(): void {
    this.pos = 0;
    this.count = 0;
    this.incidents.clear();
  }

  private growBytes(need: number): void {
    const next = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.pos + need + 1024));
    this.bytes.copy(next, 0, 0, this.pos);
    this.bytes = next;
  }

  private growRows(): void {
    const size = this.times.length * 2;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.times = grow(this.times);
    this.offsets = grow(this.offsets);
    this.lengths = grow(this.lengths);
  }
}
