import { bias, type TardosCode } from './tardos-code.ts';
import { chernoffThreshold, matchScore, mismatchScore } from './accusation-threshold.ts';
import { latticeThreshold } from './lattice-threshold.ts';
import type { CodewordMatrix } from './codeword-matrix.ts';

/** A symbol read from the leak at one code position. */
export interface Observation {
  position: number;
  symbol: number;
}

export interface ScoreWindow {
  /** Range [from, to) over the ordered (text) observations; the full window also holds layout ones. */
  from: number;
  to: number;
  full: boolean;
  threshold: number;
}

export interface Accused {
  recipient: number;
  /** Score over all observations. */
  score: number;
  /** The window where the recipient's score exceeds its threshold by the most. */
  window: ScoreWindow;
  windowScore: number;
}

export interface AccusationResult {
  accused: Accused[];
  windows: ScoreWindow[];
  /** Threshold of the window over all observations. */
  threshold: number;
  /** Certified bound on P(any innocent accused). */
  falseAccusationBound: number;
  observations: number;
  /** Highest full score among recipients not accused (for context). */
  bestUnaccusedScore: number;
  scores: Float64Array;
}

/**
 * Symmetric Tardos accusation with passage windows.
 *
 * Colluders who mix their copies passage by passage (the interleaving attack) leave each member's
 * symbols in a contiguous run of positions; summing over the whole document dilutes each member's
 * score by the others' passages. So besides the whole-document score we test windows of 1/2 … 1/8
 * of the observed text positions (stride half a window). Every extra window costs only ln(W) in the
 * threshold because the union bound runs over n·W tests (accusation-threshold.ts).
 */
export function accuse(
  code: TardosCode,
  matrix: CodewordMatrix,
  textObservations: readonly Observation[],
  layoutObservations: readonly Observation[],
  falseAccusation: number,
): AccusationResult {
  const n = matrix.recipients;
  const windows = planWindows(textObservations.length);
  const tests = n * windows.length;
  const delta = falseAccusation / tests;
  const pOf = (o: Observation) => bias(code, o.position, o.symbol);
  const textPs = Float64Array.from(textObservations, pOf);
  const layoutPs = Float64Array.from(layoutObservations, pOf);
  for (const w of windows) {
    const ps = w.full ? concat(textPs, layoutPs) : textPs.subarray(w.from, w.to);
    // Both thresholds are certified for δ, so the smaller one is too. The exact (lattice) one
    // matters for short leaks, where every position counts; it is computed for the whole-leak
    // window only, because a long leak has dozens of passage windows and a margin to spare.
    w.threshold = w.full
      ? Math.min(chernoffThreshold(ps, delta), latticeThreshold(ps, delta))
      : chernoffThreshold(ps, delta);
  }

  // Prefix sums of every recipient's score at window boundaries (position-major matrix: one pass).
  const boundaries = [...new Set(windows.flatMap((w) => [w.from, w.to]))].sort((a, b) => a - b);
  const snapshots = new Map<number, Float64Array>();
  const acc = new Float64Array(n);
  let next = 0;
  for (let k = 0; k <= textObservations.length; k++) {
    while (next < boundaries.length && boundaries[next] === k) {
      snapshots.set(k, acc.slice());
      next++;
    }
    if (k === textObservations.length) break;
    addObservation(acc, matrix, textObservations[k]!, textPs[k]!);
  }
  const scores = acc.slice();
  for (let k = 0; k < layoutObservations.length; k++)
    addObservation(scores, matrix, layoutObservations[k]!, layoutPs[k]!);

  // Windows outer, recipients inner: each window is one linear pass over two snapshot columns.
  const bestMargin = new Float64Array(n).fill(Number.NEGATIVE_INFINITY);
  const bestWindow = new Int32Array(n);
  windows.forEach((w, k) => {
    const to = w.full ? scores : snapshots.get(w.to)!;
    const from = w.full ? undefined : snapshots.get(w.from)!;
    for (let j = 0; j < n; j++) {
      const margin = to[j]! - (from ? from[j]! : 0) - w.threshold;
      if (margin > bestMargin[j]!) {
        bestMargin[j] = margin;
        bestWindow[j] = k;
      }
    }
  });
  const accused: Accused[] = [];
  let bestUnaccusedScore = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < n; j++) {
    if (bestMargin[j]! > 0) {
      const w = windows[bestWindow[j]!]!;
      accused.push({
        recipient: j,
        score: scores[j]!,
        window: w,
        windowScore: bestMargin[j]! + w.threshold,
      });
    } else bestUnaccusedScore = Math.max(bestUnaccusedScore, scores[j]!);
  }
  accused.sort((a, b) => b.windowScore - b.window.threshold - (a.windowScore - a.window.threshold));
  return {
    accused,
    windows,
    threshold: windows[0]!.threshold,
    falseAccusationBound: falseAccusation,
    observations: textObservations.length + layoutObservations.length,
    bestUnaccusedScore,
    scores,
  };
}

function addObservation(
  acc: Float64Array,
  matrix: CodewordMatrix,
  o: Observation,
  p: number,
): void {
  const hit = matchScore(p);
  const miss = mismatchScore(p);
  const column = matrix.column(o.position);
  const y = o.symbol;
  for (let j = 0; j < acc.length; j++) acc[j] = acc[j]! + (column[j] === y ? hit : miss);
}

const WINDOW_FRACTIONS = [2, 3, 4, 6, 8];
// Windows shorter than this rarely beat the whole-leak score once the union bound is paid.
const MIN_WINDOW = 40;

export function planWindows(textCount: number): ScoreWindow[] {
  const windows: ScoreWindow[] = [{ from: 0, to: textCount, full: true, threshold: 0 }];
  for (const parts of WINDOW_FRACTIONS) {
    const length = Math.ceil(textCount / parts);
    if (length < MIN_WINDOW) break;
    const stride = Math.max(1, Math.ceil(length / 2));
    for (
      let from = 0;
      from + length <= textCount + stride - 1 && from < textCount;
      from += stride
    ) {
      const to = Math.min(textCount, from + length);
      if (to - from < MIN_WINDOW) continue;
      windows.push({ from, to, full: false, threshold: 0 });
    }
  }
  return windows;
}

function concat(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
