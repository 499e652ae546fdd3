import type { Prng } from './prng.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const OPEN = 0x7b;
const CLOSE = 0x7d;
const DASH = 0x2d;

/** Length in bytes of an id such as `{X1D9-S0ES98JV-5357PWMI}`. */
export const CERT_ID_LENGTH = 24;

/**
 * Writes an event id shaped like CERT's `{X1D9-S0ES98JV-5357PWMI}` (4-8-8 characters from
 * A–Z0–9) into `out` at `pos`. 20 symbols of 36 give ~1.3e31 values, so by the birthday bound
 * even 100 M ids in one file collide with probability ~4e-16. One 32-bit draw yields 6 base-36
 * digits (36^6 ≈ 2.2e9 < 2^32; the modulo bias of the top digit is irrelevant for ids), so an id
 * costs 4 draws instead of 20 — ids are ~15% of the bytes written.
 */
export function writeCertEventId(rng: Prng, out: Buffer, pos: number): void {
  out[pos++] = OPEN;
  let draw = 0;
  for (let i = 0; i < 20; i++) {
    if (i % 6 === 0) draw = rng.nextUint32();
    if (i === 4 || i === 12) out[pos++] = DASH;
    out[pos++] = CODES[draw % 36] as number;
    draw = Math.floor(draw / 36);
  }
  out[pos] = CLOSE;
}
