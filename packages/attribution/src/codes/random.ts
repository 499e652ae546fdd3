import { randomBytes } from 'node:crypto';

/**
 * xoshiro128** (Blackman & Vigna 2018): a fast 32-bit generator with a 128-bit state.
 * Codewords must be unpredictable to recipients (a coalition that could predict an innocent's
 * codeword could frame them), so production seeds come from the OS CSPRNG; tests and benchmarks
 * pass a fixed seed for reproducibility.
 */
export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: Uint8Array | number | string) {
    const bytes = seedBytes(seed);
    const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
    this.s0 = view.getUint32(0, true) | 0;
    this.s1 = view.getUint32(4, true) | 0;
    this.s2 = view.getUint32(8, true) | 0;
    this.s3 = view.getUint32(12, true) | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
    for (let i = 0; i < 8; i++) this.nextUint32();
  }

  static fromEntropy(): SeededRandom {
    return new SeededRandom(randomBytes(16));
  }

  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform in [0, 1) with 53 bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5;
    const lo = this.nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    let u = this.next();
    while (u === 0) u = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Gamma(shape, 1) by Marsaglia & Tsang (2000), with the shape<1 boost U^(1/shape). */
  gamma(shape: number): number {
    if (shape < 1)
      return this.gamma(shape + 1) * Math.pow(this.next() || Number.MIN_VALUE, 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = this.normal();
      const v0 = 1 + c * x;
      if (v0 <= 0) continue;
      const v = v0 * v0 * v0;
      const u = this.next();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  }

  int(bound: number): number {
    return Math.floor(this.next() * bound);
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

function seedBytes(seed: Uint8Array | number | string): Uint8Array {
  if (seed instanceof Uint8Array) {
    const out = new Uint8Array(16);
    out.set(seed.subarray(0, 16));
    return out;
  }
  // splitmix32-style expansion of a number or string seed into 16 bytes.
  let h = typeof seed === 'number' ? seed >>> 0 : 2166136261;
  if (typeof seed === 'string')
    for (const ch of seed) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  const out = new Uint8Array(16);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) {
    h = (h + 0x9e3779b9) | 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    view.setUint32(i * 4, (z ^ (z >>> 16)) >>> 0, true);
  }
  return out;
}
