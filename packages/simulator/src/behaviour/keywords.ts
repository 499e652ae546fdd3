import { Prng } from '../random/prng.ts';

/** A space-separated bag of `min`–`max` words drawn from `pool`, as CERT content fields are. */
export function keywordBag(rng: Prng, pool: readonly string[], min: number, max: number): string {
  const count = rng.int(min, max);
  let text = pool[Math.floor(rng.next() * pool.length)] as string;
  for (let i = 1; i < count; i++)
    text += ` ${pool[Math.floor(rng.next() * pool.length)] as string}`;
  return text;
}

const HALVES_PER_POOL = 256;
const halvesCache = new WeakMap<readonly string[], Uint8Array[]>();

/**
 * Page and message content of 20–60 topic words, built as two pre-drawn halves of 10–30 words.
 * Drawing ~40 words per row dominated generation time on http.csv (~28 M rows at r4.2 scale);
 * two picks from 256 halves still give 65,536 distinct bodies per topic. The halves come from a
 * fixed stream per pool, so they are part of the vocabulary, and the run seed picks among them.
 * They are kept as ASCII bytes: copying a byte array into the row buffer is ~4x cheaper than
 * encoding a string (measured on Node 20), and content is ~75% of all bytes written.
 */
export function topicText(rng: Prng, pool: readonly string[]): [Uint8Array, Uint8Array] {
  let halves = halvesCache.get(pool);
  if (!halves) {
    const build = Prng.derive(0, `halves:${pool.length}:${pool[0] ?? ''}:${pool.at(-1) ?? ''}`);
    halves = Array.from({ length: HALVES_PER_POOL }, () =>
      Uint8Array.from(Buffer.from(keywordBag(build, pool, 10, 30), 'latin1')),
    );
    halvesCache.set(pool, halves);
  }
  const a = halves[rng.nextUint32() & (HALVES_PER_POOL - 1)] as Uint8Array;
  const b = halves[rng.nextUint32() & (HALVES_PER_POOL - 1)] as Uint8Array;
  return [a, b];
}

/** `/`-joined URL path words. */
export function urlPath(rng: Prng, pool: readonly string[]): string {
  const depth = rng.int(1, 4);
  let path = '';
  for (let i = 0; i < depth; i++)
    path += `/${pool[Math.floor(rng.next() * pool.length)] as string}`;
  return path;
}
