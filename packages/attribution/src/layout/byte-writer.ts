/**
 * An append-only byte buffer for content streams: a copy's pages hold thousands of short
 * operators, and writing their bytes straight into one reused buffer avoids the strings (and the
 * garbage) that building and joining text would make for every recipient.
 */
export class ByteWriter {
  private buffer = Buffer.allocUnsafe(1 << 16);
  length = 0;

  reset(): void {
    this.length = 0;
  }

  /** The bytes written so far (a view, valid until the next write or reset). */
  view(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + extra));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    const { buffer } = this;
    if (data.length > 24) buffer.set(data, this.length);
    else for (let i = 0; i < data.length; i += 1) buffer[this.length + i] = data[i]!;
    this.length += data.length;
  }

  byte(value: number): void {
    this.reserve(1);
    this.buffer[this.length] = value;
    this.length += 1;
  }

  /** A real number with at most three decimals, as `pdfNumber` writes it. */
  number(value: number): void {
    let thousandths = Math.round(value * 1000);
    this.reserve(24);
    const { buffer } = this;
    if (thousandths < 0) {
      buffer[this.length++] = 0x2d; // '-'
      thousandths = -thousandths;
    }
    let whole = Math.floor(thousandths / 1000);
    let fraction = thousandths - whole * 1000;
    // Whole part, most significant digit first.
    let digits = 1;
    for (let rest = whole; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
    for (let k = digits - 1; k >= 0; k -= 1) {
      buffer[this.length + k] = 0x30 + (whole % 10);
      whole = Math.floor(whole / 10);
    }
    this.length += digits;
    if (fraction === 0) return;
    buffer[this.length++] = 0x2e; // '.'
    let divisor = 100;
    while (fraction > 0) {
      const digit = Math.floor(fraction / divisor);
      buffer[this.length++] = 0x30 + digit;
      fraction -= digit * divisor;
      divisor /= 10;
    }
  }
}

/** Latin-1 bytes of an operator or name (all ASCII). */
export const asciiBytes = (text: string): Uint8Array => Buffer.from(text, 'latin1');
