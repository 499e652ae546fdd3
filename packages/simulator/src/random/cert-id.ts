import type { Prng } from './prng.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * Event ids shaped like CERT's `{X1D9-S0ES98JV-5357PWMI}`: 4-8-8 characters from A–Z0–9.
 * 20 symbols of 36 give ~1.3e31 values, so by the birthday bound even 100 M ids in one file
 * collide with probability ~4e-16; the writer still checks uniqueness per file for small runs.
 */
export function certEventId(rng: Prng): string {
  let s = '{';
  for (let i = 0; i < 20; i++) {
    if (i === 4 || i === 12) s += '-';
    s += ALPHABET[rng.nextUint32() % 36];
  }
  return `${s}}`;
}
