import { matchScore, mismatchScore } from './accusation-threshold.ts';

/**
 * An accusation threshold from the innocent score's exact distribution, computed on a lattice.
 *
 * The Chernoff bound (accusation-threshold.ts) is loose by a polynomial factor: for the short
 * excerpts where attribution is hardest (≈ 60 positions read) its threshold sits ≈ 5 % above the
 * true (1 − δ) quantile of an innocent's score, and that is what separates 98 % from 99.5 %
 * identification. The innocent's score is a sum of independent two-point variables whose
 * probabilities are known (the biases of the symbols read), so its distribution can be computed
 * outright instead of bounded.
 *
 * Certification: every position's two values are rounded *up* to a multiple of h. The rounded sum
 * S' is then ≥ the true sum S in every outcome, so P(S ≥ z) ≤ P(S' ≥ z), and S' lives on a
 * lattice where its distribution is a plain convolution, exact up to floating-point summation.
 * The threshold is the smallest lattice point z with P(S' ≥ z) ≤ δ. Rounding costs at most m·h of
 * score, so h is kept small (and the caller takes the smaller of this and the Chernoff threshold,
 * both being valid).
 */

/** Finest lattice step: rounding then costs ≤ 0.002 per position read. */
const FINEST_STEP = 0.002;
/** Work allowed per threshold (multiply-adds): ≈ 10–20 ms, so a trace stays well under 1 s. */
const WORK_BUDGET = 6_000_000;
/** Beyond this many positions the lattice is too coarse to beat Chernoff within the budget. */
export const LATTICE_MAX_POSITIONS = 400;
/** Float sums of ~10^5 terms lose far less than this relative share; keep it for the bound. */
const SUMMATION_MARGIN = 1 - 1e-9;

/** Smallest z with P(innocent score ≥ z) ≤ δ, or +∞ when the lattice cannot be afforded. */
export function latticeThreshold(ps: ArrayLike<number>, delta: number): number {
  const m = ps.length;
  if (m === 0 || m > LATTICE_MAX_POSITIONS) return Number.POSITIVE_INFINITY;
  let spread = 0;
  for (let i = 0; i < m; i++) spread += matchScore(ps[i]!) - mismatchScore(ps[i]!);
  // The convolution touches at most span/2 cells per position on average.
  const step = Math.max(FINEST_STEP, (m * spread) / (2 * WORK_BUDGET));

  const up = new Int32Array(m);
  let lowest = 0;
  let span = 0;
  for (let i = 0; i < m; i++) {
    const hit = Math.ceil(matchScore(ps[i]!) / step);
    const miss = Math.ceil(mismatchScore(ps[i]!) / step);
    up[i] = hit - miss;
    lowest += miss;
    span += hit - miss;
  }

  // dist[k] = P(S' = (lowest + k)·h), built one position at a time, in place from the top down
  // so that each cell is read before it is overwritten.
  const dist = new Float64Array(span + 1);
  dist[0] = 1;
  let top = 0;
  for (let i = 0; i < m; i++) {
    const d = up[i]!;
    const p = ps[i]!;
    const q = 1 - p;
    for (let k = top; k >= 0; k--) {
      const v = dist[k]!;
      dist[k + d] = dist[k + d]! + p * v;
      dist[k] = q * v;
    }
    top += d;
  }

  const budget = delta * SUMMATION_MARGIN;
  let tail = 0;
  for (let k = top; k >= 0; k--) {
    tail += dist[k]!;
    if (tail > budget) return (lowest + k + 1) * step;
  }
  return lowest * step;
}
