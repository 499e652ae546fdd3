import { describe, expect, it } from 'vitest';
import { chernoffThreshold, matchScore, mismatchScore } from './accusation-threshold.ts';
import { latticeThreshold } from './lattice-threshold.ts';
import { SeededRandom } from './random.ts';

/** Every outcome of the innocent's per-position scores, as [score, probability]: 2^m of them. */
function outcomes(ps: number[]): Array<[number, number]> {
  const all: Array<[number, number]> = [];
  for (let outcome = 0; outcome < 1 << ps.length; outcome++) {
    let score = 0;
    let probability = 1;
    ps.forEach((p, i) => {
      const hit = (outcome >> i) & 1;
      score += hit ? matchScore(p) : mismatchScore(p);
      probability *= hit ? p : 1 - p;
    });
    all.push([score, probability]);
  }
  return all;
}

/** P(S ≥ z), exactly. */
function exactTail(ps: number[], z: number): number {
  return outcomes(ps).reduce((tail, [score, p]) => (score >= z ? tail + p : tail), 0);
}

/** The smallest observed score whose tail is ≤ δ: the true (1 − δ) quantile on the support. */
function exactQuantile(ps: number[], delta: number): number {
  let tail = 0;
  for (const [score, probability] of outcomes(ps).sort((a, b) => b[0] - a[0])) {
    if (tail + probability > delta) return score;
    tail += probability;
  }
  return Number.NEGATIVE_INFINITY;
}

const randomBiases = (rng: SeededRandom, m: number) =>
  Array.from({ length: m }, () => 0.025 + 0.95 * rng.next());

describe('lattice accusation threshold', () => {
  it('GIVEN random biases WHEN the threshold is computed THEN the exact tail above it is ≤ δ, and it lies within rounding of the true quantile', () => {
    const rng = new SeededRandom('lattice');
    for (let trial = 0; trial < 30; trial++) {
      const m = 8 + (trial % 9);
      const ps = randomBiases(rng, m);
      for (const delta of [0.1, 0.01, 1e-3]) {
        const z = latticeThreshold(ps, delta);
        expect(exactTail(ps, z), `m=${m} δ=${delta}`).toBeLessThanOrEqual(delta);
        // The threshold is never far above the true quantile: rounding costs ≤ m·h plus one step.
        expect(z, `m=${m} δ=${delta}`).toBeLessThanOrEqual(
          exactQuantile(ps, delta) + (m + 1) * 0.002 + 1e-9,
        );
      }
    }
  });

  it('GIVEN a short-excerpt-sized leak WHEN compared with Chernoff THEN the lattice threshold is lower', () => {
    const rng = new SeededRandom('tighter');
    const ps = randomBiases(rng, 60);
    const delta = 1e-9;
    const lattice = latticeThreshold(ps, delta);
    const chernoff = chernoffThreshold(ps, delta);
    expect(lattice).toBeLessThan(chernoff);
    // and it is not below what simulation shows: no innocent of 20,000 reaches it at δ = 1e-9.
    let above = 0;
    for (let t = 0; t < 20000; t++) {
      let s = 0;
      for (const p of ps) s += rng.next() < p ? matchScore(p) : mismatchScore(p);
      if (s >= lattice) above++;
    }
    expect(above).toBe(0);
  });

  it('GIVEN more positions than the lattice affords WHEN asked THEN it declines (+∞) and Chernoff stands', () => {
    const ps = randomBiases(new SeededRandom('long'), 401);
    expect(latticeThreshold(ps, 1e-6)).toBe(Number.POSITIVE_INFINITY);
    expect(latticeThreshold([], 1e-6)).toBe(Number.POSITIVE_INFINITY);
  });
});
