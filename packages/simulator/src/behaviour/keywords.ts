import type { Prng } from '../random/prng.ts';

/** A space-separated bag of `min`–`max` words drawn from `pool`, as CERT content fields are. */
export function keywordBag(rng: Prng, pool: readonly string[], min: number, max: number): string {
  const count = rng.int(min, max);
  let text = pool[Math.floor(rng.next() * pool.length)] as string;
  for (let i = 1; i < count; i++) text += ` ${pool[Math.floor(rng.next() * pool.length)] as string}`;
  return text;
}

/** `/`-joined URL path words. */
export function urlPath(rng: Prng, pool: readonly string[]): string {
  const depth = rng.int(1, 4);
  let path = '';
  for (let i = 0; i < depth; i++) path += `/${pool[Math.floor(rng.next() * pool.length)] as string}`;
  return path;
}
